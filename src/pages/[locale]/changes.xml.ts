import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { changeUrl, siteChanges } from '../../data/changes.ts';
import { localePaths } from '../../data/paths.ts';
import { t } from '../../i18n/index.ts';
import { contentLicence } from '../../lib/licence.ts';
import { languageTag, type Locale } from '../../lib/locales.ts';
import { changeId } from '../../lib/review.ts';
import { inScript } from '../../lib/transliterate.ts';
import { publisher, siteUrl, urls } from '../../site.ts';

export const getStaticPaths = localePaths;

// The feed library takes absolute URLs only. Without SITE_URL, links are made on a reserved origin that can never be
// real (RFC 2606) and then written root-relative, which Atom resolves against the feed's own address.
const STAND_IN = 'http://origin.invalid';
const absolute = (path: string) => new URL(path, siteUrl ?? STAND_IN).href;

/**
 * The changes page as an Atom feed. Entry ids are name-based UUIDs (src/lib/review.ts), the same in every build; links
 * are absolute on SITE_URL, else root-relative (Atom resolves them against the feed's own address).
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const script = (text: string) => inScript(text, locale);
  const site = t(locale, 'site.name');
  const changes = await siteChanges(locale);
  const feed = new Feed({
    id: changeId(locale, { file: 'changes', date: new Date(0), ordinal: 0 }),
    title: script(t(locale, 'changes.feedTitle', { site })),
    description: script(t(locale, 'changes.description')),
    link: absolute(urls.page(locale, { type: 'changes' })),
    feedLinks: { atom: absolute(urls.changesFeed(locale)) },
    language: languageTag(locale),
    updated: changes[0]?.date ?? new Date(0),
    author: { name: script(publisher.name ?? t(locale, 'review.editorsOf', { site })) },
    copyright: contentLicence.name,
    generator: false,
  });
  for (const change of changes) {
    const link = absolute(changeUrl(locale, change));
    feed.addItem({ id: changeId(locale, change), title: script(`${change.title}: ${change.note}`), link, date: change.date, description: script(change.note) });
  }
  const xml = siteUrl ? feed.atom1() : feed.atom1().replaceAll(STAND_IN, '');
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
