/**
 * preferred-term: guidance, notes, checks and explanations do not use a wording a glossary concept lists under
 * `avoid`, except inside quotation marks, a <Quote> or an embedded <Provision> (a deliberate quotation of it).
 */
import { expandBraces } from '../../glossary.ts';
import type { ConceptFacts } from '../facts.ts';
import { Mask, quotationSpans, type Page } from '../page.ts';
import { languages, type Language, type Problem } from '../problem.ts';
import { lineAt } from '../text.ts';

export interface Avoided {
  concept: string;
  language: Language;
  /** One wording as written in the glossary (braces expanded), for the message. */
  form: string;
  /** What to write instead. */
  use: string;
  pattern: RegExp;
}

const WORD = '[\\p{L}\\p{N}\\p{M}]';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for a wording; the spaces in it match any white space, line breaks too. */
export function wordingPattern(form: string): RegExp {
  const words = form.normalize('NFC').trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<!${WORD})${words.join('\\s+')}(?!${WORD})`, 'giu');
}

/** Every avoided wording of every concept, braces expanded, with what to use instead. */
export function avoidedWordings(concepts: readonly ConceptFacts[]): Avoided[] {
  const avoided: Avoided[] = [];
  for (const concept of concepts) {
    for (const language of languages) {
      const entry = concept[language];
      for (const spec of entry.avoid ?? []) {
        const wording = typeof spec === 'string' ? spec : spec.wording;
        const use = typeof spec === 'string' ? entry.term : spec.use;
        for (const form of new Set(expandBraces(wording))) avoided.push({ concept: concept.id, language, form, use, pattern: wordingPattern(form) });
      }
    }
  }
  return avoided;
}

/** Prose outside tags, citations, <Quote> bodies and quotation marks. */
export function preferredTermProblems(page: Page): Problem[] {
  const { file, baseText, tags, quotes, starts, language, context } = page;
  const prose = new Mask(baseText);
  for (const tag of tags) prose.hide(tag.start, tag.end);
  for (const q of quotes) prose.hide(q.bodyStart, q.bodyEnd);
  prose.hideAll(/\[@[^\]]*\]/g, baseText);
  for (const [start, end] of quotationSpans(prose.toString())) prose.hide(start, end);
  const proseText = prose.toString().normalize('NFC');
  const found: { start: number; end: number; text: string; avoided: Avoided }[] = [];
  for (const avoided of context.avoided) {
    if (avoided.language !== language) continue;
    for (const m of proseText.matchAll(avoided.pattern)) found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], avoided });
  }
  // the longest wording at a place wins; a shorter one inside it is the same problem
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const problems: Problem[] = [];
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    covered = f.end;
    problems.push({
      file,
      line: lineAt(starts, f.start),
      rule: 'preferred-term',
      message: `"${f.text.replace(/\s+/g, ' ')}" is not the glossary's preferred wording (content/glossary/${f.avoided.concept}.yaml)`,
      fix: `write "${f.avoided.use}" in the form the sentence needs, or put the other wording in quotation marks (or a <Quote>) if you quote it on purpose`,
    });
  }
  return problems;
}
