/** Reads a handout's query, saying what it could not use and why (the query's format: handout-url.ts). */
import { closest } from 'fastest-levenshtein';
import { isLocale, type Locale } from './locales.ts';
import type { ProvisionId } from './provisions.ts';
import { provisionFromShortPath } from './urls.ts';
import { listParam, type Handout } from './handout-url.ts';

export type { Handout } from './handout-url.ts';

export const MAX_PROVISIONS = 40;
export const MAX_LANGUAGES = 4;
export const MAX_TITLE_LENGTH = 120;
/** Longer inputs are shown cut short in the "not found" list. */
const MAX_SHOWN_INPUT = 60;

export interface NotFound {
  input: string;
  suggestion?: ProvisionId;
}

export interface HandoutRequest extends Handout {
  notFound: NotFound[];
  /** Ids given more than once: shown once. */
  duplicates: ProvisionId[];
  ignoredLanguages: string[];
  /** Set when more than MAX_PROVISIONS were asked for: the number asked for, and nothing is shown. */
  tooMany?: number;
}

const shown = (input: string) => (input.length > MAX_SHOWN_INPUT ? `${input.slice(0, MAX_SHOWN_INPUT)}…` : input);

/** The real provision nearest to what someone typed: a short path (`3/a`) first, else the closest id by edit distance. */
export function nearestProvision(input: string, knownIds: readonly ProvisionId[]): ProvisionId | undefined {
  if (knownIds.length === 0) return undefined;
  const normalised = input.trim().toLowerCase();
  const path = normalised.replace(/^\/+/, '');
  const asPath = provisionFromShortPath(path.startsWith('art/') ? path : `art/${path}`);
  if (asPath && knownIds.includes(asPath)) return asPath;
  if (knownIds.includes(normalised as ProvisionId)) return normalised as ProvisionId;
  return closest(normalised, knownIds as ProvisionId[]) as ProvisionId;
}

/** Reads a handout's query. Bad parts are reported, never thrown; the page's locale is the default language. */
export function parseHandoutQuery(params: URLSearchParams, knownIds: readonly ProvisionId[], pageLocale: Locale): HandoutRequest {
  const known = new Set<string>(knownIds);
  const inputs = listParam(params, 'p');
  const distinct = [...new Set(inputs)];
  const request: HandoutRequest = { ids: [], languages: [], title: readTitle(params), explained: params.get('x') === '1', notFound: [], duplicates: [], ignoredLanguages: [] };

  if (distinct.length > MAX_PROVISIONS) {
    request.tooMany = distinct.length;
  } else {
    const counted = new Set<string>();
    for (const input of inputs) {
      if (counted.has(input)) {
        if (known.has(input) && !request.duplicates.includes(input as ProvisionId)) request.duplicates.push(input as ProvisionId);
        continue;
      }
      counted.add(input);
      if (known.has(input)) request.ids.push(input as ProvisionId);
      else {
        const suggestion = nearestProvision(input, knownIds);
        request.notFound.push({ input: shown(input), ...(suggestion ? { suggestion } : {}) });
      }
    }
  }

  for (const input of listParam(params, 'l')) {
    const code = input.toLowerCase();
    if (isLocale(code)) {
      if (!request.languages.includes(code) && request.languages.length < MAX_LANGUAGES) request.languages.push(code);
    } else if (!request.ignoredLanguages.includes(shown(input)) && request.ignoredLanguages.length < MAX_LANGUAGES) {
      request.ignoredLanguages.push(shown(input)); // a few are enough to say what went wrong
    }
  }
  if (request.languages.length === 0) request.languages.push(pageLocale);
  return request;
}

function readTitle(params: URLSearchParams): string {
  const title = (params.get('t') ?? '').replace(/\s+/g, ' ').trim();
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH)}…` : title;
}

/** One edition's provisions as the handout page loads them (`/{locale}/handout/texts.json`), in the edition's script. */
export interface HandoutTexts {
  /** YYYY-MM-DD: when the edition's text was last compared with its source. */
  lastChecked: string;
  /** What the text is, said beside each of its citations: authentic, or a translation and where the official one is. */
  standing: string;
  /** Every id in document order. */
  order: ProvisionId[];
  provisions: Record<string, HandoutProvision>;
}

export interface HandoutProvision {
  /** What the text shows before it: "Article 3", "1.", "(a)", "Preamble". */
  label: string;
  /** An article's title. */
  title?: string;
  citation: string;
  text: string[];
  children: ProvisionId[];
}

/** A language's column of one provision, as the page drew it: its characters and its blocks (paragraphs, points). */
export interface PrintedColumn {
  characters: number;
  blocks: number;
}

/**
 * Printed on A4 (src/styles/handout.css: one or two languages to a row, so three or four make a 2 × 2 grid), whether a
 * provision's languages fit on one sheet below the handout's title: then no sheet breaks inside it; a longer one is
 * let run on over sheets rather than pushed whole to the next, leaving a blank. A page cannot measure its printed
 * layout before it is printed, so this is estimated from the text: lines of the longest column in each row, and the
 * space between blocks. The figures were fitted to 72 provisions printed by Chromium (1, 2 and 4 languages, with and
 * without explanations; the estimate was within 4 lines of the height each time) and leave that much to spare.
 */
export function fitsOnePrintedPage(columns: readonly PrintedColumn[]): boolean {
  const perRow = Math.min(columns.length, 2);
  const charactersPerLine = perRow === 1 ? PRINTED_LINE_CHARACTERS : PRINTED_HALF_LINE_CHARACTERS;
  let lines = PRINTED_HEADING_LINES;
  for (let row = 0; row < columns.length; row += perRow) {
    lines += Math.max(...columns.slice(row, row + perRow).map((column) => Math.ceil(column.characters / charactersPerLine) + column.blocks * PRINTED_BLOCK_LINES));
  }
  return lines <= PRINTED_PAGE_LINES;
}
/** Characters in a line across the sheet, and in one of two columns. */
export const PRINTED_LINE_CHARACTERS = 112;
export const PRINTED_HALF_LINE_CHARACTERS = 48;
/** A provision's heading row (its label, short link and QR code), in lines of its text. */
const PRINTED_HEADING_LINES = 4.5;
/** The space between two blocks (paragraphs, points), in lines. */
const PRINTED_BLOCK_LINES = 0.4;
/** Lines a sheet holds below the handout's title, less four for the estimate's error. */
export const PRINTED_PAGE_LINES = 58;
