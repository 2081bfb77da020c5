/**
 * One interface (issue 29), as far as the built pages show it: one header, the same on every page of an edition; its
 * sections, and which one holds the page; no keyboard hint in the placeholder; the home page that starts with the
 * reader's question; the provision tools' names. What only a browser shows (heights, what is on the first screen, the
 * hint with and without a keyboard, the tools in use) is in tests/e2e/interface.spec.ts. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { locales, pageTypes } from '../e2e/pages.ts';
import { filesUnder, readHtml } from '../built-files.ts';

const fileOf = (path: string) => join('dist', path.replace(/\?.*$/, ''), path.endsWith('.html') ? '' : 'index.html');
const page = (path: string) => readHtml(fileOf(path));
const headerOf = (html: string) => html.match(/<header class="site-header">[\s\S]*?<\/header>/)?.[0];

test('every page of an edition has the same header, but for which section and language it marks and where the languages lead', () => {
  for (const locale of locales) {
    const pages = filesUnder(join('dist', locale)).filter((file) => file.endsWith('.html'));
    const headers = new Map<string, string[]>();
    for (const file of pages) {
      const header = headerOf(readFileSync(file, 'utf8'));
      if (!header) continue; // a short link's redirect page has no frame
      const same = header
        .replace(/ aria-current="[^"]*"/g, '')
        .replace(/(<nav class="languages"[\s\S]*?<\/nav>)/, (languages) => languages.replace(/ href="[^"]*"/g, ''));
      headers.set(same, [...(headers.get(same) ?? []), file]);
    }
    const framed = [...headers.values()].reduce((sum, files) => sum + files.length, 0);
    assert.ok(framed > 150, `${locale}: only ${framed} pages with a header`);
    assert.equal(headers.size, 1, `${locale}: ${headers.size} different headers, on ${[...headers.values()].map((files) => `${files.length} pages like ${files[0]}`).join('; ')}`);
  }
});

const sections = ['protocol/', 'protocol/explained/', 'glossary/', 'guidelines/', 'notes/', 'handout/', 'check/trafficking/'];
/** Which section each page type is in: its link is marked `page` on the section's own page, `true` below it. */
const marked: Record<keyof ReturnType<typeof pageTypes>, [number, 'page' | 'true'] | undefined> = {
  home: undefined, protocol: [0, 'page'], article: [0, 'true'], parallel: [0, 'true'], print: [0, 'true'],
  explained: [1, 'true'], 'explained index': [1, 'page'], 'study questions': [1, 'true'], 'study questions, a set': [1, 'true'],
  glossary: [2, 'page'], term: [2, 'true'],
  'term not defined in the Protocol': [2, 'true'], equivalents: [2, 'true'], guidelines: [3, 'page'], guideline: [3, 'true'],
  notes: [4, 'page'], note: [4, 'true'], handout: [5, 'page'], 'trafficking check': [6, 'page'], 'trafficking scenario': [6, 'true'], 'refugee check': [6, 'true'],
  sources: undefined, search: undefined, offline: undefined, about: undefined, changes: undefined,
};

test('the sections lead to the Protocol, explanations, glossary, guidelines, notes, handouts and the case check, and mark the one that holds the page', () => {
  for (const locale of locales) {
    for (const [type, path] of Object.entries(pageTypes(locale)) as [keyof typeof marked, string][]) {
      const links = selectAll('header nav.site-nav a', page(path));
      assert.deepEqual(links.map((a) => a.properties['href']), sections.map((s) => `/${locale}/${s}`), path);
      const current = links.flatMap((a, i) => (a.properties['ariaCurrent'] ? [[i, a.properties['ariaCurrent']]] : []));
      assert.deepEqual(current, marked[type] ? [marked[type]] : [], `${path}: the marked section`);
    }
  }
});

test('the header search names its "/" shortcut to assistive technology; the placeholder never says it, the hint is for the eye', () => {
  for (const locale of locales) {
    const header = select('header.site-header', page(`/${locale}/`))!;
    const input = select('#site-search', header)!;
    assert.equal(input.properties['ariaKeyShortcuts'], '/');
    assert.doesNotMatch(String(input.properties['placeholder']), /\//, `${locale}: the placeholder`);
    const hint = select('.search-key', header)!;
    assert.equal(hint.properties['ariaHidden'], 'true');
    assert.equal(toText(select('kbd', hint)!), '/');
  }
});

test('the home page starts with the search box, then the three ways in (a term, a provision, a case) and what is new', () => {
  for (const locale of locales) {
    const home = select('main', page(`/${locale}/`))!;
    const firstControl = select('a[href], input, button, select, textarea', home)!;
    assert.equal(firstControl.properties['id'], 'home-search', `${locale}: the first control`);
    const form = select('form.home-search', home)!;
    assert.equal(form.properties['action'], `/${locale}/search/`);
    assert.equal(form.properties['method'], 'get');
    assert.equal(select('#home-search', form)!.properties['name'], 'q');
    assert.ok(toText(select('label[for="home-search"]', form)!).trim(), `${locale}: the search box's label`);
    const ways = selectAll('.home-way', home).map((way) => selectAll('a', way).map((a) => a.properties['href']));
    assert.deepEqual(ways.map((links) => links[0]), [`/${locale}/glossary/`, `/${locale}/protocol/`, `/${locale}/check/trafficking/`]);
    assert.ok(ways[1]!.includes(`/${locale}/protocol/explained/`), `${locale}: understanding a provision`);
    assert.deepEqual(ways[2], [`/${locale}/check/trafficking/`, `/${locale}/check/refugee/`]);
    // What is new: the latest entries of the changes page, in its order, and a link to all of them.
    const latest = selectAll('.home-new li a', home).map((a) => a.properties['href']);
    const changes = selectAll('.changes-list a', page(`/${locale}/changes/`)).map((a) => a.properties['href']);
    assert.ok(latest.length > 0, `${locale}: nothing new`);
    assert.deepEqual(latest, changes.slice(0, latest.length));
    assert.equal(selectAll(`.home-new a[href="/${locale}/changes/"]`, home).length, 1);
  }
});

test('the provision tools are one named control per provision, whose menu names copy link, copy short link, copy citation, add to handout and report', () => {
  const keys = ['permalink.tools', 'permalink.copyLink', 'permalink.copyShortLink', 'permalink.copyCitation', 'handout.add', 'permalink.report', 'permalink.close'];
  const names = Object.fromEntries(['en', 'sl', 'sr'].map((locale) => {
    const strings = JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
    return [locale, keys.map((key) => strings[key]!)];
  }));
  for (const [locale, [tip, ...actions]] of Object.entries(names)) {
    const tree = page(`/${locale}/protocol/art-3/`);
    const template = select('template#permalink-tools', tree)!;
    const toggle = select('.tools-toggle', template.content)!;
    assert.equal(toggle.properties['dataTip'], tip);
    const menu = select('.tools-menu', template.content)!;
    assert.equal(menu.properties['popover'], '');
    assert.deepEqual(selectAll('li > button, li > a', menu).map((control) => toText(control).trim()), actions);
  }
});
