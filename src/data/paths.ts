import { locales, type Locale } from '../lib/locales.ts';
import { ARTICLE_COUNT, getOriginal } from './protocol.ts';
import { flatten, toProvisionId, type ProvisionId } from '../lib/provisions.ts';
import { shortPath } from '../lib/short-links.ts';
import { getConcepts } from './glossary.ts';
import { guidancePages, type Section } from './guidance.ts';
import { checkContent } from './content-checks.ts';

/**
 * getStaticPaths helpers: one page per locale, or per locale and article, concept, guidance page or short link. The
 * ones that read content first wait for the checks over whole collections (src/data/content-checks.ts): Astro asks
 * every route for its paths before it makes any page, so content that fails them stops the build before its first
 * page, with all their problems.
 */
export const localePaths = () => locales.map((locale) => ({ params: { locale }, props: { locale } }));

export const articleNumbers = Array.from({ length: ARTICLE_COUNT }, (_, i) => i + 1);

export const localeArticlePaths = () =>
  locales.flatMap((locale: Locale) =>
    articleNumbers.map((article) => ({ params: { locale, article: `art-${article}` }, props: { locale, article } })),
  );

export const localeConceptPaths = async () => {
  await checkContent();
  const concepts = await getConcepts();
  return locales.flatMap((locale) => concepts.map((concept) => ({ params: { locale, concept: concept.id }, props: { locale, concept } })));
};

export const localeGuidancePaths = (section: Section) => async () => {
  await checkContent();
  return (await Promise.all(locales.map(async (locale) => (await guidancePages(section, locale)).map((page) => ({ params: { locale, slug: page.slug }, props: { locale, page } }))))).flat();
};

/** Every provision id of the Protocol in document order, from the English original. */
export const provisionIds = async (): Promise<ProvisionId[]> => {
  const edition = await getOriginal();
  return [toProvisionId('preamble'), ...edition.articles.flatMap((article) => flatten(article.provision).map((p) => p.id))];
};

/** One short link per provision: `[...path]` under `art/` is the id read aloud, e.g. `3/a`. */
export const shortLinkPaths = async () => {
  await checkContent();
  return (await provisionIds()).map((id) => ({ params: { path: shortPath(id).replace(/^art\/|\/$/g, '') }, props: { id } }));
};

export const localeShortLinkPaths = async () =>
  (await shortLinkPaths()).flatMap(({ params, props }) => locales.map((locale) => ({ params: { ...params, locale }, props: { ...props, locale } })));
