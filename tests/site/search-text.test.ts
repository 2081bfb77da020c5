/**
 * Search indexes the text of a page as Pagefind reads it: the text of adjacent elements joined as it stands in the
 * HTML. Two blocks with no space between them ("…z ljudmi</dd><dt>slovenski…") would be indexed as one glued word,
 * which no query finds and which reads badly in an excerpt. Checked on every indexed page of the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { htmlFilesUnder } from '../built-files.ts';

const phrasing = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'img', 'label', 'button']);

const textOf = (node: ElementContent): string => node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
const ignored = (node: ElementContent) => node.type === 'element' && ('dataPagefindIgnore' in node.properties || ['script', 'style', 'template'].includes(node.tagName));

function gluedIn(node: Root | Element, found: string[]): void {
  const children = node.children.filter((c): c is ElementContent => c.type !== 'doctype' && c.type !== 'comment' && !ignored(c as ElementContent));
  for (let i = 1; i < children.length; i++) {
    const [before, after] = [children[i - 1]!, children[i]!];
    if (before.type !== 'element' || after.type !== 'element') continue;
    if (phrasing.has(before.tagName) && phrasing.has(after.tagName)) continue;
    const [end, start] = [textOf(before), textOf(after)];
    if (/\p{L}$/u.test(end) && /^\p{L}/u.test(start)) found.push(`${end.slice(-20)}|${start.slice(0, 20)} (<${before.tagName}><${after.tagName}>)`);
  }
  for (const child of children) if (child.type === 'element') gluedIn(child, found);
}

test('no two blocks of indexed text touch without a space', () => {
  const glued: string[] = [];
  for (const file of htmlFilesUnder('dist')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const found: string[] = [];
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if ('dataPagefindBody' in child.properties) gluedIn(child, found);
        else visit(child);
      }
    };
    visit(fromHtml(html));
    glued.push(...found.map((f) => `${file}: ${f}`));
  }
  assert.deepEqual(glued.slice(0, 15), [], `${glued.length} places in all`);
});
