import { locales, type Locale } from '../lib/locales.ts';
import { ARTICLE_COUNT } from './protocol.ts';
import { getConcepts } from './glossary.ts';
import { guidancePages, type Section } from './guidance.ts';

/** getStaticPaths helpers: one page per locale, or per locale and article, concept or guidance page. */
export const localePaths = () => locales.map((locale) => ({ params: { locale }, props: { locale } }));

export const articleNumbers = Array.from({ length: ARTICLE_COUNT }, (_, i) => i + 1);

export const localeArticlePaths = () =>
  locales.flatMap((locale: Locale) =>
    articleNumbers.map((article) => ({ params: { locale, article: `art-${article}` }, props: { locale, article } })),
  );

export const localeConceptPaths = async () => {
  const concepts = await getConcepts();
  return locales.flatMap((locale) => concepts.map((concept) => ({ params: { locale, concept: concept.id }, props: { locale, concept } })));
};

export const localeGuidancePaths = (section: Section) => async () =>
  (await Promise.all(locales.map(async (locale) => (await guidancePages(section, locale)).map((page) => ({ params: { locale, slug: page.slug }, props: { locale, page } }))))).flat();
