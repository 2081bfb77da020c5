import type { CheckKind } from './check.ts';
import type { Locale } from './locales.ts';
import type { ScenarioId } from './scenarios.ts';
import { isProvisionId, parseProvisionId, type ProvisionId } from './provisions.ts';
import type { CitationFormat } from './citation-files.ts';

/** Every kind of page the site has. Slugs are English and the same in every locale. */
export type PageRef =
  | { type: 'home' }
  /** The Protocol's contents and preamble; `print`: the whole text on one page, to print (and the PDF's source). */
  | { type: 'protocol'; view?: 'print' }
  | { type: 'article'; article: number; view?: 'parallel' }
  /** What an article's provisions mean, in plain words; without an article, the preamble's and the list of all. */
  | { type: 'explained'; article?: number }
  /** The explanations' questions to study, each answer opening in place; a set of chosen ones lives in its query. */
  | { type: 'questions' }
  | { type: 'glossary' }
  | { type: 'equivalents' }
  | { type: 'term'; concept: string }
  | { type: 'guidelines' }
  | { type: 'guideline'; slug: string }
  | { type: 'notes' }
  | { type: 'note'; slug: string }
  | { type: 'sources' }
  | { type: 'search' }
  | { type: 'handout' }
  | { type: 'offline' }
  /** Who publishes the site, how its texts are made, its licence, how to cite it and report a problem. */
  | { type: 'about' }
  /** What changed, newest first; its Atom feed is `changes.xml` beside the edition. */
  | { type: 'changes' }
  /**
   * Holding a case against the law: the elements of trafficking (art. 3), or the refugee definition as GIP No. 7 reads
   * it; a worked scenario is the trafficking check opened with its boxes ticked.
   */
  | { type: 'check'; kind: CheckKind; scenario?: ScenarioId };

/** The locale-independent path of a page, e.g. `protocol/art-3/parallel/`. Switching language swaps only the prefix. */
export function pagePath(page: PageRef): string {
  switch (page.type) {
    case 'home': return '';
    case 'protocol': return `protocol/${page.view === 'print' ? 'print/' : ''}`;
    case 'article': return `protocol/art-${page.article}/${page.view === 'parallel' ? 'parallel/' : ''}`;
    case 'explained': return page.article === undefined ? 'protocol/explained/' : `protocol/art-${page.article}/explained/`;
    case 'questions': return 'protocol/questions/';
    case 'glossary': return 'glossary/';
    case 'equivalents': return 'glossary/equivalents/';
    case 'term': return `glossary/${page.concept}/`;
    case 'guidelines': return 'guidelines/';
    case 'guideline': return `guidelines/${page.slug}/`;
    case 'notes': return 'notes/';
    case 'note': return `notes/${page.slug}/`;
    case 'sources': return 'sources/';
    case 'search': return 'search/';
    case 'handout': return 'handout/';
    case 'offline': return 'offline/';
    case 'about': return 'about/';
    case 'changes': return 'changes/';
    case 'check': return `check/${page.kind}/${page.scenario ? `scenario/${page.scenario}/` : ''}`;
  }
}

/** The page that holds a provision: its article, or the Protocol's index for the preamble. */
export function provisionPage(id: ProvisionId): PageRef {
  const { article } = parseProvisionId(id);
  return article === undefined ? { type: 'protocol' } : { type: 'article', article };
}

/**
 * A provision's short path, its id read aloud: `art_6__para_3__point_b` → `art/6/3/b/`, `art_3__point_a` →
 * `art/3/a/`, `art_14` → `art/14/`, `preamble` → `art/preamble/`.
 */
export function shortPath(id: ProvisionId): string {
  if (id === 'preamble') return 'art/preamble/';
  const { article, paragraph, point } = parseProvisionId(id);
  return `art/${[article, paragraph, point].filter((part) => part !== undefined).join('/')}/`;
}

const SHORT_PATH = /^\/?art\/(?:(preamble)|(\d+)(?:\/(\d+))?(?:\/([a-z]))?)\/?$/;

/** The provision id a short path stands for (the inverse of `shortPath`), or undefined if it is not of that form. */
export function provisionFromShortPath(path: string): ProvisionId | undefined {
  const match = path.match(SHORT_PATH);
  if (!match) return undefined;
  const [, preamble, article, paragraph, point] = match;
  const id = preamble ?? `art_${article}${paragraph ? `__para_${paragraph}` : ''}${point ? `__point_${point}` : ''}`;
  return isProvisionId(id) ? id : undefined;
}

/** Builds site URLs under a base path (`/` or e.g. `/nexus/`). The one place a URL is made. */
export function createUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (locale: Locale, ref: PageRef, fragment?: string) => `${root}${locale}/${pagePath(ref)}${fragment ? `#${fragment}` : ''}`;
  return {
    root,
    page,
    provision: (locale: Locale, id: ProvisionId) => page(locale, provisionPage(id), id),
    /** Where a provision is explained in plain words: its section on the article's explained page. */
    explanation: (locale: Locale, id: ProvisionId) => {
      const { article } = parseProvisionId(id);
      return page(locale, article === undefined ? { type: 'explained' } : { type: 'explained', article }, id);
    },
    asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
    /** `/art/3/a/` picks the edition from the browser's languages; `/sl/art/3/a/` opens the Slovenian one. */
    shortLink: (id: ProvisionId, locale?: Locale) => `${root}${locale ? `${locale}/` : ''}${shortPath(id)}`,
    handout: (locale: Locale, query = '') => `${page(locale, { type: 'handout' })}${query ? `?${query}` : ''}`,
    /** Study questions, or a set of them: `/en/protocol/questions/?q=3a-1,3c-1&t=Workshop`. */
    questions: (locale: Locale, query = '') => `${page(locale, { type: 'questions' })}${query ? `?${query}` : ''}`,
    /**
     * One edition of the Protocol as a file: as data, `/en/protocol.json` and `/en/protocol.akn.xml` (Akoma Ntoso);
     * to print and keep, `/en/protocol.pdf` (made from the print page after the build).
     */
    protocolData: (locale: Locale, format: 'json' | 'akn.xml' | 'pdf') => `${root}${locale}/protocol.${format}`,
    /** The edition's changes as an Atom feed: `/en/changes.xml`. */
    changesFeed: (locale: Locale) => `${root}${locale}/changes.xml`,
    /** A page's citation as a file for reference managers: `/en/protocol/art-3/citation.ris`. */
    citation: (locale: Locale, ref: PageRef, format: CitationFormat) => `${page(locale, ref)}citation.${format}`,
  };
}
export type Urls = ReturnType<typeof createUrls>;

/**
 * A site path as the build publishes it in short links, QR codes, printed footers and data files: on the public
 * origin when the build knows it (SITE_URL), else root-relative, for the reader's browser to complete with the
 * origin the page was served from (`resolvePublicUrl`). A build never guesses an origin it was not given.
 */
export function publicUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/** In the browser: a URL from `publicUrl` made absolute on the page's own origin; one already absolute stays. */
export function resolvePublicUrl(url: string, pageUrl: string): string {
  return new URL(url, pageUrl).href;
}
