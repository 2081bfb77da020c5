/** One page of every type in every locale: what the quality gates run over. */
export const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

/**
 * The tab icon: a full Chromium (Debian's) fetches it for its own window, again as the URL changes; the headless shell
 * never does. Not the page's doing, and not in the Starlight figure the budgets compare with (measured headless).
 */
export const isTabIcon = (url: string): boolean => new URL(url).pathname.endsWith('/favicon.svg');

const searchQuery = { en: 'refugee', sl: 'begunec', sr: 'избеглица', 'sr-latn': 'izbeglica' } as const;

export const pageTypes = (locale: (typeof locales)[number]) => ({
  home: `/${locale}/`,
  protocol: `/${locale}/protocol/`,
  article: `/${locale}/protocol/art-3/`,
  parallel: `/${locale}/protocol/art-3/parallel/`,
  explained: `/${locale}/protocol/art-3/explained/`,
  'explained index': `/${locale}/protocol/explained/`,
  print: `/${locale}/protocol/print/`,
  'study questions': `/${locale}/protocol/questions/`,
  'study questions, a set': `/${locale}/protocol/questions/?q=3a-1,3c-1,14.1-1&t=Workshop`,
  glossary: `/${locale}/glossary/`,
  term: `/${locale}/glossary/trafficking-in-persons/`,
  'term not defined in the Protocol': `/${locale}/glossary/servitude/`, // "Discussed in" with a quoted provision
  equivalents: `/${locale}/glossary/equivalents/`,
  guidelines: `/${locale}/guidelines/`,
  guideline: `/${locale}/guidelines/gip-7/`,
  notes: `/${locale}/notes/`,
  note: `/${locale}/notes/smuggling-vs-trafficking/`, // every MDX component: Provision, Compare, Quote, Aside
  sources: `/${locale}/sources/`,
  search: `/${locale}/search/?q=${encodeURIComponent(searchQuery[locale])}`,
  offline: `/${locale}/offline/`,
  handout: `/${locale}/handout/?p=art_3__point_a,art_14__para_1&l=en,sl,sr&x=1`,
  'trafficking check': `/${locale}/check/trafficking/?act=recruitment&means=deception&purpose=forced-labour-or-services&age=adult&consent=yes`,
  'trafficking scenario': `/${locale}/check/trafficking/scenario/held-for-ransom/`,
  'refugee check': `/${locale}/check/refugee/`,
  about: `/${locale}/about/`,
  changes: `/${locale}/changes/`,
});

/**
 * The editions a browser test runs in where the fourth would add nothing: the Latin edition's pages are its Cyrillic
 * pages transliterated element for element (tests/site/latin-edition.test.ts).
 */
export const browserEditions = ['en', 'sl', 'sr'] as const;

/**
 * The page types whose content the browser makes (search results, a handout, a set of questions, a check's outcome)
 * or that a reader meets first. axe runs on every page type in English and in Serbian Cyrillic (the longest words,
 * another script), and on these in Slovenian and Serbian Latin too. Every page of every edition is also checked
 * without a browser by html-validate and the W3C Nu checker (tests/site/), and the Latin edition as above; the
 * Slovenian pages are the English templates with the strings of src/i18n/sl.json, none of which may be missing.
 */
const madeInBrowser = new Set(['home', 'article', 'search', 'handout', 'study questions, a set', 'trafficking check']);

export const everyPage: { type: string; path: string }[] = [
  { type: 'language choice', path: '/' },
  { type: 'not found', path: '/404.html' },
  ...locales.flatMap((locale) =>
    Object.entries(pageTypes(locale))
      .filter(([type]) => locale === 'en' || locale === 'sr' || madeInBrowser.has(type))
      .map(([type, path]) => ({ type, path })),
  ),
];
