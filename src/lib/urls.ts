import type { Locale } from './locales.ts';
import { parseProvisionId, type ProvisionId } from './provisions.ts';

/** Every kind of page the site has. Slugs are English and the same in every locale. */
export type PageRef =
  | { type: 'home' }
  | { type: 'protocol' }
  | { type: 'article'; article: number; view?: 'parallel' }
  | { type: 'glossary' }
  | { type: 'equivalents' }
  | { type: 'term'; concept: string }
  | { type: 'guidelines' }
  | { type: 'guideline'; slug: string }
  | { type: 'notes' }
  | { type: 'note'; slug: string }
  | { type: 'sources' }
  | { type: 'search' }
  | { type: 'offline' };

/** The locale-independent path of a page, e.g. `protocol/art-3/parallel/`. Switching language swaps only the prefix. */
export function pagePath(page: PageRef): string {
  switch (page.type) {
    case 'home': return '';
    case 'protocol': return 'protocol/';
    case 'article': return `protocol/art-${page.article}/${page.view === 'parallel' ? 'parallel/' : ''}`;
    case 'glossary': return 'glossary/';
    case 'equivalents': return 'glossary/equivalents/';
    case 'term': return `glossary/${page.concept}/`;
    case 'guidelines': return 'guidelines/';
    case 'guideline': return `guidelines/${page.slug}/`;
    case 'notes': return 'notes/';
    case 'note': return `notes/${page.slug}/`;
    case 'sources': return 'sources/';
    case 'search': return 'search/';
    case 'offline': return 'offline/';
  }
}

/** The page that holds a provision: its article, or the Protocol's index for the preamble. */
export function provisionPage(id: ProvisionId): PageRef {
  const { article } = parseProvisionId(id);
  return article === undefined ? { type: 'protocol' } : { type: 'article', article };
}

/** Builds site URLs under a base path (`/` or e.g. `/nexus/`). The one place a URL is made. */
export function createUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (locale: Locale, ref: PageRef, fragment?: string) => `${root}${locale}/${pagePath(ref)}${fragment ? `#${fragment}` : ''}`;
  return {
    root,
    page,
    provision: (locale: Locale, id: ProvisionId) => page(locale, provisionPage(id), id),
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
    shortLink: (article: number, locale?: Locale) => `${root}${locale ? `${locale}/` : ''}art/${article}/`,
  };
}
export type Urls = ReturnType<typeof createUrls>;
