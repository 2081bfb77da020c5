import type { Locale } from './locales.ts';
import { toOurSpelling } from './spelling.ts';
import { cyrillicToLatin, latinToCyrillic } from './transliterate.ts';

/**
 * Search editions: one Pagefind bundle each. Serbian is searched in the Latin edition from both scripts: a Cyrillic
 * query transliterates to Latin without ambiguity, and Pagefind folds diacritics, so "trgovina", "трговина" and
 * "bicima" all find the same paragraph. Results are shown in the reader's own edition.
 */
export const searchEditions = ['en', 'sl', 'sr-latn'] as const;
export type SearchEdition = (typeof searchEditions)[number];

export function searchEditionOf(locale: Locale): SearchEdition {
  return locale === 'sr' ? 'sr-latn' : locale;
}

/** The query as the edition's index understands it: in its script, spelling and stems. */
export function queryFor(locale: Locale, query: string): string {
  if (locale === 'en') return toOurSpelling(query);
  const prepared = searchEditionOf(locale) === 'sr-latn' ? cyrillicToLatin(query) : query;
  return locale === 'sl' ? stemSlovenianQuery(prepared) : prepared;
}

// Slovenian has no stemmer in Pagefind. Pagefind matches the last word of a query as a prefix, so we search each
// inflected word by its stem: the query is cut back to stems and run word by word (see searchTerms).
// Longest first. Cutting too much only widens the prefix; it never loses the word itself.
const SLOVENIAN_ENDINGS = ['ega', 'emu', 'ami', 'ima', 'imi', 'ih', 'im', 'om', 'em', 'ov', 'ev', 'ah', 'am', 'mi', 'a', 'e', 'i', 'o', 'u'];

const MINIMUM_STEM = 3;

/** "trgovino z ljudmi" → "trgovin z ljud": endings dropped from words long enough to keep a stem of three letters. */
export function stemSlovenian(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of SLOVENIAN_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MINIMUM_STEM) return word.slice(0, word.length - ending.length);
  }
  return word;
}

export function stemSlovenianQuery(query: string): string {
  return query.split(/\s+/).filter(Boolean).map(stemSlovenian).join(' ');
}

/**
 * A result URL in the reader's own edition: Serbian Cyrillic readers get `/sr/` pages for hits in the Latin index,
 * with the words to highlight in Cyrillic.
 */
export function resultUrlFor(locale: Locale, url: string): string {
  if (locale !== 'sr') return url;
  return url
    .replace('/sr-latn/', '/sr/')
    .replace(/([?&]highlight=)([^&#]*)/g, (_, key: string, word: string) => key + encodeURIComponent(latinToCyrillic(decodeURIComponent(word))));
}

/** Lower case, no diacritics, single spaces: how queries are compared with terms and their forms. */
export const foldForSearch = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a query names a glossary term: it equals one of the forms the term's page lists (its `forms` meta,
 * "form · form · …", in the search edition's script), ignoring case and diacritics, in either Serbian script and
 * in either English spelling. The search page then shows that term's definition first.
 */
export function namesTerm(locale: Locale, query: string, forms: string | undefined): boolean {
  if (!forms) return false;
  const typed = locale === 'en' ? toOurSpelling(query) : searchEditionOf(locale) === 'sr-latn' ? cyrillicToLatin(query) : query;
  const key = foldForSearch(typed);
  return forms.split(' · ').some((form) => foldForSearch(locale === 'en' ? toOurSpelling(form) : form) === key);
}
