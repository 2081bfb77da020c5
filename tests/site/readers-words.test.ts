/**
 * Pages speak to readers: no built file a reader opens speaks of "seeds" or of an "unknown author", the Sources page
 * describes each document in the page's own language, and search results and protocol.json name the Protocol as a
 * reader writes it, not with the gazette's letter-spacing. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { filesUnder, readHtml } from '../built-files.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const tags = { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } as const;

/** The editors' words for what the site was made from, and for a document whose author is not known, in every language. */
const EDITORS_WORDS = [
  /\bseeds?\b/i,
  /\bunknown author/i,
  /\bneznan(ega|i)? avtor/i,
  /непознат(ог|и)? аутор/i,
  /\bnepoznat(og|i)? autor/i,
];

test('no page, data or citation file speaks of seeds or of an unknown author', () => {
  const readable = /\.(html|json|xml|ris|bib|txt)$/;
  const found: string[] = [];
  let files = 0;
  for (const file of filesUnder('dist')) {
    if (!readable.test(file) || file.startsWith(join('dist', 'pagefind'))) continue;
    files++;
    const text = readFileSync(file, 'utf8');
    for (const words of EDITORS_WORDS) {
      const match = words.exec(text);
      if (match) found.push(`${file}: "${text.slice(Math.max(0, match.index - 60), match.index + 40).replace(/\s+/g, ' ')}"`);
    }
  }
  assert.ok(files > 1000, `only ${files} files read`);
  assert.deepEqual(found, []);
});

/** Words that are English and nothing else in the site's other languages ("in", "to", "a", "on" are Slovenian too). */
const ENGLISH = /\b(the|of|and|which|is|was|were|with|its|not|known|this|that|by|from|are|has|have|been|for|published|article)\b/i;
/** What a description may quote in another language: words in quotation marks, and words marked "(енгл. …)", "слов. …". */
const QUOTED = /»[^«]*«|„[^“”]*[“”]|“[^”]*”|"[^"]*"|\((енгл|engl)\. [^)]*\)|(слов|slov)\. \S+/g;
const englishIn = (text: string) => ENGLISH.exec(text.replace(QUOTED, ' '))?.[0];

function sourcesPage(locale: (typeof locales)[number]) {
  const tree = readHtml(`dist/${locale}/sources/index.html`);
  return selectAll('.source-list > li', tree).map((item) => {
    const about = selectAll('[data-source-about]', item);
    return { id: String(item.properties['id']), about, text: about.map((a) => toText(a)).join(' ') };
  });
}

for (const locale of locales) {
  test(`the ${locale} Sources page describes every document once, in the page's language`, () => {
    const items = sourcesPage(locale);
    assert.ok(items.length >= 30, `only ${items.length} sources`);
    for (const { id, about, text } of items) {
      assert.equal(about.length, 1, `${id}: one description`);
      assert.equal(about[0]!.properties['lang'], tags[locale], `${id}: lang`);
      assert.ok(text.trim().length > 0, `${id}: an empty description`);
      if (locale === 'en') continue;
      assert.equal(englishIn(text), undefined, `${id}: English in the ${locale} description: ${text}`);
      if (locale === 'sr') assert.match(text, /[\u0400-\u04FF]/, `${id}: not in Cyrillic`);
      if (locale === 'sr-latn') assert.doesNotMatch(text, /[\u0400-\u04FF]/, `${id}: Cyrillic left in the Latin edition`);
    }
  });
}

test('the check for English words finds them: the English Sources page is caught by it, every description', () => {
  for (const { id, text } of sourcesPage('en')) assert.notEqual(englishIn(text), undefined, `${id}: ${text}`);
  assert.equal(englishIn('Raziskava »Women at the Crossroads« in „The Law“ (engl. of the people).'), undefined);
});

test('a document without a title is given by what it is, in square brackets, in the page\'s language', () => {
  const described = { en: '[Text in Serbian on UNHCR Guidelines No. 7', sl: '[Besedilo v srbščini o Smernicah UNHCR št. 7', sr: '[Текст о Смерницама УНХЦР-а бр. 7', 'sr-latn': '[Tekst o Smernicama UNHCR-a br. 7' };
  for (const locale of locales) {
    const tree = readHtml(`dist/${locale}/sources/index.html`);
    const item = select('#sr-gip7-commentary', tree);
    assert.ok(item, `${locale}: the passage on GIP No. 7 is listed`);
    assert.ok(toText(item).trim().startsWith(described[locale]), `${locale}: ${toText(item).slice(0, 80)}`);
  }
});

// ——— the Protocol's name in search results ———

interface Fragment {
  url: string;
  meta: Record<string, string>;
}

/** Every page Pagefind indexed, read back from its compressed fragments. */
function indexedPages(): Fragment[] {
  const pages: Fragment[] = [];
  for (const edition of readdirSync('dist/pagefind', { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join('dist/pagefind', edition.name, 'fragment');
    for (const file of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      pages.push(JSON.parse(text.slice(text.indexOf('{'))) as Fragment);
    }
  }
  return pages;
}

test('search results name the Protocol as a reader writes it: no title is letter-spaced, and the Protocol page is "Protocol …"', () => {
  const pages = indexedPages();
  assert.ok(pages.length > 300, `only ${pages.length} pages indexed`);
  const spaced = pages.filter((p) => /(?:^|\s)(?:\p{Lu} ){3,}\p{Lu}(?:\s|$)/u.test(p.meta['title'] ?? '')).map((p) => `${p.url}: ${p.meta['title']}`);
  assert.deepEqual(spaced, []);
  const expected = { en: /^Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing /, sl: /^Protokol za preprečevanje, zatiranje in kaznovanje trgovine z ljudmi, zlasti ženskami in otroki, ki dopolnjuje /, 'sr-latn': /^Protokol za prevenciju, suzbijanje i kažnjavanje trgovine ljudskim bićima, naročito ženama i decom, koji dopunjuje / };
  for (const [locale, title] of Object.entries(expected)) {
    const page = pages.find((p) => p.url === `/${locale}/protocol/`);
    assert.ok(page, `/${locale}/protocol/ is indexed`);
    assert.match(page.meta['title'] ?? '', title, locale);
  }
  const article = pages.find((p) => p.url === '/en/protocol/art-3/');
  assert.equal(article?.meta['title'], 'Article 3. Use of terms');
});
