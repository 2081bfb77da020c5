import type { APIRoute } from 'astro';
import { getConcepts, inScript, termIn } from '../../../data/glossary.ts';
import { localePaths } from '../../../data/paths.ts';
import type { Locale } from '../../../lib/locales.ts';

export const getStaticPaths = localePaths;

/** Short definitions for the term previews, loaded by the browser on first use. */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const definitions = Object.fromEntries(
    (await getConcepts()).map((concept) => {
      const { term, definition } = termIn(concept, locale);
      return [concept.id, { term: inScript(term, locale), definition: inScript(definition, locale) }];
    }),
  );
  return new Response(JSON.stringify(definitions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
