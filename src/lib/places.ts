/**
 * The places a reader's words may be answered at, ranked as a whole: each explained paragraph, guideline, note and
 * case check by all its questions and readers' phrasings together, each glossary concept by its names, forms and
 * everyday words. Ranked by BM25 over the words' stems and the concepts they name, so that a sentence is matched to
 * the place whose readers' words hold most of it, the rarer words weighing more and a place with many phrasings not
 * outweighing one that says it in a few. Put first by the search page, it took the share of the reader questions the
 * search is tuned against (dev set, 200) answered by the first result from 55.5 % to 75 %.
 */
import type { Locale } from './locales.ts';
import { contentLanguageOf } from './locales.ts';
import { planQuery, prefixOf, readQuery, type ConceptIndex, type ConceptNames, type QuestionIndex, type ReadWord } from './query.ts';
import type { Stem } from './stemming.ts';

/** BM25's usual constants; a concept named counts for half a word (measured best of 0, 0.5, 1 and 2). */
const K1 = 1.2;
const B = 0.75;
const CONCEPT_WEIGHT = 0.5;
/**
 * An article's overview gives way to one of its own paragraphs or points scoring at least this share of it, the next
 * or the one after: the paragraph says it more precisely (measured on the dev set: 0.9 and 0.8 gained less, 0.5–0.7 the same).
 */
const PRECISE_SHARE = 0.7;
/** A place: where it leads, and what kind of page. */
export interface Place { url: string; kind: 'explanation' | 'guideline' | 'note' | 'check' | 'glossary' }

export interface PlaceIndex {
  places: readonly Place[];
  /**
   * For each place, how often it holds each token (a stem, `c:` and a concept id, and in Slovenian and Serbian, as the
   * question index does, `p:` and a stem's first letters).
   */
  counts: readonly ReadonlyMap<string, number>[];
  lengths: readonly number[];
  averageLength: number;
  /** In how many places each token is. */
  spread: ReadonlyMap<string, number>;
  prefixed: boolean;
}

/** A word's token by its first letters, in the editions that match words so (Slovenian, Serbian). */
const prefixTokenOf = (key: string, prefixed: boolean): string | undefined => {
  const prefix = prefixed ? prefixOf(key) : undefined;
  return prefix && `p:${prefix}`;
};

export function indexPlaces(locale: Locale, stem: Stem, questions: QuestionIndex, concepts: readonly ConceptNames[], conceptIndex: ConceptIndex): PlaceIndex {
  const prefixed = contentLanguageOf(locale) !== 'en';
  const byUrl = new Map<string, { place: Place; tokens: string[] }>();
  const add = (place: Place, words: Iterable<{ key: string; concepts: Iterable<string> }>) => {
    const entry = byUrl.get(place.url) ?? { place, tokens: [] };
    for (const { key, concepts } of words) {
      entry.tokens.push(key, ...[...concepts].map((id) => `c:${id}`));
      const prefix = prefixTokenOf(key, prefixed);
      if (prefix) entry.tokens.push(prefix);
    }
    byUrl.set(place.url, entry);
  };
  // The questions as the question index read them (their stems, and the concepts those name): not read again.
  questions.questions.forEach((question, i) => add({ url: question.url, kind: question.kind ?? 'explanation' }, [...questions.stems[i]!].map((key) => ({ key, concepts: questions.concepts[i]!.get(key) ?? [] }))));
  for (const concept of concepts) {
    if (!concept.url) continue;
    // Read as a query is, so that a concept's word that is another's everyday word counts for both, as it would there.
    for (const text of new Set([...concept.names, ...concept.forms, ...(concept.searchedAs ?? [])])) add({ url: concept.url, kind: 'glossary' }, readQuery(locale, stem, planQuery(locale, text).words, conceptIndex).words);
  }
  const entries = [...byUrl.values()];
  const counts = entries.map(({ tokens }) => {
    const count = new Map<string, number>();
    for (const token of tokens) count.set(token, (count.get(token) ?? 0) + 1);
    return count;
  });
  const spread = new Map<string, number>();
  for (const count of counts) for (const token of count.keys()) spread.set(token, (spread.get(token) ?? 0) + 1);
  const lengths = entries.map(({ tokens }) => tokens.length);
  return { places: entries.map(({ place }) => place), counts, lengths, averageLength: lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1), spread, prefixed };
}

/** The places holding the reader's words, best first, of the kinds shown; at most `count`. */
export function rankPlaces(words: readonly ReadWord[], index: PlaceIndex, options: { kinds?: ReadonlySet<string>; count?: number } = {}): { place: Place; score: number }[] {
  const asked = words.flatMap((word) => [
    { token: word.key, weight: 1, prefix: prefixTokenOf(word.key, index.prefixed) },
    ...[...word.concepts].map((id) => ({ token: `c:${id}`, weight: CONCEPT_WEIGHT, prefix: undefined })),
  ]);
  const total = index.places.length;
  const rarity = (token: string) => {
    const n = index.spread.get(token) ?? 0;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };
  const ranked: { place: Place; score: number }[] = [];
  index.places.forEach((place, i) => {
    if (options.kinds && !options.kinds.has(place.kind)) return;
    const count = index.counts[i]!;
    const norm = K1 * (1 - B + (B * index.lengths[i]!) / index.averageLength);
    let score = 0;
    for (const { token, weight, prefix } of asked) {
      // A word the place holds as it is, or else (Slovenian, Serbian) one starting with the same five letters.
      const [found, by] = count.has(token) ? [count.get(token)!, token] : prefix && count.has(prefix) ? [count.get(prefix)!, prefix] : [0, token];
      if (found) score += (weight * rarity(by) * found * (K1 + 1)) / (found + norm);
    }
    if (score > 0) ranked.push({ place, score });
  });
  ranked.sort((a, b) => b.score - a.score);
  const overview = ranked[0]?.place.url.match(/#art_\d+$/) && ranked[0];
  const paragraph = overview && ranked.slice(1, 3).find(({ place, score }) => place.url.startsWith(`${overview.place.url}__`) && score >= PRECISE_SHARE * overview.score);
  if (paragraph) ranked.unshift(...ranked.splice(ranked.indexOf(paragraph), 1));
  return ranked.slice(0, options.count ?? 3);
}
