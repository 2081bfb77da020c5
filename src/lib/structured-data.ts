/**
 * schema.org JSON-LD for a page's head: `Legislation` on article pages, `Article` on guideline and note pages. The
 * objects are typed with schema-dts; `jsonLdScript` writes one for a `<script type="application/ld+json">`, which a
 * browser never runs (data blocks are outside the CSP's script-src).
 */
import type { Article, CreativeWork, LegislationObject, WebPage, WithContext } from 'schema-dts';
import { AKN_WORK } from './protocol-data.ts';

/** This site republishes the text: no language version here is an official publication. */
const UNOFFICIAL = { '@id': 'https://schema.org/UnofficialLegalValue' } as const;

export interface LegislationPage {
  /** The article's provision id, `art_6`: the portion of the work's Akoma Ntoso IRI. */
  id: string;
  /** "Article 6. Assistance to and protection of victims of trafficking in persons", in the page's language. */
  name: string;
  /** BCP 47 tag of the text. */
  language: string;
  url: string;
  /** The Protocol: its short title in this language, its page and its date of adoption. */
  instrument: { name: string; url: string; date: string };
  /** The official publication the text is reproduced from (English and Slovenian: the Slovenian ratification act). */
  basedOn?: { name: string; identifier?: string | undefined; date: string; language: string } | undefined;
  /** For a translation made for this site: the original it was translated from. */
  translationOf?: { url: string; language: string } | undefined;
  /** The licence of the text, where it is the site's own work (the Serbian translation). */
  license?: string | undefined;
}

/**
 * An article page is a Legislation, published here as a file of it: schema.org puts legislationLegalValue on
 * LegislationObject (a kind of Legislation), so the page says it is both.
 */
export type LegislationPageJsonLd = Omit<WithContext<LegislationObject>, '@type'> & { '@type': ['Legislation', 'LegislationObject'] };

export function legislationJsonLd(page: LegislationPage): LegislationPageJsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': ['Legislation', 'LegislationObject'],
    name: page.name,
    legislationIdentifier: `${AKN_WORK}/~${page.id}`,
    inLanguage: page.language,
    legislationLegalValue: UNOFFICIAL,
    url: page.url,
    isPartOf: { '@type': 'Legislation', name: page.instrument.name, legislationDate: page.instrument.date, url: page.instrument.url },
    ...(page.basedOn
      ? {
        isBasedOn: {
          '@type': 'Legislation',
          name: page.basedOn.name,
          ...(page.basedOn.identifier ? { legislationIdentifier: page.basedOn.identifier } : {}),
          legislationDate: page.basedOn.date,
          inLanguage: page.basedOn.language,
        },
      }
      : {}),
    ...(page.translationOf ? { translationOfWork: { '@type': 'Legislation', url: page.translationOf.url, inLanguage: page.translationOf.language } } : {}),
    ...(page.license ? { license: page.license } : {}),
  };
}

/** When a commentary page was last checked against its sources, and by whom (its review record). */
export interface Reviewed {
  lastReviewed: string;
  reviewedBy: string;
}

/** A page of this site as schema.org `WebPage`, with its review record and licence. */
export function reviewedWebPage(page: { url: string; language: string; license: string; publisher: string } & Reviewed, name?: string): WebPage {
  return {
    '@type': 'WebPage',
    url: page.url,
    ...(name ? { name } : {}),
    inLanguage: page.language,
    lastReviewed: page.lastReviewed,
    reviewedBy: { '@type': 'Organization', name: page.reviewedBy },
    license: page.license,
    publisher: { '@type': 'Organization', name: page.publisher },
  };
}

/** An explanation or check page: a `WebPage` carrying its review record. */
export function commentaryJsonLd(page: { name: string; url: string; language: string; license: string; publisher: string } & Reviewed): WithContext<WebPage> {
  return { '@context': 'https://schema.org', ...reviewedWebPage(page, page.name) };
}

export interface GuidancePageData {
  title: string;
  language: string;
  url: string;
  /** When its facts were last checked against the sources (YYYY-MM-DD). */
  dateModified: string;
  publisher: string;
  /** What a summary summarises: the original's full reference and address where known. */
  basedOn?: { name: string; url?: string | undefined } | undefined;
  /** The full reference of every source the page cites, in the page's language. */
  citations: string[];
  license: string;
  /** The page's review record: lastReviewed and reviewedBy go on the page (`mainEntityOfPage`), as schema.org has them. */
  review: Reviewed;
}

export function guidanceJsonLd(page: GuidancePageData): WithContext<Article> {
  const basedOn: CreativeWork | undefined = page.basedOn && { '@type': 'CreativeWork', name: page.basedOn.name, ...(page.basedOn.url ? { url: page.basedOn.url } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.title,
    inLanguage: page.language,
    url: page.url,
    dateModified: page.dateModified,
    publisher: { '@type': 'Organization', name: page.publisher },
    ...(basedOn ? { isBasedOn: basedOn } : {}),
    ...(page.citations.length ? { citation: page.citations } : {}),
    license: page.license,
    mainEntityOfPage: reviewedWebPage({ url: page.url, language: page.language, license: page.license, publisher: page.publisher, ...page.review }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can end the element early. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
