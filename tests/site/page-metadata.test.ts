/**
 * What article, guideline and note pages tell machines, checked on every such page of the build: their JSON-LD
 * expanded by a JSON-LD processor (`jsonld`), their `citation_*` meta tags, and their RIS, BibTeX and CSL-JSON files
 * read back with citation-js. Run after `npm run build` and `npm run build:base-path`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { select, selectAll } from 'hast-util-select';
import { expandJsonLd, SCHEMA, values } from '../jsonld.ts';
import { readHtml } from '../built-files.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const tags = { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } as const;

const articlePages = locales.flatMap((locale) => Array.from({ length: 20 }, (_, i) => `/${locale}/protocol/art-${i + 1}/`));
const guidancePages = locales.flatMap((locale) =>
  ['guidelines', 'notes'].flatMap((section) =>
    readdirSync(`dist/${locale}/${section}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/${locale}/${section}/${d.name}/`),
  ),
);

function readPage(path: string) {
  const tree = readHtml(`dist${path}index.html`);
  const meta = (name: string) => selectAll(`head meta[name="${name}"]`, tree).map((m) => String(m.properties['content']));
  const jsonLd = selectAll('head script[type="application/ld+json"]', tree).map((s) => JSON.parse(s.children.map((c) => (c.type === 'text' ? c.value : '')).join('')) as object);
  const lang = String(select('html', tree)!.properties['lang']);
  const citeLinks = selectAll('.cite-files a', tree).map((a) => String(a.properties['href']));
  return { meta, jsonLd, lang, citeLinks };
}

test(`there are article, guideline and note pages to check (${articlePages.length} + ${guidancePages.length})`, () => {
  assert.equal(articlePages.length, 80);
  assert.ok(guidancePages.length >= 4 * 12, `only ${guidancePages.length} guideline and note pages`);
});

test('every article page has its lang and links the same article in the four editions; built with SITE_URL, four absolute hreflang alternates plus x-default', () => {
  const origin = 'https://example.org/nexus';
  for (const path of articlePages) {
    const [, locale, , article] = path.split('/') as [string, (typeof locales)[number], string, string];
    const tree = readHtml(`dist${path}index.html`);
    assert.equal(select('html', tree)!.properties['lang'], tags[locale], path);
    for (const other of locales) {
      assert.equal(selectAll(`a[href="/${other}/protocol/${article}/"][hreflang="${tags[other]}"]`, tree).length >= 1, true, `${path}: no link to ${other}`);
    }
    const configured = readHtml(`dist-base-path/nexus${path}index.html`);
    const alternates = selectAll('head link[rel="alternate"][hreflang]', configured).map((l) => [String(l.properties['hrefLang']), String(l.properties['href'])]);
    assert.deepEqual(alternates, [...locales.map((other) => [tags[other], `${origin}/${other}/protocol/${article}/`]), ['x-default', `${origin}/en/protocol/${article}/`]], path);
  }
});

test('every article page, in every locale, has one JSON-LD Legislation that the JSON-LD processor expands', async () => {
  for (const path of articlePages) {
    const locale = path.split('/')[1] as (typeof locales)[number];
    const article = Number(path.match(/art-(\d+)/)![1]);
    const { jsonLd, lang } = readPage(path);
    assert.equal(jsonLd.length, 1, path);
    const [node] = await expandJsonLd(jsonLd[0]!, `http://localhost${path}`);
    assert.ok((node!['@type'] as string[]).includes(`${SCHEMA}Legislation`), path);
    assert.deepEqual(values(node, 'inLanguage'), [lang], path);
    assert.equal(lang, tags[locale]);
    assert.deepEqual(values(node, 'legislationIdentifier'), [`/akn/un/act/2000-11-15/trafficking-protocol/~art_${article}`], path);
    assert.deepEqual(values(node, 'legislationLegalValue'), ['https://schema.org/UnofficialLegalValue'], path);
    assert.equal((values(node, 'name')[0] as string).includes('..'), false, path);
    if (locale === 'en' || locale === 'sl') {
      const [basedOn] = values(node, 'isBasedOn') as Record<string, unknown>[];
      assert.match(values(basedOn, 'name')[0] as string, /^Zakon o ratifikaciji Protokola .*\(MPTLMOK\)$/, path);
      assert.equal(values(node, 'translationOfWork').length, 0, path);
    } else {
      const [original] = values(node, 'translationOfWork') as Record<string, unknown>[];
      assert.deepEqual(values(original, 'url'), [`/en/protocol/art-${article}/`], path);
      assert.deepEqual(values(original, 'inLanguage'), ['en'], path);
      assert.equal(values(node, 'isBasedOn').length, 0, path);
    }
    if (locale === 'sr-latn') assert.doesNotMatch(JSON.stringify(jsonLd), /[\u0400-\u04FF]/, path);
  }
});

test('every guideline and note page describes itself in JSON-LD with the references it cites', async () => {
  for (const path of guidancePages) {
    const { jsonLd, lang } = readPage(path);
    assert.equal(jsonLd.length, 1, path);
    const [node] = await expandJsonLd(jsonLd[0]!, `http://localhost${path}`);
    assert.deepEqual(node!['@type'], [`${SCHEMA}Article`], path);
    assert.ok(values(node, 'citation').length > 0, `${path} cites nothing`);
    assert.ok(values(node, 'headline')[0], path);
    // A page still shown in English says so.
    assert.ok([lang, 'en'].includes(values(node, 'inLanguage')[0] as string), path);
  }
});

test('every article, guideline and note page links its RIS, BibTeX and CSL-JSON files, which citation-js reads back as the page\'s citation_* tags say', async () => {
  for (const path of [...articlePages, ...guidancePages]) {
    const { meta, citeLinks } = readPage(path);
    const [title] = meta('citation_title');
    assert.ok(title, `${path} has no citation_title in its head`);
    const [date] = meta('citation_date');
    const [language] = meta('citation_language');
    assert.deepEqual(meta('citation_public_url'), [], `${path}: built without SITE_URL, no URL a reference manager could not resolve`);
    assert.deepEqual(citeLinks, ['ris', 'bib', 'csl.json'].map((format) => `${path}citation.${format}`), path);
    for (const link of citeLinks) {
      assert.ok(existsSync(`dist${link}`), `${link} is missing`);
      const items = (await Cite.async(readFileSync(`dist${link}`, 'utf8'))).data;
      assert.equal(items.length, 1, link);
      assert.equal(items[0]!.title, title, link);
      assert.deepEqual(items[0]!.issued?.['date-parts'], [date!.split('/').map(Number)], link);
      assert.equal(items[0]!.language, language, link);
    }
  }
});
