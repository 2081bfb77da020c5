import type { APIRoute } from 'astro';
import { getConcepts, inScript, termIn } from '../../../data/glossary.ts';
import { t } from '../../../i18n/index.ts';
import { provisionCitation } from '../../../lib/citation.ts';
import { formsOf, searchedAsOf } from '../../../lib/glossary.ts';
import { contentLanguageOf } from '../../../lib/locales.ts';
import { toProvisionId } from '../../../lib/provisions.ts';
import { urls } from '../../../site.ts';
import { localePaths } from '../../../data/paths.ts';
import { pagesUsing } from '../../../data/usage.ts';
import type { Locale } from '../../../lib/locales.ts';
import type { ConceptNames } from '../../../lib/query.ts';

export const getStaticPaths = localePaths;

/**
 * Each concept's names, the preferred term first, its forms and the everyday words readers search it by, its page,
 * on how many pages it is used, and the provision that defines it: the search page adds the preferred wording to a query that uses another name or an
 * everyday word, with the defining provision (src/lib/query.ts). Loaded by the search page only.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const names: ConceptNames[] = await Promise.all((await getConcepts()).map(async (concept) => {
    const entry = termIn(concept, locale);
    const { definedBy } = concept.data;
    const provision = 'provision' in definedBy ? toProvisionId(definedBy.provision) : undefined;
    return {
      id: concept.id,
      names: [entry.term, ...entry.otherTerms.map((other) => other.term)],
      forms: formsOf(entry),
      searchedAs: searchedAsOf(entry),
      url: urls.page(locale, { type: 'term', concept: concept.id }),
      usedIn: (await pagesUsing(concept.id, locale)).length,
      ...(provision ? { definedBy: { url: urls.provision(locale, provision), citation: inScript(provisionCitation(provision, contentLanguageOf(locale), t(locale, 'protocol.shortTitle')), locale) } } : {}),
    };
  }));
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
