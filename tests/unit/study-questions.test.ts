import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toProvisionId } from '../../src/lib/provisions.ts';
import { articleKey, MAX_CHOSEN, parseQuestionId, parseQuestionSet, questionId, questionSetQuery } from '../../src/lib/study-questions.ts';

test('a question id is its provision read short and its place in the list, and reads back', () => {
  const cases: [string, number, string][] = [['art_3__point_a', 2, '3a-2'], ['art_14__para_1', 1, '14.1-1'], ['art_6__para_3__point_b', 1, '6.3b-1'], ['art_3', 3, '3-3'], ['preamble', 1, 'p-1']];
  for (const [provision, place, id] of cases) {
    assert.equal(questionId(toProvisionId(provision), place), id);
    assert.deepEqual(parseQuestionId(id), { provision, place });
  }
  for (const bad of ['3a', 'a-1', '3aa-1', '3.a-1', '', '<b>-1', '3a-1x']) assert.equal(parseQuestionId(bad), undefined, bad);
  assert.equal(articleKey('14.1-1'), '14');
  assert.equal(articleKey('p-2'), 'p');
});

const known = ['p-1', 'p-2', '3-1', '3a-1', '3a-2', '3c-1', '14.1-1'];

test('a set keeps the questions it names, in the page\'s order, and its title', () => {
  const set = parseQuestionSet('?q=14.1-1,3a-2&q=3A-1&t=  Workshop   one ', known);
  assert.deepEqual(set, { chosen: true, ids: ['3a-1', '3a-2', '14.1-1'], title: 'Workshop one', notFound: [] });
  assert.equal(questionSetQuery(set.ids, set.title), 'q=3a-1,3a-2,14.1-1&t=Workshop+one');
});

test('whole articles by number, or p for the preamble', () => {
  assert.deepEqual(parseQuestionSet('a=3', known).ids, ['3-1', '3a-1', '3a-2', '3c-1']);
  assert.deepEqual(parseQuestionSet('a=preamble&q=14.1-1', known).ids, ['p-1', 'p-2', '14.1-1']);
});

test('no q or a: nothing chosen, the page shows every question', () => {
  assert.deepEqual(parseQuestionSet('t=Only+a+title', known), { chosen: false, ids: [], title: 'Only a title', notFound: [] });
  assert.equal(parseQuestionSet('', known).chosen, false);
});

test('what is not a question is reported, cut short, with the nearest real id; hostile input stays text', () => {
  const set = parseQuestionSet(`q=3a-9,<script>alert(1)</script>,${'x'.repeat(500)}&a=99`, known);
  assert.deepEqual(set.ids, []);
  assert.deepEqual(set.notFound[0], { input: 'a=99' });
  assert.deepEqual(set.notFound[1], { input: '3a-9', suggestion: '3a-1' });
  assert.deepEqual(set.notFound[2], { input: '<script>alert(1)</script>' });
  assert.equal(set.notFound[3]!.input.length, 41);
});

test('a set of more than the limit chooses nothing and says how many were asked for', () => {
  const many = Array.from({ length: MAX_CHOSEN + 1 }, (_, i) => `${i + 1}-1`);
  const set = parseQuestionSet(`q=${many.join(',')}`, many);
  assert.equal(set.tooMany, MAX_CHOSEN + 1);
  assert.deepEqual(set.ids, []);
});

test('a title is cut at 120 characters', () => {
  assert.equal(parseQuestionSet(`q=3-1&t=${'a'.repeat(200)}`, known).title.length, 121);
});
