/**
 * glossary: the glossary's own `official` and `avoid` fields make sense: `official` differs from the term, and no
 * avoided wording is the preferred term. (An official wording may be avoided in prose: it is then quoted.)
 */
import { expandBraces } from '../../glossary.ts';
import type { ConceptFacts } from '../facts.ts';
import { languages, type Problem } from '../problem.ts';

export function conceptProblems(file: string, text: string, concept: ConceptFacts): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const lineOf = (needle: string, from = 0) => {
    const index = lines.findIndex((line, i) => i >= from && line.includes(needle));
    return index < 0 ? 1 : index + 1;
  };
  for (const language of languages) {
    const entry = concept[language];
    const start = Math.max(0, lines.findIndex((line) => line.startsWith(`${language}:`)));
    if (entry.official !== undefined && entry.official.trim().toLowerCase() === entry.term.trim().toLowerCase()) {
      problems.push({ file, line: lineOf('official:', start), rule: 'glossary', message: `${language}: official: is the same as term:`, fix: 'remove `official:`; it is only for an official wording that differs from the preferred term' });
    }
    const avoidAt = Math.max(start, lines.findIndex((line, i) => i >= start && /^\s+avoid:/.test(line)));
    for (const spec of entry.avoid ?? []) {
      const wording = typeof spec === 'string' ? spec : spec.wording;
      for (const form of expandBraces(wording)) {
        if (form.trim().toLowerCase() === entry.term.trim().toLowerCase()) {
          problems.push({ file, line: lineOf(wording.slice(0, 20), avoidAt), rule: 'glossary', message: `${language}: "${form}" is listed under avoid: but is the preferred term`, fix: 'remove it from avoid:, or make another wording the term' });
        }
      }
    }
  }
  return problems;
}
