/**
 * The Protocol's text on its pages, verbatim: every line of the English and Slovenian text in seed 003 is on its
 * article page (the title and preamble on the Protocol page), as a reader reads it: the page's text as a browser
 * lays it out (hast-util-to-text follows innerText), without the copy and handout tools, with only white space and
 * quote glyphs free to differ. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { normalise, seedLines } from '../e2e/seed.ts';
import { readHtml } from '../built-files.ts';

/** The tree without what a reader does not read as text: the tools, and what is hidden. */
function withoutTools<T extends Root | Element>(node: T): T {
  const kept = node.children.filter((c) => !(c.type === 'element' && ([c.properties['className']].flat().includes('permalink-tools') || c.properties['hidden'] !== undefined || c.tagName === 'template')));
  return { ...node, children: kept.map((c) => (c.type === 'element' ? withoutTools(c) : c)) };
}

for (const language of ['en', 'sl'] as const) {
  test(`every line of the ${language} Protocol in seed 003 is on its page, verbatim`, () => {
    let checked = 0;
    for (const [article, lines] of seedLines(language)) {
      const path = article === 0 ? `dist/${language}/protocol/index.html` : `dist/${language}/protocol/art-${article}/index.html`;
      const main = select('main', withoutTools(readHtml(path)))!;
      const text = normalise(toText(main));
      for (const line of lines) {
        assert.ok(text.includes(normalise(line)), `${path}: missing the line "${line}"`);
        checked++;
      }
    }
    assert.ok(checked > 100, `only ${checked} lines`);
  });
}
