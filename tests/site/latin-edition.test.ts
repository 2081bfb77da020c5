/**
 * The Serbian Latin edition is the Cyrillic one transliterated, page for page: the same files, the same elements in
 * the same order, and every text in the edition's own language the exact transliteration of the Cyrillic text. What
 * may differ is what names the other script: an element whose `lang` is the other edition's (a language switch, an
 * equivalent term in the other script), the script picker of the parallel view, addresses (`/sr/` → `/sr-latn/`),
 * and the two lists sorted in each script's own alphabetical order. This is why the browser tests need not run every
 * check on the Latin edition too. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import type { Nodes } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { filesUnder, readHtml } from '../built-files.ts';

const pagesOf = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html')).map((f) => relative(dir, f)).sort();
const read = (file: string) => readHtml(file);

/** Sorted in each script's own alphabetical order, so compared as sets of entries. */
const sortedByScript = ['glossary/index.html', 'sources/index.html'];

/** What names the edition itself in the Cyrillic page names the Latin edition in the Latin page. */
const ownEdition = (text: string) => text.replaceAll('/sr/', '/sr-latn/').replaceAll('Srpski (ćirilica)', 'Srpski (latinica)');

/** Where the Latin tree first differs from the transliterated Cyrillic one, or undefined. */
function firstDifference(cyrillic: Nodes, latin: Nodes, lang: string, path: string): string | undefined {
  if (cyrillic.type !== latin.type) return `${path}: ${cyrillic.type} where the Latin page has ${latin.type}`;
  if (cyrillic.type === 'text' && latin.type === 'text') {
    const expected = lang === 'sr-Latn' ? ownEdition(cyrillicToLatin(cyrillic.value)) : cyrillic.value.replaceAll('/sr/', '/sr-latn/');
    return expected === latin.value ? undefined : `${path}: expected ${JSON.stringify(expected.slice(0, 120))}, found ${JSON.stringify(latin.value.slice(0, 120))}`;
  }
  if (cyrillic.type === 'element' && latin.type === 'element') {
    if (cyrillic.tagName !== latin.tagName) return `${path}: <${cyrillic.tagName}> where the Latin page has <${latin.tagName}>`;
    const [cyrillicLang, latinLang] = [cyrillic.properties['lang'], latin.properties['lang']];
    const namesOtherScript = cyrillicLang !== latinLang && !(cyrillicLang === 'sr-Cyrl' && latinLang === 'sr-Latn');
    if (namesOtherScript || ['script', 'style'].includes(cyrillic.tagName)) return undefined;
    return children(cyrillic.children, latin.children, typeof latinLang === 'string' ? latinLang : lang, `${path} > ${cyrillic.tagName}`);
  }
  if ('children' in cyrillic && 'children' in latin) return children(cyrillic.children as Nodes[], latin.children as Nodes[], lang, path);
  return undefined;
}

function children(cyrillic: Nodes[], latin: Nodes[], lang: string, path: string): string | undefined {
  if (cyrillic.length !== latin.length) return `${path}: ${cyrillic.length} children where the Latin page has ${latin.length}`;
  for (let i = 0; i < cyrillic.length; i++) {
    const difference = firstDifference(cyrillic[i]!, latin[i]!, lang, path);
    if (difference) return difference;
  }
  return undefined;
}

test('the Latin edition has the same pages as the Cyrillic one', () => {
  const cyrillic = pagesOf('dist/sr');
  assert.ok(cyrillic.length > 200, `only ${cyrillic.length} Serbian pages`);
  assert.deepEqual(pagesOf('dist/sr-latn'), cyrillic);
});

test('every Latin page is its Cyrillic page transliterated, element for element', () => {
  const differences = pagesOf('dist/sr')
    .filter((page) => !sortedByScript.includes(page))
    .map((page) => firstDifference(read(join('dist/sr', page)), read(join('dist/sr-latn', page)), '', page))
    .filter(Boolean);
  assert.deepEqual(differences, []);
});

test('the lists sorted by script hold the same entries, transliterated', () => {
  for (const page of sortedByScript) {
    const entries = (dir: string, transliterate: (s: string) => string) =>
      selectAll('main li', read(join(dir, page))).map((li) => transliterate(toText(li)).replace(/\s+/g, ' ').trim()).sort();
    const cyrillic = entries('dist/sr', cyrillicToLatin);
    assert.ok(cyrillic.length > 20, page);
    assert.deepEqual(entries('dist/sr-latn', (s) => s), cyrillic, page);
  }
});
