/**
 * preferred-term: guidance, notes, checks and explanations do not use a wording a glossary concept lists under
 * `avoid`, or one of the rejected wordings that are no concept (content/rejected-wordings.yaml), except inside
 * quotation marks, a <Quote> or an embedded <Provision> (a deliberate quotation of it).
 */
import { expandBraces } from '../../glossary.ts';
import type { ConceptFacts, RejectedWording } from '../facts.ts';
import { Mask, quotationSpans, type Page } from '../page.ts';
import { languages, type Language, type Problem } from '../problem.ts';
import { lineAt } from '../text.ts';

export interface Avoided {
  /** Why it is flagged, after the wording in the message: the concept's glossary file, or the rejected wordings and why. */
  listedAs: string;
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
    const listedAs = `is not the glossary's preferred wording (content/glossary/${concept.id}.yaml)`;
    for (const language of languages) {
      const entry = concept[language];
      for (const spec of entry.avoid ?? []) {
        const wording = typeof spec === 'string' ? spec : spec.wording;
        const use = typeof spec === 'string' ? entry.term : spec.use;
        for (const form of new Set(expandBraces(wording))) avoided.push({ listedAs, language, form, use, pattern: wordingPattern(form) });
      }
    }
  }
  return avoided;
}

/** The rejected wordings that are no glossary concept, per language, braces expanded, as avoided wordings. */
export function rejectedWordings(file: string, rejected: Partial<Record<Language, readonly RejectedWording[]>>): Avoided[] {
  return languages.flatMap((language) =>
    (rejected[language] ?? []).flatMap(({ wording, use, why }) =>
      [...new Set(expandBraces(wording))].map((form) => ({ listedAs: `is a rejected wording (${file}: ${why})`, language, form, use, pattern: wordingPattern(form) })),
    ),
  );
}

/**
 * What is wrong with the file of rejected wordings as written: each language a list of `{ wording, use, why }`, the
 * wording not what it is to be replaced by.
 */
export function rejectedWordingsProblems(file: string, text: string, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const lineOf = (needle: string) => Math.max(1, lines.findIndex((line) => line.includes(needle)) + 1);
  if (data === null || data === undefined) return problems;
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: 1, rule: 'preferred-term', message: 'the rejected wordings are not a map of languages', fix: 'write `sr:` (or `en:`, `sl:`) followed by a list of `- wording: …`, `use: …`, `why: …`' }];
  }
  for (const [language, entries] of Object.entries(data as Record<string, unknown>)) {
    if (!(languages as readonly string[]).includes(language)) {
      problems.push({ file, line: lineOf(`${language}:`), rule: 'preferred-term', message: `"${language}" is not a content language`, fix: `use one of ${languages.join(', ')}` });
      continue;
    }
    for (const [index, entry] of (Array.isArray(entries) ? entries : [entries]).entries()) {
      const e = (entry ?? {}) as Record<string, unknown>;
      const missing = ['wording', 'use', 'why'].filter((key) => typeof e[key] !== 'string' || !(e[key] as string).trim());
      const at = typeof e.wording === 'string' ? lineOf(e.wording) : lineOf(`${language}:`);
      if (missing.length || Object.keys(e).some((key) => !['wording', 'use', 'why'].includes(key))) {
        problems.push({ file, line: at, rule: 'preferred-term', message: `${language}: entry ${index + 1} needs a \`wording\`, a \`use\` and a \`why\`, and nothing else`, fix: 'write `- wording: "…"`, `use: "…"` (what to write instead) and `why: "…"` (the reason, for editors)' });
      } else if (expandBraces(e.wording as string).some((form) => form.trim().toLowerCase() === (e.use as string).trim().toLowerCase())) {
        problems.push({ file, line: at, rule: 'preferred-term', message: `${language}: "${e.use}" is both rejected and what to use`, fix: 'remove the entry, or name another wording in `use:`' });
      }
    }
  }
  return problems;
}

/** Prose outside tags, citations, <Quote> bodies and quotation marks. */
export function preferredTermProblems(page: Page): Problem[] {
  const { file, baseText, tags, quotes, searchedAs, starts, language, context } = page;
  const prose = new Mask(baseText);
  for (const tag of tags) prose.hide(tag.start, tag.end);
  // Quotations keep their author's words; everyday phrasings are the words readers use instead of ours.
  for (const q of [...quotes, ...searchedAs]) prose.hide(q.bodyStart, q.bodyEnd);
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
      message: `"${f.text.replace(/\s+/g, ' ')}" ${f.avoided.listedAs}`,
      fix: `write "${f.avoided.use}" in the form the sentence needs, or put the other wording in quotation marks (or a <Quote>) if you quote it on purpose`,
    });
  }
  return problems;
}
