/**
 * No noise around search results, checked on the built files (issue 30): a result never lands on a list of sources,
 * references or a page's review record; no excerpt starts in a label ("Questions this answers", "In brief"), because
 * no label is indexed; and every question the search page can answer with a card carries the sentence of the
 * explanation that answers it, or the page's own first sentence. The browser tests check the same on the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { expandQuestions, type StoredQuestion } from '../../src/lib/query.ts';
import { htmlFilesUnder, readHtml } from '../built-files.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

/** Every indexed page of an edition, parsed. */
const indexedPages = (locale: string) =>
  htmlFilesUnder(join('dist', locale)).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    return html.includes('data-pagefind-body') ? [{ file, tree: fromHtml(html) }] : [];
  });

/** The elements Pagefind indexes: inside a `data-pagefind-body`, outside every `data-pagefind-ignore`. */
function indexedElements(tree: Root): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | Element, inBody: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element' || ['script', 'style', 'template'].includes(child.tagName)) continue;
      if ('dataPagefindIgnore' in child.properties) continue;
      const body = inBody || 'dataPagefindBody' in child.properties;
      if (body) found.push(child);
      visit(child, body);
    }
  };
  visit(tree, false);
  return found;
}

const pagesOf = new Map(locales.map((locale) => [locale, indexedPages(locale)]));

test('no list of sources, reference or review record is indexed: no result lands on one', () => {
  const landings: string[] = [];
  for (const [, pages] of pagesOf) {
    for (const { file, tree } of pages) {
      for (const element of indexedElements(tree)) {
        const id = String(element.properties['id'] ?? '');
        if (/^(sources|references|ref-\d+|history|review-record)$/.test(id)) landings.push(`${file}: #${id}`);
      }
    }
  }
  assert.ok([...pagesOf.values()].every((pages) => pages.length > 50), 'every edition has its indexed pages');
  assert.deepEqual(landings.slice(0, 10), [], `${landings.length} in all`);
});

test('no label is indexed, so no excerpt starts in one', () => {
  const keys = ['guidance.brief', 'explained.questions', 'check.kicker', 'standing.label', 'standing.more', 'guidelines.title', 'notes.title', 'guidance.sources', 'review.title', 'guidance.relevantProvisions'];
  const found: string[] = [];
  for (const locale of locales) {
    const strings = JSON.parse(readFileSync(`src/i18n/${locale === 'sr-latn' ? 'sr' : locale}.json`, 'utf8')) as Record<string, string>;
    const labels = new Set(keys.map((key) => (locale === 'sr-latn' ? cyrillicToLatin(strings[key]!) : strings[key]!)));
    assert.equal(labels.size, keys.length, `${locale}: every label is in src/i18n`);
    for (const { file, tree } of pagesOf.get(locale)!) {
      for (const element of indexedElements(tree)) {
        const text = toText(element).replace(/\s+/g, ' ').trim();
        if (labels.has(text)) found.push(`${file}: <${element.tagName}> “${text}”`);
      }
    }
  }
  assert.deepEqual(found.slice(0, 10), [], `${found.length} in all`);
});

test('every question the search page answers with a card carries its answer: a sentence of the explanation, or the page\'s own first', () => {
  for (const locale of locales) {
    const questions = expandQuestions(JSON.parse(readFileSync(`dist/${locale}/search/questions.json`, 'utf8')) as StoredQuestion[]);
    assert.ok(questions.filter((q) => q.kind === 'explanation' && !q.phrasing).length > 150, `${locale}: the explanations' questions`);
    const textOf = new Map<string, string>();
    const pageText = (url: string) => {
      const path = join('dist', url.replace(/[?#].*$/, ''), 'index.html');
      if (!textOf.has(path)) textOf.set(path, toText(readHtml(path)).replace(/\s+/g, ' '));
      return textOf.get(path)!;
    };
    const wrong = questions.filter((q) => {
      const answer = q.answer ?? '';
      // A whole sentence (it ends as one), and found word for word on the page that answers it.
      return answer.length < 20 || !/[.!?)»“"]$/.test(answer) || !pageText(q.url).includes(answer.replace(/\s+/g, ' ').slice(0, 60));
    });
    assert.deepEqual(wrong.slice(0, 5).map((q) => `${q.url}: “${q.question}” → “${q.answer}”`), [], `${locale}: ${wrong.length} in all`);
  }
});

test('every everyday phrasing of an explanation is in the index of its page, as an attribute of an empty element, never shown', () => {
  for (const locale of locales) {
    const questions = expandQuestions(JSON.parse(readFileSync(`dist/${locale}/search/questions.json`, 'utf8')) as StoredQuestion[]);
    const phrasings = questions.filter((q) => q.phrasing && q.kind === 'explanation');
    assert.ok(phrasings.length > 300, `${locale}: ${phrasings.length} phrasings`);
    const indexedOn = new Map<string, { attributes: string; text: string }>();
    const page = (url: string) => {
      const path = join('dist', url.replace(/[?#].*$/, ''), 'index.html');
      if (!indexedOn.has(path)) {
        const tree = readHtml(path);
        const spans = indexedElements(tree).filter((element) => element.properties['dataSearchedAs'] !== undefined);
        assert.ok(spans.every((span) => span.children.length === 0 && String(span.properties['dataPagefindIndexAttrs']) === 'data-searched-as'), `${path}: a phrasing element has content, or is not indexed by its attribute`);
        indexedOn.set(path, { attributes: spans.map((span) => String(span.properties['dataSearchedAs'])).join('; '), text: toText(tree) });
      }
      return indexedOn.get(path)!;
    };
    // As written, but for typographic apostrophes and quotation marks, which Markdown makes of straight ones.
    const typographic = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”„]/g, '"');
    const missing = phrasings.filter((q) => !typographic(page(q.url).attributes).split('; ').includes(typographic(q.question)));
    assert.deepEqual(missing.slice(0, 5).map((q) => `${q.url}: ${q.question}`), [], `${locale}: ${missing.length} phrasings not indexed on their page`);
    const shown = phrasings.filter((q) => page(q.url).text.includes(q.question));
    assert.ok(shown.length < phrasings.length / 20, `${locale}: ${shown.length} phrasings read as text on their page (they may only happen to match its words)`);
  }
});
