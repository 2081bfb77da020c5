/**
 * The publisher's apparatus in both builds: one address or none (no guessed origin in any file; absolute URLs where
 * SITE_URL is set), the licence in the files and on every page, the about page, a review record on every commentary
 * page, and the changes feeds, parsed, with ids that are the same in both builds. Run after both builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { childNamed, descendants, parseXml, type XmlNode } from '../xml-tree.ts';
import { filesUnder, readHtml } from '../built-files.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const builds = [
  { dir: 'dist', base: '/', origin: undefined },
  { dir: 'dist-base-path/nexus', base: '/nexus/', origin: 'https://example.org' },
] as const;
const ATOM = 'http://www.w3.org/2005/Atom';

const textFile = /\.(html|xml|json|ris|bib|txt|js|css|conf)$|_headers$/;
const page = (file: string) => readHtml(file);
/** Every page that has the site's frame (the short links' redirect pages have none). */
const framedPages = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('class="site-footer"'));

test('a build without SITE_URL names no origin in any file; it has no sitemap, no canonical and no hreflang links (search engines need absolute URLs)', () => {
  const files = filesUnder('dist').filter((f) => textFile.test(f));
  assert.ok(files.length > 1000, `only ${files.length} files`);
  const named = files.filter((f) => /localhost:\d+|origin\.invalid/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(named, []);
  assert.equal(existsSync('dist/sitemap-index.xml'), false);
  const tree = page('dist/sl/protocol/art-3/index.html');
  assert.equal(select('link[rel="canonical"]', tree), undefined);
  assert.deepEqual(selectAll('link[rel="alternate"][hreflang]', tree), []);
  assert.equal(selectAll('header a[hreflang]', tree).length, 4, 'the header still links the four editions');
  assert.equal(select('link[rel="sitemap"]', tree), undefined);
  assert.equal(select('meta[name="citation_public_url"]', tree), undefined);
  const csl = JSON.parse(readFileSync('dist/en/notes/two-tracks/citation.csl.json', 'utf8'))[0];
  assert.equal(csl.URL, undefined);
  assert.doesNotMatch(readFileSync('dist/en/notes/two-tracks/citation.ris', 'utf8'), /^UR {2}- /m);
});

test('a build with SITE_URL makes canonical, hreflang, sitemap, citation and data URLs absolute on it', () => {
  const dir = 'dist-base-path/nexus';
  const tree = page(`${dir}/sl/protocol/art-3/index.html`);
  assert.equal(select('link[rel="canonical"]', tree)!.properties['href'], 'https://example.org/nexus/sl/protocol/art-3/');
  for (const link of selectAll('link[rel="alternate"][hreflang]', tree)) assert.match(String(link.properties['href']), /^https:\/\/example\.org\/nexus\/(en|sl|sr|sr-latn)\/protocol\/art-3\/$/);
  assert.deepEqual(selectAll('meta[name="citation_public_url"]', tree).map((m) => m.properties['content']), ['https://example.org/nexus/sl/protocol/art-3/']);
  const sitemap = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.ok(locs.length > 200);
  for (const loc of locs) assert.ok(loc.startsWith('https://example.org/nexus/'), loc);
  const csl = JSON.parse(readFileSync(`${dir}/en/notes/two-tracks/citation.csl.json`, 'utf8'))[0];
  assert.equal(csl.URL, 'https://example.org/nexus/en/notes/two-tracks/');
  assert.equal(csl.license, 'https://creativecommons.org/licenses/by/4.0/');
  assert.match(readFileSync(`${dir}/sr/protocol/art-3/citation.ris`, 'utf8'), /^UR {2}- https:\/\/example\.org\/nexus\/sr\/protocol\/art-3\/\r$/m);
  assert.equal(JSON.parse(readFileSync(`${dir}/en/protocol.json`, 'utf8')).url, 'https://example.org/nexus/en/protocol/');
});

test('the licence: LICENSE files, package.json, every data file, and the footer of every page', () => {
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
  assert.match(readFileSync('LICENSE-CONTENT.md', 'utf8'), /Creative Commons Attribution 4\.0 International/);
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).license, 'MIT AND CC-BY-4.0');
  for (const locale of locales) {
    const data = JSON.parse(readFileSync(`dist/${locale}/protocol.json`, 'utf8'));
    assert.equal(data.license.url, 'https://creativecommons.org/licenses/by/4.0/');
    assert.ok(data.license.covers.length > 40, locale);
    const akn = parseXml(readFileSync(`dist/${locale}/protocol.akn.xml`, 'utf8'));
    const note = descendants(akn).find((n) => n.name === 'note' && n.attributes['eId'] === 'license');
    assert.ok(note, `${locale}: no licence note in the Akoma Ntoso file`);
  }
  const pages = framedPages('dist');
  assert.ok(pages.length > 600, `only ${pages.length} pages`);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<a href="\/(en|sl|sr|sr-latn)\/about\/#licence">/, `${file} has no licence link`);
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/(en|sl|sr|sr-latn)\/changes\.xml">/, `${file} does not link its feed`);
    assert.match(html, /<a href="\/(en|sl|sr|sr-latn)\/about\/#report" data-report="">/, `${file} has no report link`);
  }
});

test('configured, every page\'s "Report a problem" link goes to REPORT_TO with the page\'s address and title', () => {
  const dir = 'dist-base-path/nexus';
  // The not-found page has no address of its own: the browser puts the one asked for in its report (e2e).
  const pages = framedPages(dir).filter((f) => !f.endsWith('/404.html'));
  assert.ok(pages.length > 600, `only ${pages.length} pages`);
  for (const file of pages) {
    const tree = page(file);
    const report = select('footer a[data-report]', tree);
    assert.ok(report && toText(report).trim(), `${file} has no report link`);
    const target = new URL(String(report.properties['href']));
    assert.equal(target.origin + target.pathname, 'https://example.org/report', file);
    const address = `https://example.org/nexus${file.slice(dir.length).replace(/index\.html$/, '')}`;
    assert.equal(report.properties['dataReport'], address, file);
    assert.ok(target.searchParams.get('body')?.includes(address), `${file}: the report's body does not carry ${address}`);
    const documentTitle = toText(select('head title', tree)!);
    const title = documentTitle.includes(' · ') ? documentTitle.slice(0, documentTitle.lastIndexOf(' · ')) : documentTitle; // less the site's name
    assert.ok(target.searchParams.get('title')?.endsWith(title), `${file}: report title "${target.searchParams.get('title')}" does not name "${title}"`);
  }
});

test('the about page in each edition: who publishes it (or that the copy does not say), the licence, and how to report', () => {
  for (const { dir, origin } of builds) {
    for (const locale of locales) {
      const tree = page(`${dir}/${locale}/about/index.html`);
      for (const id of ['publisher', 'how-made', 'review', 'licence', 'cite', 'privacy', 'report']) assert.ok(select(`#${id}`, tree), `${dir} ${locale}: no #${id}`);
      const publisher = select('[data-publisher]', tree)!;
      if (origin) assert.match(toText(publisher), /Example Publisher/);
      else assert.equal(publisher.properties['dataPublisher'], 'unconfigured');
      assert.ok(select('a[href="https://creativecommons.org/licenses/by/4.0/"]', tree), `${locale}: no link to the licence`);
    }
  }
});

/** The commentary pages of an edition: guideline summaries, notes, explanations and the two checks. */
const commentaryPages = (dir: string, locale: string) => [
  ...['guidelines', 'notes'].flatMap((section) =>
    readdirSync(`${dir}/${locale}/${section}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${locale}/${section}/${d.name}/index.html`),
  ),
  `${dir}/${locale}/protocol/explained/index.html`,
  ...Array.from({ length: 20 }, (_, i) => `${dir}/${locale}/protocol/art-${i + 1}/explained/index.html`),
  `${dir}/${locale}/check/trafficking/index.html`,
  `${dir}/${locale}/check/refugee/index.html`,
];

test('every commentary page shows its review record, with machine-readable dates and a #history, and says so in its JSON-LD', () => {
  let checked = 0;
  for (const locale of locales) {
    for (const file of commentaryPages('dist', locale)) {
      const tree = page(file);
      const reviewed = select('time[data-reviewed]', tree);
      const next = select('time[data-next-review]', tree);
      assert.ok(reviewed && next, `${file}: no review record`);
      const [last, due] = [String(reviewed.properties['dateTime']), String(next.properties['dateTime'])];
      assert.match(last, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(due > last, `${file}: next review ${due} is not after ${last}`);
      const history = selectAll('section#history time[datetime]', tree);
      assert.ok(history.length >= 1, `${file}: no history`);
      const jsonLd = JSON.stringify(selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toText(s))));
      assert.match(jsonLd, new RegExp(`"lastReviewed":"${last}"`), `${file}: JSON-LD has no lastReviewed ${last}`);
      assert.match(jsonLd, /"reviewedBy":\{"@type":"Organization"/, file);
      checked++;
    }
  }
  assert.ok(checked >= 4 * 35, `only ${checked} commentary pages`);
});

function feedEntries(file: string): { id: string; title: string; updated: string; link: string }[] {
  const feed = parseXml(readFileSync(file, 'utf8'));
  assert.equal(feed.name, 'feed');
  assert.equal(feed.uri, ATOM);
  for (const required of ['id', 'title', 'updated', 'author']) assert.ok(childNamed(feed, required), `${file}: no <${required}>`);
  return feed.children
    .filter((c: XmlNode) => c.name === 'entry')
    .map((entry: XmlNode) => ({
      id: childNamed(entry, 'id')!.text,
      title: childNamed(entry, 'title')!.text,
      updated: childNamed(entry, 'updated')!.text,
      link: childNamed(entry, 'link')!.attributes['href']!,
    }));
}

test('each edition\'s changes feed parses as Atom, links the pages it lists, and keeps its entry ids from one build to the next', () => {
  for (const locale of locales) {
    const [plain, based] = builds.map(({ dir }) => feedEntries(`${dir}/${locale}/changes.xml`));
    assert.ok(plain!.length >= 36, `${locale}: ${plain!.length} entries`);
    assert.deepEqual(based!.map((e) => e.id), plain!.map((e) => e.id), `${locale}: the ids differ between the builds`);
    assert.equal(new Set(plain!.map((e) => e.id)).size, plain!.length, `${locale}: an id is used twice`);
    for (const entry of plain!) {
      assert.match(entry.id, /^urn:uuid:[0-9a-f-]{36}$/);
      assert.match(entry.updated, /^\d{4}-\d{2}-\d{2}T/);
      assert.ok(entry.link.startsWith(`/${locale}/`), entry.link);
      const [path, fragment] = entry.link.split('#');
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      if (fragment) assert.ok(html.includes(`id="${fragment}"`), `${entry.link}: no #${fragment}`);
    }
    for (const entry of based!) assert.ok(entry.link.startsWith(`https://example.org/nexus/${locale}/`), entry.link);
    if (locale === 'sr-latn') assert.doesNotMatch(JSON.stringify(plain), /[\u0400-\u04FF]/);
  }
});

test('the changes page lists the same entries as its feed, newest first, each linking its page\'s #history', () => {
  for (const locale of locales) {
    const tree = page(`dist/${locale}/changes/index.html`);
    const items = selectAll('.changes-list li', tree);
    assert.equal(items.length, feedEntries(`dist/${locale}/changes.xml`).length, locale);
    const days = selectAll('.changes-page h2 time', tree).map((t) => String(t.properties['dateTime']));
    assert.deepEqual(days, [...days].sort().reverse(), `${locale}: not newest first`);
    assert.ok(items.filter((li) => String(select('a', li)!.properties['href']).endsWith('#history')).length >= 35, locale);
  }
});
