import type { APIRoute } from 'astro';
import { getConcepts, termIn } from '../../../data/glossary.ts';
import { localePaths } from '../../../data/paths.ts';
import type { Locale } from '../../../lib/locales.ts';
import type { ConceptNames } from '../../../lib/query.ts';

export const getStaticPaths = localePaths;

/**
 * Each concept's names, the preferred term first: the search page adds the preferred wording to a query that uses
 * another name (src/lib/query.ts). Loaded by the search page only.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const names: ConceptNames[] = (await getConcepts()).map((concept) => {
    const entry = termIn(concept, locale);
    return { id: concept.id, names: [entry.term, ...entry.otherTerms.map((other) => other.term)] };
  });
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
