import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findProvision, flatten, parseArticle, parseProvisionId, pointLetter, TreatyStructureError, toProvisionId } from '../../src/lib/provisions.ts';

const ids = (body: string, n = 5) => flatten(parseArticle(n, body)).map((p) => p.id);

test('numbered paragraphs and their points get nested ids', () => {
  const body = '1. First.\n\n2. Second:\n\n(a) one;\n\n(b) two.\n\n3. Third.';
  assert.deepEqual(ids(body), ['art_5', 'art_5__para_1', 'art_5__para_2', 'art_5__para_2__point_a', 'art_5__para_2__point_b', 'art_5__para_3']);
});

test('points without paragraphs hang from the article; lead-in text stays with the article', () => {
  const article = parseArticle(3, 'For the purposes of this Protocol:\n(a) one;\n(b) two;');
  assert.deepEqual(article.text, ['For the purposes of this Protocol:']);
  assert.deepEqual(flatten(article).map((p) => p.id), ['art_3', 'art_3__point_a', 'art_3__point_b']);
});

test('Cyrillic point letters map to a, b, c, d by their place in the alphabet', () => {
  assert.deepEqual(['а', 'б', 'в', 'г', 'д', 'ђ'].map(pointLetter), ['a', 'b', 'c', 'd', 'e', 'f']);
  const article = parseArticle(3, 'У смислу овог протокола:\n(а) прво;\n(б) друго;\n(в) треће;\n(г) четврто.');
  assert.deepEqual(flatten(article).slice(1).map((p) => [p.id, p.label]), [
    ['art_3__point_a', '(а)'], ['art_3__point_b', '(б)'], ['art_3__point_c', '(в)'], ['art_3__point_d', '(г)'],
  ]);
});

test('an article of running text only has just the article id', () => {
  assert.deepEqual(ids('This Protocol shall apply, except as otherwise stated herein, to …', 4), ['art_4']);
});

test('records the line of each block, for error messages', () => {
  const article = parseArticle(1, '\n1. One.\n\n2. Two.');
  assert.deepEqual(article.children.map((p) => p.line), [2, 4]);
});

test('a repeated number is a duplicate id, reported with its line', () => {
  assert.throws(() => parseArticle(1, '1. One.\n1. Again.'), (e: unknown) => e instanceof TreatyStructureError && e.line === 2 && /Duplicate provision id art_1__para_1/.test(e.message));
});

test('unlabelled text after a paragraph is an error that says how to fix it', () => {
  assert.throws(() => parseArticle(1, '1. One.\nStray text.'), (e: unknown) => e instanceof TreatyStructureError && e.line === 2 && /Start the line with its number/.test(e.message));
});

test('provision ids are validated and read back', () => {
  assert.deepEqual(parseProvisionId(toProvisionId('art_5__para_2__point_a')), { article: 5, paragraph: 2, point: 'a' });
  assert.deepEqual(parseProvisionId(toProvisionId('art_3__point_d')), { article: 3, point: 'd' });
  assert.throws(() => toProvisionId('article-3'), /not a provision id/);
});

test('a provision is found by id inside its article, the article included', () => {
  const article = parseArticle(5, '1. First.\n\n2. Second:\n\n(a) one;\n\n(b) two.');
  assert.deepEqual(findProvision(article, toProvisionId('art_5__para_2__point_b'))?.text, ['two.']);
  assert.equal(findProvision(article, toProvisionId('art_5'))?.kind, 'article');
  assert.equal(findProvision(article, toProvisionId('art_5__para_3')), undefined);
});
