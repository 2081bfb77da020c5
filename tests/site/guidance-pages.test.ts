/**
 * Guideline and note pages in the build: each index lists every page, each page is in its edition's language (not an
 * English fallback) and links the Protocol, and every provision a note embeds reads exactly as on its article page.
 * Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Element, Nodes } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { readHtml } from '../built-files.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const tags = { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } as const;
const CYRILLIC = /[\u0400-\u04FF]/;

const slugs = (section: 'guidelines' | 'notes') =>
  readdirSync(`content/${section}/en`).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort();
const read = (path: string) => readHtml(`dist${path.replace(/#.*$/, '')}index.html`);
/** What a reader reads, as the DOM's textContent, with runs of white space made one space (markup layout, not text). */
const textContent = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textContent).join('') : '');
const words = (nodes: Nodes[]) => nodes.map(textContent).join('').replace(/\s+/g, ' ').trim();
const withoutTools = (node: Element): Element => ({
  ...node,
  children: node.children.filter((c) => !(c.type === 'element' && [c.properties['className']].flat().includes('permalink-tools'))).map((c) => (c.type === 'element' ? withoutTools(c) : c)),
});

for (const section of ['guidelines', 'notes'] as const) {
  test(`every ${section} index lists every page, and every page is in its edition's language and links a provision`, () => {
    assert.ok(slugs(section).length >= (section === 'notes' ? 8 : 3));
    for (const locale of locales) {
      const listed = selectAll('.card-list a', read(`/${locale}/${section}/`)).map((a) => String(a.properties['href'])).sort();
      assert.deepEqual(listed, slugs(section).map((slug) => `/${locale}/${section}/${slug}/`).sort(), `${locale} ${section} index`);
      for (const slug of slugs(section)) {
        const path = `/${locale}/${section}/${slug}/`;
        const tree = read(path);
        assert.equal(select('html', tree)!.properties['lang'], tags[locale], path);
        assert.notEqual(select('.guidance', tree)!.properties['lang'], 'en', `${path} is an English fallback`);
        assert.ok(selectAll('.prose a[href*="/protocol/"]', tree).length > 0, `${path} links no provision`);
      }
    }
  });
}

test('every provision a note embeds reads exactly as on its article page, in the note\'s edition and script', () => {
  let quoted = 0;
  for (const locale of locales) {
    for (const note of slugs('notes')) {
      const path = `/${locale}/notes/${note}/`;
      const figures = selectAll('.prose .embedded-provision', read(path));
      assert.ok(figures.length > 0, `${path} embeds no provision`);
      for (const figure of figures) {
        const id = String(figure.properties['dataProvision']);
        const embedded = words([select('blockquote', figure)!]);
        assert.ok(embedded.length > 40, `${path} ${id}`);
        assert.equal(CYRILLIC.test(embedded), locale === 'sr', `${path} ${id}: script`);
        const href = String(select('figcaption a', figure)!.properties['href']);
        assert.match(href, new RegExp(`^/${locale}/protocol/`), `${path} ${id}`);
        const target = select(`[id="${id}"]`, read(href));
        assert.ok(target, `${href} has no ${id}`);
        const parts = target.tagName === 'li' ? [target] : selectAll(':scope > p:not(.conclusions), :scope > ol', target);
        assert.equal(words(parts.map(withoutTools)), embedded, `${path} ${id}`);
        quoted++;
      }
    }
  }
  assert.ok(quoted >= locales.length * slugs('notes').length, `only ${quoted} quotations`);
});
