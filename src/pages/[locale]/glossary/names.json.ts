import type { APIRoute } from 'astro';
import { getConcepts, inScript, termIn } from '../../../data/glossary.ts';
import { t } from '../../../i18n/index.ts';
import { provisionCitation } from '../../../lib/citation.ts';
import { formsOf, searchedAsOf } from '../../../lib/glossary.ts';
import { contentLanguageOf } from '../../../lib/locales.ts';
import { toProvisionId, type ProvisionId } from '../../../lib/provisions.ts';
import { isNotDefined } from '../../../lib/defined-by.ts';
import { urls } from '../../../site.ts';
import { localePaths } from '../../../data/paths.ts';
import { pagesUsing } from '../../../data/usage.ts';
import type { Locale } from '../../../lib/locales.ts';
import type { ConceptNames } from '../../../lib/query.ts';

export const getStaticPaths = localePaths;

/**
 * Each concept's names, the preferred term first, its forms and the everyday words readers search it by, its page,
 * on how many pages it is used, and the provision that defines it (or, where none does, the one that deals with it): the search page adds the preferred wording to a query that uses another name or an
 * everyday word, with the defining provision (src/lib/query.ts). Loaded by the search page only.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const names: ConceptNames[] = await Promise.all((await getConcepts()).map(async (concept) => {
    const entry = termIn(concept, locale);
    const { definedBy } = concept.data;
    const provision = 'provision' in definedBy ? toProvisionId(definedBy.provision) : undefined;
    // Not defined: the first provision of those that discuss it, which search shows as where the Protocol deals with it.
    const discussing = isNotDefined(definedBy) ? definedBy.discussedIn.flatMap((text) => ('provision' in text ? [toProvisionId(text.provision)] : []))[0] : undefined;
    const cited = (id: ProvisionId) => ({ url: urls.provision(locale, id), citation: inScript(provisionCitation(id, contentLanguageOf(locale), t(locale, 'protocol.shortTitle')), locale) });
    return {
      id: concept.id,
      names: [entry.term, ...entry.otherTerms.map((other) => other.term)],
      forms: formsOf(entry),
      searchedAs: searchedAsOf(entry),
      url: urls.page(locale, { type: 'term', concept: concept.id }),
      usedIn: (await pagesUsing(concept.id, locale)).length,
      ...(provision ? { definedBy: cited(provision) } : {}),
      ...(discussing ? { discussedIn: cited(discussing) } : {}),
    };
  }));
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
