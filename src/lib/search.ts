import type { Locale } from './locales.ts';
import { comparable, inIndexScript, stemSlovenianQuery, stemsOf, type Stem } from './stemming.ts';
import { latinToCyrillic } from './transliterate.ts';
import { isStopWord } from './query.ts';

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

/**
 * The query as the edition's index understands it: in its script, spelling and stems. Slovenian has no stemmer in
 * Pagefind, which matches query words as prefixes, so each Slovenian word is cut back to its stem.
 */
export function queryFor(locale: Locale, query: string): string {
  const prepared = inIndexScript(locale, query);
  return locale === 'sl' ? stemSlovenianQuery(prepared) : prepared;
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

/**
 * How well a query names a glossary term, judged by the forms the term's page lists (its `forms` meta, "form · form · …"):
 * 2 when it is one of them, 1 when it has their stems word for word ("žrtvama trgovine ljudima" for "жртва трговине
 * људима", a case no list holds), 0 otherwise. Case, diacritics, Serbian script and English spelling never count.
 * The search page shows the definition of the best-named term first; a listed form beats a stem match, so
 * "internal protection" is not taken for "international protection" though English stems both to "intern protect".
 */
export function namingScorer(locale: Locale, stem: Stem, forms: string | undefined): (query: string) => 0 | 1 | 2 {
  const folded = forms ? forms.split(' · ').map((form) => comparable(locale, form)) : [];
  const exact = new Set(folded);
  const keys = new Set(folded.map((form) => stemsOf(stem, form)));
  return (query) => {
    const typed = comparable(locale, query);
    return exact.has(typed) ? 2 : keys.has(stemsOf(stem, typed)) ? 1 : 0;
  };
}

/**
 * The words a result's excerpts mark, as the page spells them (Pagefind marks the words of the page that matched,
 * whole): what its landing page should highlight. Never a stop word ("of", "the" of a term's name), each once.
 */
export function matchedWords(locale: Locale, excerpts: readonly string[]): string[] {
  const words = new Map<string, string>();
  for (const html of excerpts) {
    for (const [, inner] of html.matchAll(/<mark>([^<]*)<\/mark>/g)) {
      const word = decodeEntities(inner!).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').trim();
      if (word && !isStopWord(locale, word)) words.set(word.toLowerCase(), word.toLowerCase());
    }
  }
  return [...words.values()];
}

const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);

/**
 * A result URL whose `highlight` parameters name exactly the given words (Pagefind's own name every word searched,
 * stop words and Slovenian stems among them); without words, none. The fragment is kept.
 */
export function withHighlights(url: string, words: readonly string[]): string {
  const [beforeHash, hash = ''] = url.split('#', 2) as [string, string?];
  const [path, query = ''] = beforeHash.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete('highlight');
  for (const word of words) params.append('highlight', word);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * The key a page is filtered by in the index (`data-pagefind-filter="page:…"`): its path after the base path and the
 * locale, without query or fragment. `/nexus/sr/protocol/art-6/explained/#art_6__para_1` → `protocol/art-6/explained/`.
 */
export function pageKey(url: string, base: string): string {
  const path = url.replace(/[?#].*$/, '');
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return local.replace(/^[^/]+\//, '');
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/, '')}…`;
}
