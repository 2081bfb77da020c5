/**
 * What changed in an edition: every history entry of its commentary pages (guideline summaries, notes, explanations,
 * checks) and of its Protocol text, newest first, for the changes page and its Atom feed. Reading them also warns,
 * once per page and build, about a page past its review date.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relative } from 'node:path';
import { t } from '../i18n/index.ts';
import { checkKinds } from '../lib/check.ts';
import { contentLanguageOf, type Locale } from '../lib/locales.ts';
import { changesOf, isOverdue, type Change, type HistoryEntry } from '../lib/review.ts';
import type { PageRef } from '../lib/urls.ts';
import { guidancePageRef, guidancePages } from './guidance.ts';
import { getEdition } from './protocol.ts';
import { urls } from '../site.ts';

export type SiteChange = Change<PageRef>;

interface Recorded {
  page: PageRef;
  title: string;
  file: string;
  history: HistoryEntry[];
  /** A commentary page's review status; the Protocol's text has none. */
  status?: 'unreviewed' | 'reviewed';
}

const fileOf = (entry: { filePath?: string | undefined }) => relative(process.cwd(), entry.filePath!);

const warned = new Set<string>();

/** Says once per build that a page is past its review date; the page itself shows a notice (ReviewNotice). */
function warnIfOverdue(file: string, review: { nextReview: Date }): void {
  if (warned.has(file) || !isOverdue(review.nextReview)) return;
  warned.add(file);
  console.warn(`[content] ${file}: its review was due on ${review.nextReview.toISOString().slice(0, 10)}; check it against its sources, then set review.lastChecked and review.nextReview.`);
}

type Reviewed = CollectionEntry<'guidelines' | 'notes' | 'explanations' | 'checks'>;

function recorded(entry: Reviewed, page: PageRef, title: string): Recorded {
  const file = fileOf(entry);
  warnIfOverdue(file, entry.data.review);
  return { page, title, file, history: entry.data.review.history, status: entry.data.review.status };
}

/** Every page of the edition that keeps a history, with its title in the edition's language. */
async function recordedPages(locale: Locale): Promise<Recorded[]> {
  const language = contentLanguageOf(locale);
  const inLanguage = <E extends { id: string }>(entries: E[]) => entries.filter((e) => e.id.startsWith(`${language}/`));
  const guidance = (await Promise.all((['guidelines', 'notes'] as const).map((section) => guidancePages(section, locale))))
    .flat()
    .filter((page) => !page.isFallback)
    .map((page) => recorded(page.entry, guidancePageRef(page.section, page.slug), page.entry.data.title));
  const explanations = inLanguage(await getCollection('explanations')).map((entry) => {
    const { article } = entry.data;
    return article === undefined
      ? recorded(entry, { type: 'explained' }, t(locale, 'explained.indexTitle'))
      : recorded(entry, { type: 'explained', article }, t(locale, 'explained.title', { number: article }));
  });
  const checks = inLanguage(await getCollection('checks')).map((entry) => {
    const kind = checkKinds.find((k) => entry.id === `${language}/${k}`)!;
    return recorded(entry, { type: 'check', kind }, t(locale, `check.${kind}.title`));
  });
  const edition = await getEdition(language);
  const protocol: Recorded = { page: { type: 'protocol' }, title: t(locale, 'protocol.shortTitle'), file: `content/protocol/${language}/index.md`, history: edition.history };
  return [protocol, ...guidance, ...explanations, ...checks];
}

const cache = new Map<Locale, Promise<Recorded[]>>();
const pagesOf = (locale: Locale) => {
  if (!cache.has(locale)) cache.set(locale, recordedPages(locale));
  return cache.get(locale)!;
};

/** Where a change is recorded: a commentary page's #history; the Protocol's text keeps its history on the Protocol's page. */
export const changeUrl = (locale: Locale, change: SiteChange): string =>
  urls.page(locale, change.page, change.page.type === 'protocol' ? undefined : 'history');

/** The edition's changes, newest first. */
export async function siteChanges(locale: Locale): Promise<SiteChange[]> {
  return changesOf(await pagesOf(locale));
}

/** How many of the edition's commentary pages a lawyer has reviewed, of how many. */
export async function reviewCounts(locale: Locale): Promise<{ reviewed: number; total: number }> {
  const commentary = (await pagesOf(locale)).filter((page) => page.status);
  return { reviewed: commentary.filter((page) => page.status === 'reviewed').length, total: commentary.length };
}
