/**
 * latin-in-cyrillic: Serbian Cyrillic text (content/<collection>/sr/**, the `sr:` part of glossary files) has no Latin
 * letters, except the allowed symbols, URLs, keys, link targets, component names and attributes, and foreign words
 * marked as such (see `latinAllowed`).
 */
import { latinToCyrillic } from '../../transliterate.ts';
import { sourceLanguage } from '../facts.ts';
import { Mask, quotationSpans, type Page } from '../page.ts';
import type { Problem } from '../problem.ts';
import { lineAt, lineStarts } from '../text.ts';

/**
 * What Serbian Cyrillic text may hold in Latin letters:
 * - document symbols with slashes (HCR/GIP/06/07) and the treaty series CETS;
 * - Roman numerals made of I, V and X (section II, chapter IV);
 * - a foreign word or phrase marked as such: after "енгл.", "лат.", "нем.", "франц." or "слов." (енгл. fraud), or
 *   a quotation in quotation marks written wholly in Latin script („prevara”, a Slovenian word);
 * - URLs, citation keys ([@key, …]; the pinpoint after the comma is checked), link targets ((protocol:…),
 *   (glossary:…), (notes:…)), heading ids ({#…}), component names and attributes (except pinpoint="…"), front-matter
 *   keys and code.
 */
export const latinAllowed = {
  symbols: [/(?<![\p{L}\p{N}])[A-Z]{2,}(?:\/[A-Z0-9.-]+)+/gu, /(?<!\p{L})CETS(?!\p{L})/gu],
  romanNumeral: /^[IVX]+$/,
  foreignMarker: /(?<!\p{L})(?:енгл|лат|нем|франц|слов)\.\s+((?:[\p{Script=Latin}\p{M}\p{N}'’&.,:;/-]+[ \t\n]*)+)/gu,
};

/** Latin letters that look like Cyrillic ones: in a mixed word they are almost always typed by mistake. */
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', J: 'Ј', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Problems for Latin letters in text already masked down to Serbian prose. */
function latinProblems(file: string, masked: string, original: string): Problem[] {
  const starts = lineStarts(original);
  const mask = new Mask(masked);
  for (const pattern of latinAllowed.symbols) mask.hideAll(pattern, masked);
  mask.hideAll(latinAllowed.foreignMarker, masked, 1);
  for (const [start, end] of quotationSpans(masked)) {
    const inner = masked.slice(start + 1, end - 1);
    if (LATIN.test(inner) && !CYRILLIC.test(inner)) mask.hide(start, end);
  }
  const text = mask.toString();
  const problems: Problem[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0];
    if (!LATIN.test(word)) continue;
    if (latinAllowed.romanNumeral.test(word)) continue;
    const line = lineAt(starts, m.index!);
    if (CYRILLIC.test(word)) {
      const fixed = Array.from(word, (ch) => (LATIN.test(ch) ? (LOOKALIKES[ch] ?? latinToCyrillic(ch)) : ch)).join('');
      problems.push({ file, line, rule: 'latin-in-cyrillic', message: `"${word}" mixes Latin and Cyrillic letters`, fix: `write it in Cyrillic only: "${fixed}"` });
    } else {
      const single = word.length === 1;
      problems.push({
        file,
        line,
        rule: 'latin-in-cyrillic',
        message: `Latin letters "${word}" in Serbian Cyrillic text`,
        fix: single
          ? `write "${latinToCyrillic(word)}" in Cyrillic`
          : `write it in Cyrillic (an abbreviation in its Serbian form, e.g. "ЕЗ" for "EC"), or mark a foreign word with "енгл." or quotation marks; symbols such as HCR/GIP/06/07 are allowed`,
      });
    }
  }
  return problems;
}

/** Latin letters in a Serbian page: its prose, the pinpoints of its components, and what it quotes in Serbian or translates. */
export function latinInCyrillicPageProblems(page: Page): Problem[] {
  const { file, text, baseText, tags, quotes, context } = page;
  const latin = new Mask(baseText);
  for (const tag of tags) {
    latin.hide(tag.start, tag.end);
    const pinpoint = tag.attributes.pinpoint;
    if (pinpoint !== undefined) {
      // keep the pinpoint's words: they are Serbian prose
      const at = tag.valueAt.pinpoint!;
      for (let i = 0; i < pinpoint.length; i++) latin.chars[at + i] = baseText[at + i]!;
    }
  }
  for (const q of quotes) {
    const source = context.sources.get(q.tag.attributes.source ?? '');
    if (q.tag.attributes.translation !== 'ours' && sourceLanguage(source) !== 'sr') latin.hide(q.bodyStart, q.bodyEnd);
  }
  latin.hideAll(/\[@[a-z0-9-]+/g, baseText);
  return latinProblems(file, latin.toString(), text);
}

/**
 * The Serbian parts of a YAML file are Cyrillic: every `sr:` block, at any depth (a glossary concept's `sr:`, a
 * source's `about.sr` and `describedAs.sr`). Keys, block indicators and the quotation marks around a value are not text.
 */
export function latinInCyrillicYamlProblems(file: string, text: string): Problem[] {
  const mask = new Mask(text);
  let serbianIndent: number | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === '';
    if (serbianIndent !== undefined && !blank && indent <= serbianIndent) serbianIndent = undefined;
    if (serbianIndent === undefined && /^\s*sr:(\s|$)/.test(line)) serbianIndent = indent;
    if (serbianIndent === undefined || blank) {
      mask.hide(start, start + line.length);
      continue;
    }
    const key = line.match(/^(\s*(?:-\s+)?)(?:([A-Za-z]\w*):\s*)?(.*)$/)!;
    const prefix = key[1]!.length + (key[2] ? key[2].length + 1 : 0);
    const valueStart = start + prefix + (line.slice(prefix).length - line.slice(prefix).trimStart().length);
    mask.hide(start, valueStart);
    const value = line.slice(valueStart - start).trimEnd();
    if (/^[>|][+-]?$/.test(value) || /^\[\s*\]$/.test(value)) mask.hide(valueStart, start + line.length);
    else if (/^["'].*["']$/.test(value)) {
      mask.hide(valueStart, valueStart + 1);
      mask.hide(valueStart + value.length - 1, valueStart + value.length);
    }
  }
  return latinProblems(file, mask.toString(), text);
}
