import { distance } from 'fastest-levenshtein';
import { foldForSearch } from './stemming.ts';
import { cyrillicToLatin } from './transliterate.ts';

/** Latin script, then folded: "Трговина", "trgovina" and "trgovína" compare equal. */
const fold = (text: string) => foldForSearch(cyrillicToLatin(text));

export interface Suggestion { id: string; term: string }

/**
 * The glossary terms closest to a query that found nothing, by edit distance to the whole term or, for a
 * one-word query, to one of the term's words ("refoulment" → "non-refoulement", "trgovna" → "trgovina z ljudmi").
 * At most `limit` terms, each within a third of the query's length (at least one edit).
 */
export function closestTerms(query: string, terms: Suggestion[], limit = 3): Suggestion[] {
  const typed = fold(query);
  if (typed.length < 3) return [];
  const oneWord = !/\s/.test(typed);
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  return terms
    .map((entry) => {
      const term = fold(entry.term);
      const words = oneWord ? term.split(/[\s-]+/) : [];
      return { entry, cost: Math.min(distance(typed, term), ...words.map((w) => distance(typed, w))) };
    })
    .filter(({ cost }) => cost > 0 && cost <= allowed) // an exact term needs no suggestion
    .sort((a, b) => a.cost - b.cost || a.entry.term.localeCompare(b.entry.term))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
