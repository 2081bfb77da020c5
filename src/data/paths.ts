import { locales, type Locale } from '../lib/locales.ts';
import { ARTICLE_COUNT } from './protocol.ts';

/** getStaticPaths helpers: one page per locale, or per locale and article. */
export const localePaths = () => locales.map((locale) => ({ params: { locale }, props: { locale } }));

export const articleNumbers = Array.from({ length: ARTICLE_COUNT }, (_, i) => i + 1);

export const localeArticlePaths = () =>
  locales.flatMap((locale: Locale) =>
    articleNumbers.map((article) => ({ params: { locale, article: `art-${article}` }, props: { locale, article } })),
  );
