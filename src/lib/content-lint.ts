/**
 * The content linter: rules that keep the words of the site quotable, each failing with the file, the line and the
 * fix. Pure: `scripts/lint-content.ts` reads the files and the YAML and passes them in; the rules are documented in
 * content/README.md ("Content linter: …").
 *
 * - preferred-term: guidance, notes and explanations do not use a wording a glossary concept lists under `avoid`,
 *   except inside quotation marks, a <Quote> or an embedded <Provision> (a deliberate quotation of that wording).
 * - quote-translation: a <Quote> whose source is published in another language than the page's says
 *   translation="ours", and the sentence before it says the words are our translation; a quotation in the source's
 *   own language does not.
 * - via: a source known only through another names it in `via:`, and that source exists.
 * - placeholder-title: a source's title is a title, not a placeholder in brackets.
 * - latin-in-cyrillic: Serbian Cyrillic text (content/<collection>/sr/**, the `sr:` part of glossary files) has no
 *   Latin letters, except the allowed symbols, URLs, keys, link targets, component names and attributes, and
 *   foreign words marked as such (see `latinAllowed`).
 * - glossary: the glossary's own `official` and `avoid` fields make sense (`official` differs from the term; an
 *   avoided wording is not the term).
 */
import { expandBraces } from './glossary.ts';
import { latinToCyrillic } from './transliterate.ts';

export type Language = 'en' | 'sl' | 'sr';
export const languages: readonly Language[] = ['en', 'sl', 'sr'];
export type Rule = 'preferred-term' | 'quote-translation' | 'via' | 'placeholder-title' | 'latin-in-cyrillic' | 'glossary';

export interface Problem {
  file: string;
  line: number;
  rule: Rule;
  message: string;
  fix: string;
}

/** `file:line: message — fix`, the form every problem is printed in. */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message} — ${p.fix}`;

// ---------------------------------------------------------------------------------------------------------------
// Sources

/** A title that is a placeholder: a bracketed stand-in ("[Publication cited as …]") or a to-do marker. */
export function isPlaceholderTitle(title: string): boolean {
  return /\[[^\]]*\]/.test(title) || /^\s*\[/.test(title) || /\b(TODO|TBD|FIXME|XXX)\b/.test(title) || /^\s*[?….]*\s*$/.test(title);
}

export const placeholderTitleFix =
  'give the real title as published; if it is not known and the source is known only through another, leave `title` out and add `via: <that source key>`; for a document that has no title, give `describedAs: { en, sl, sr }` instead';

export interface SourceFacts {
  key: string;
  title?: string | undefined;
  /** ISO 639-1 code of the language the source is published in; without it, English. */
  language?: string | undefined;
  via?: string | undefined;
  /** A document without a title says what it is instead (`describedAs:`). */
  describedAs?: boolean | undefined;
  /** The English description for readers (`about.en`) and the editors' note (`editorsNote`). */
  about?: string | undefined;
  editorsNote?: string | undefined;
}

/** The language a source is published in: its `language`, or English. */
export const sourceLanguage = (source: SourceFacts | undefined): string => source?.language ?? 'en';

/** A description or editors' note that says the source was read through another ("Cited in the ICMPD paper …"). */
const KNOWN_THROUGH = /\b(cited in|quoted in|as cited by|known (only )?(from|through))\b/i;

/** Where in a YAML file a top-level key is written (1 when it is not: the problem is about the file). */
function keyLine(text: string, key: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

export function lintSource(file: string, text: string, source: SourceFacts, all: ReadonlyMap<string, SourceFacts>): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string) => keyLine(text, key);
  if (source.title !== undefined && isPlaceholderTitle(source.title)) {
    problems.push({ file, line: at('title'), rule: 'placeholder-title', message: `the title "${source.title}" is a placeholder, not a title`, fix: placeholderTitleFix });
  }
  if (source.title === undefined && source.via === undefined && !source.describedAs) {
    problems.push({ file, line: 1, rule: 'placeholder-title', message: 'the source has no title', fix: placeholderTitleFix });
  }
  if (source.via !== undefined) {
    const through = all.get(source.via);
    if (source.via === source.key) problems.push({ file, line: at('via'), rule: 'via', message: 'a source cannot be known through itself', fix: 'name in `via:` the source that cites this one' });
    else if (!through) problems.push({ file, line: at('via'), rule: 'via', message: `via: "${source.via}" is not a source`, fix: `add content/sources/${source.via}.yaml or name an existing source key` });
    else if (through.via !== undefined) problems.push({ file, line: at('via'), rule: 'via', message: `via: "${source.via}" is itself known only through "${through.via}"`, fix: `name in \`via:\` the source you actually read ("${through.via}")` });
  } else {
    const saying = (['editorsNote', 'about'] as const).find((key) => KNOWN_THROUGH.test(source[key] ?? ''));
    if (saying) {
      problems.push({
        file,
        line: at(saying),
        rule: 'via',
        message: `${saying === 'about' ? 'the description' : 'the editors\' note'} says this source is known through another, but it has no \`via:\``,
        fix: 'add `via: <key of the source that cites it>` so that it is rendered "(cited in …)"; if it was read first-hand, say so in `editorsNote:` instead',
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Glossary: the avoided wordings

export type AvoidSpec = string | { wording: string; use: string };

export interface TermFacts {
  term: string;
  official?: string | undefined;
  avoid?: readonly AvoidSpec[] | undefined;
}

export interface ConceptFacts {
  id: string;
  en: TermFacts;
  sl: TermFacts;
  sr: TermFacts;
}

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

/** The glossary's own fields: `official` differs from `term`; no avoided wording is the preferred term. (An official wording may be avoided in prose: it is then quoted.) */
export function lintConcept(file: string, text: string, concept: ConceptFacts): Problem[] {
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

// ---------------------------------------------------------------------------------------------------------------
// Masking: what each rule reads of a file. Masked characters become spaces, so offsets and lines stay as they are.

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

class Mask {
  /** One entry per UTF-16 code unit, like the indexes regular expressions report. */
  readonly chars: string[];
  constructor(text: string) {
    this.chars = text.split('');
  }
  hide(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = ' ';
  }
  hideAll(pattern: RegExp, text: string, group?: number): void {
    for (const m of text.matchAll(pattern)) {
      if (group === undefined) this.hide(m.index!, m.index! + m[0].length);
      else if (m[group] !== undefined) {
        const start = m.index! + m[0].indexOf(m[group]!);
        this.hide(start, start + m[group]!.length);
      }
    }
  }
  toString(): string {
    return this.chars.join('');
  }
}

/** Front-matter keys whose values are prose a reader sees; every other key and value is code. */
const PROSE_KEYS = new Set(['title', 'brief', 'heading', 'preambleHeading', 'conclusions']);

/** Hides the front matter except the values of prose keys (and their folded continuation lines). */
function hideFrontMatter(text: string, mask: Mask): number {
  if (!text.startsWith('---\n')) return 0;
  const end = text.indexOf('\n---', 3);
  if (end < 0) return 0;
  let offset = 0;
  let proseIndent = -1;
  for (const line of text.slice(0, end + 4).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const key = line.match(/^(\s*)(-\s+)?([A-Za-z][\w-]*):(\s*)(.*)$/);
    const indent = line.match(/^\s*/)![0].length;
    if (key && !(proseIndent >= 0 && indent > proseIndent)) {
      const [, lead, dash, name, space, value] = key;
      const valueStart = start + lead!.length + (dash?.length ?? 0) + name!.length + 1 + space!.length;
      if (PROSE_KEYS.has(name!)) {
        mask.hide(start, valueStart);
        const v = value!.trimEnd();
        if (/^[>|][+-]?$/.test(v)) {
          mask.hide(valueStart, start + line.length);
          proseIndent = indent;
        } else {
          proseIndent = -1;
          if (/^["'].*["']$/.test(v)) {
            mask.hide(valueStart, valueStart + 1);
            mask.hide(valueStart + v.length - 1, valueStart + v.length);
          }
        }
      } else {
        mask.hide(start, start + line.length);
        proseIndent = -1;
      }
    } else if (proseIndent >= 0 && indent > proseIndent && line.trim()) {
      // a folded line of a prose value: keep it
    } else {
      mask.hide(start, start + line.length);
      if (line.trim()) proseIndent = -1;
    }
  }
  return end + 4;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Record<string, string>;
  start: number;
  end: number;
  /** Where the value of each attribute starts, for masking all but the prose ones. */
  valueAt: Record<string, number>;
}

const TAG = /<(\/?)([A-Z][A-Za-z]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>/g;

function tagsOf(text: string): Tag[] {
  return [...text.matchAll(TAG)].map((m) => {
    const attributes: Record<string, string> = {};
    const valueAt: Record<string, number> = {};
    const attributesStart = m.index! + 1 + m[1]!.length + m[2]!.length;
    for (const a of m[3]!.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
      attributes[a[1]!] = a[2]!;
      valueAt[a[1]!] = attributesStart + a.index! + a[1]!.length + 2;
    }
    return { name: m[2]!, closing: m[1] === '/', selfClosing: m[4] === '/', attributes, start: m.index!, end: m.index! + m[0].length, valueAt };
  });
}

interface QuoteBlock {
  tag: Tag;
  /** From the end of the opening tag to the start of the closing one. */
  bodyStart: number;
  bodyEnd: number;
}

function quoteBlocks(tags: readonly Tag[]): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== 'Quote' || tag.closing || tag.selfClosing) continue;
    const close = tags.slice(i + 1).find((t) => t.name === 'Quote' && t.closing);
    if (close) blocks.push({ tag, bodyStart: tag.end, bodyEnd: close.start });
  }
  return blocks;
}

/** Opening quotation marks and the marks that may close them. */
const QUOTATION_MARKS: Record<string, string> = { '„': '“”', '»': '«', '“': '”', '"': '"', '‘': '’', '«': '»' };

/** Spans in quotation marks (marks included), never across a blank line. */
function quotationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (closers.includes(ch)) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (ch === '\n' && /^\n[ \t]*(\n|$)/.test(text.slice(i, i + 200))) {
        open = -1; // the paragraph ended with the quotation still open: not a quotation
      }
    } else if (ch in QUOTATION_MARKS) {
      open = i;
      closers = QUOTATION_MARKS[ch]!;
    }
  }
  return spans;
}

/** The parts of a page every rule ignores: front matter keys, code, link targets, heading ids, URLs. */
function baseMask(text: string): { mask: Mask; bodyStart: number } {
  const mask = new Mask(text);
  const bodyStart = hideFrontMatter(text, mask);
  let inFence = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (offset >= bodyStart) {
      if (/^\s*(```|~~~)/.test(line)) {
        mask.hide(offset, offset + line.length);
        inFence = !inFence;
      } else if (inFence) mask.hide(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  mask.hideAll(/`[^`\n]*`/g, text);
  mask.hideAll(/\]\([^)\s]*\)/g, text); // link targets: (protocol:…), (glossary:…), (notes:…), (https://…)
  mask.hideAll(/\{#[^}\s]*\}/g, text);
  mask.hideAll(/(?:https?:\/\/|www\.)[^\s)\]>"]+/g, text);
  return { mask, bodyStart };
}

// ---------------------------------------------------------------------------------------------------------------
// Latin letters in Serbian Cyrillic

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

// ---------------------------------------------------------------------------------------------------------------
// Pages: guidelines, notes, explanations (and the Protocol's Serbian text, for Latin letters only)

export type PageKind = 'guidance' | 'explanation' | 'protocol';

export interface PageContext {
  avoided: readonly Avoided[];
  sources: ReadonlyMap<string, SourceFacts>;
}

const languageNames: Record<string, string> = { en: 'English', sl: 'Slovenian', sr: 'Serbian' };
const languageName = (code: string) => languageNames[code] ?? `"${code}"`;

/** How the sentence before a translated quotation says so, per language. */
const SAYS_TRANSLATED: Record<Language, RegExp> = {
  en: /\bour (own )?translation\b|\btranslated by us\b|\bwe translate/i,
  sl: /(?<!\p{L})naš\p{L}*\s+prevod|(?<!\p{L})prevedli smo|(?<!\p{L})prevod\p{L}* je naš/iu,
  sr: /(?<!\p{L})наш\p{L}*\s+превод|(?<!\p{L})превели смо|(?<!\p{L})превод\p{L}* је наш/iu,
};
const translatedExample: Record<Language, string> = { en: '"In our translation:"', sl: '"V našem prevodu:"', sr: '„У нашем преводу:“' };

/** The paragraph of prose before an offset, skipping blank lines and component tags (<Compare>, <Provision … />). */
function paragraphBefore(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  lines.pop();
  const paragraph: string[] = [];
  while (lines.length) {
    const line = lines.pop()!;
    if (!line.trim() || /^\s*<\/?[A-Z][^>]*>\s*$/.test(line)) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.unshift(line);
  }
  return paragraph.join(' ');
}

export function lintPage(file: string, text: string, language: Language, context: PageContext, kind: PageKind = 'guidance'): Problem[] {
  const problems: Problem[] = [];
  const starts = lineStarts(text);
  const { mask: base } = baseMask(text);
  const baseText = base.toString();
  const tags = tagsOf(baseText);
  const quotes = quoteBlocks(tags);

  if (kind !== 'protocol') {
    // preferred-term: prose outside tags, citations, <Quote> bodies and quotation marks
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

    // quote-translation
    for (const q of quotes) {
      const key = q.tag.attributes.source;
      if (key === undefined) continue;
      const source = context.sources.get(key);
      if (!source) continue; // the build names unknown sources
      const from = sourceLanguage(source);
      const ours = q.tag.attributes.translation === 'ours';
      const line = lineAt(starts, q.tag.start);
      if (from !== language && !ours) {
        problems.push({
          file,
          line,
          rule: 'quote-translation',
          message: `<Quote source="${key}"> quotes a source published in ${languageName(from)} on a ${languageName(language)} page as if its words were the original`,
          fix: `add translation="ours" to the tag and say in the sentence before it that the words are our translation (e.g. ${translatedExample[language]})`,
        });
      } else if (from === language && ours) {
        problems.push({
          file,
          line,
          rule: 'quote-translation',
          message: `<Quote source="${key}" translation="ours">: the source is published in ${languageName(from)}, the language of this page`,
          fix: 'remove translation="ours" and quote the source\'s own words',
        });
      } else if (ours) {
        const compare = [...tags].reverse().find((t) => t.name === 'Compare' && !t.closing && t.start < q.tag.start);
        const compareOpen = compare && !tags.some((t) => t.name === 'Compare' && t.closing && t.start > compare.start && t.start < q.tag.start);
        const before = paragraphBefore(text, compareOpen ? compare.start : q.tag.start);
        if (!SAYS_TRANSLATED[language].test(before)) {
          problems.push({
            file,
            line,
            rule: 'quote-translation',
            message: `<Quote source="${key}" translation="ours">: the sentence before the quotation does not say it is our translation`,
            fix: `say so in the paragraph before it (e.g. ${translatedExample[language]})`,
          });
        }
      }
    }
  }

  if (language === 'sr') {
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
    problems.push(...latinProblems(file, latin.toString(), text));
  }

  return problems.sort((a, b) => a.line - b.line);
}

/**
 * The Serbian parts of a YAML file are Cyrillic: every `sr:` block, at any depth (a glossary concept's `sr:`, a
 * source's `about.sr` and `describedAs.sr`). Keys, block indicators and the quotation marks around a value are not text.
 */
export function lintSerbianInYaml(file: string, text: string): Problem[] {
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
