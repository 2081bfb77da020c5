/**
 * How article, guideline and note pages describe themselves to machines: the citation record behind their RIS,
 * BibTeX and CSL-JSON files and `citation_*` meta tags (src/lib/citation-files.ts), and their schema.org JSON-LD
 * (src/lib/structured-data.ts). Serbian Latin is transliterated here, so the files match the pages.
 */
import type { Article, WebPage, WithContext } from 'schema-dts';
import type { PageRef } from '../lib/urls.ts';
import { t } from '../i18n/index.ts';
import { articleHeading, provisionCitation } from '../lib/citation.ts';
import type { CitationRecord } from '../lib/citation-files.ts';
import { contentLanguageOf, languageTag, type Locale } from '../lib/locales.ts';
import { standingOf } from '../lib/protocol-data.ts';
import { commentaryJsonLd, guidanceJsonLd, legislationJsonLd, type LegislationPageJsonLd, type Reviewed } from '../lib/structured-data.ts';
import { inScript } from '../lib/transliterate.ts';
import { contentLicence } from '../lib/licence.ts';
import { absoluteUrl, publicUrl, urls } from '../site.ts';
import { guidancePageRef, renderedGuidance, type GuidancePage } from './guidance.ts';
import { getEdition } from './protocol.ts';
import { formatReference, requireSource } from './sources.ts';

const FILE = 'src/data/citations.ts';
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The Protocol as content/sources/palermo-protocol.yaml records it: who adopted it and when. */
async function instrument() {
  const source = await requireSource('palermo-protocol', FILE);
  if (!source.data.date || !source.data.author) throw new Error('content/sources/palermo-protocol.yaml needs its author and date for the citation files.');
  return { author: source.data.author, date: day(source.data.date) };
}

/** An article of the Protocol as cited from its page: "Protocol to Prevent, …, art. 6", adopted 15 November 2000. */
export async function articleCitation(locale: Locale, article: number): Promise<CitationRecord> {
  const language = contentLanguageOf(locale);
  const script = (text: string) => inScript(text, locale);
  const edition = await getEdition(language);
  const { author, date } = await instrument();
  return {
    key: `trafficking-protocol-art-${article}-${locale}`,
    kind: 'treaty',
    title: script(provisionCitation(edition.articles[article - 1]!.provision.id, language, t(locale, 'protocol.shortTitle'))),
    author,
    publisher: script(t(locale, 'site.name')),
    date,
    language: languageTag(locale),
    url: absoluteUrl(urls.page(locale, { type: 'article', article })),
    // The Serbian text is the site's own translation; the English and Slovenian text is not the site's to license.
    license: standingOf[language] === 'unofficial-translation' ? contentLicence.url : undefined,
    note: script(t(locale, 'standing.statement')),
  };
}

/**
 * schema.org `Legislation` for an article page: unofficial (this site republishes it), part of the Protocol, based on
 * the Slovenian act that prints the English and Slovenian text; the Serbian one a translation of the English.
 */
export async function articleJsonLd(locale: Locale, article: number): Promise<LegislationPageJsonLd> {
  const language = contentLanguageOf(locale);
  const script = (text: string) => inScript(text, locale);
  const edition = await getEdition(language);
  const { date } = await instrument();
  const printedIn = standingOf[language] === 'unofficial-translation' ? undefined : await requireSource('si-mptlmok', FILE);
  return legislationJsonLd({
    id: edition.articles[article - 1]!.provision.id,
    name: script(articleHeading(t(locale, 'protocol.article', { number: article }), edition.articles[article - 1]!.title)),
    language: languageTag(locale),
    url: publicUrl(urls.page(locale, { type: 'article', article })),
    instrument: { name: script(t(locale, 'protocol.shortTitle')), url: publicUrl(urls.page(locale, { type: 'protocol' })), date },
    basedOn: printedIn && {
      name: printedIn.data.title!,
      identifier: printedIn.data.reference,
      date: day(printedIn.data.date!),
      language: printedIn.data.language ?? 'en',
    },
    translationOf: printedIn ? undefined : { url: publicUrl(urls.page('en', { type: 'article', article })), language: 'en' },
    license: printedIn ? undefined : contentLicence.url,
  });
}

/** A guideline summary or practice note of this site, as published: its title, the site, the day its facts were checked. */
export function guidanceCitation(page: GuidancePage, locale: Locale): CitationRecord {
  const script = (text: string) => inScript(text, locale);
  const siteName = script(t(locale, 'site.name'));
  return {
    key: `asylum-trafficking-nexus-${page.section}-${page.slug}-${locale}`,
    kind: 'webpage',
    title: script(page.entry.data.title),
    containerTitle: siteName,
    publisher: siteName,
    date: day(page.entry.data.review.lastChecked),
    language: page.isFallback ? 'en' : languageTag(locale),
    url: absoluteUrl(urls.page(locale, guidancePageRef(page.section, page.slug))),
    license: contentLicence.url,
    note: page.section === 'guidelines' ? script(t(locale, 'guidance.summaryNotice')) : undefined,
  };
}

/** schema.org `Article` for a guideline or note page, with the full reference of every source it cites. */
export async function guidancePageJsonLd(page: GuidancePage, locale: Locale): Promise<WithContext<Article>> {
  const script = (text: string) => inScript(text, locale);
  const record = guidanceCitation(page, locale);
  const file = `content/${page.section}/${page.entry.id}.mdx`;
  const rendered = (await renderedGuidance(locale)).find((r) => r.page.section === page.section && r.page.slug === page.slug)?.rendered;
  const keys = [...new Set((rendered?.citations ?? []).map((c) => c.source))];
  const citations = await Promise.all(keys.map(async (key) => script(formatReference(await requireSource(key, file), locale))));
  const original = page.entry.data.original ? await requireSource(page.entry.data.original, file) : undefined;
  return guidanceJsonLd({
    title: record.title,
    language: record.language,
    url: publicUrl(urls.page(locale, guidancePageRef(page.section, page.slug))),
    dateModified: record.date,
    publisher: record.publisher,
    license: contentLicence.url,
    review: reviewedBy(page.entry.data.review, locale),
    basedOn: original && { name: script(formatReference(original, locale)), url: original.data.url },
    citations,
  });
}

/** A review record as JSON-LD says it: the day the page was last checked, and by whom (a role, in the page's language). */
export function reviewedBy(review: { lastChecked: Date }, locale: Locale): Reviewed {
  return { lastReviewed: day(review.lastChecked), reviewedBy: inScript(t(locale, 'review.editorsOf', { site: t(locale, 'site.name') }), locale) };
}

/** schema.org `WebPage` for an explanation or a check page, with its review record. */
export function commentaryPageJsonLd(locale: Locale, page: PageRef, name: string, review: { lastChecked: Date }): WithContext<WebPage> {
  return commentaryJsonLd({
    name: inScript(name, locale),
    url: publicUrl(urls.page(locale, page)),
    language: languageTag(locale),
    license: contentLicence.url,
    publisher: inScript(t(locale, 'site.name'), locale),
    ...reviewedBy(review, locale),
  });
}
