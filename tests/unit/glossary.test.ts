import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, Root } from 'hast';
import { createTermMatcher, describeEverydayPhrasesReadAsOneWord, everydayPhrasesReadAsOneWord, everydayWordConflicts, expandBraces, formConflicts, formsOf } from '../../src/lib/glossary.ts';
import { linkTerms, textOf } from '../../src/lib/glossary-links.ts';

test('brace patterns expand, several groups multiply out', () => {
  assert.deepEqual(expandBraces('трговин{а,е,и,у,ом} људима'), ['трговина људима', 'трговине људима', 'трговини људима', 'трговину људима', 'трговином људима']);
  assert.deepEqual(expandBraces('žrtv{a,e} trgovin{e,i}'), ['žrtva trgovine', 'žrtva trgovini', 'žrtve trgovine', 'žrtve trgovini']);
  assert.deepEqual(expandBraces('no braces'), ['no braces']);
});

test('a term\'s forms include the preferred term, other terms and expanded forms, lower-cased, once each', () => {
  assert.deepEqual(
    formsOf({ term: 'Trafficking in persons', otherTerms: [{ term: 'trafficking in human beings', usage: 'CETS 197' }], forms: ['human trafficking', 'trafficking in persons'], definition: '…' }),
    ['trafficking in persons', 'trafficking in human beings', 'human trafficking'],
  );
});

test('a form claimed by two concepts is reported with both', () => {
  assert.deepEqual(formConflicts([{ concept: 'victim', forms: ['žrtev', 'žrtve'] }, { concept: 'victim-of-trafficking', forms: ['žrtve'] }]), [
    { form: 'žrtve', concepts: ['victim', 'victim-of-trafficking'] },
  ]);
});

const find = createTermMatcher([
  { concept: 'trafficking-in-persons', forms: formsOf({ term: 'trgovina z ljudmi', forms: ['trgovin{e,i,o} z ljudmi'], definition: '' }) },
  { concept: 'exploitation', forms: formsOf({ term: 'izkoriščanje', forms: ['izkoriščanj{a,u,em}'], definition: '' }) },
  { concept: 'victim', forms: ['victim', 'victims'] },
  { concept: 'victim-of-trafficking', forms: ['victim of trafficking', 'victims of trafficking in persons', 'victims of trafficking'] },
  { concept: 'trafficking-sr', forms: formsOf({ term: 'трговина људским бићима', otherTerms: [{ term: 'трговина људима', usage: '' }], forms: ['трговин{е,и,у,ом} људ{има,ским бићима}'], definition: '' }) },
  { concept: 'child', forms: ['child'] },
]);
const matched = (text: string) => find(text).map((m) => [m.concept, text.slice(m.start, m.end)]);

test('finds inflected Slovenian forms', () => {
  assert.deepEqual(matched('zaščita žrtev trgovine z ljudmi zaradi izkoriščanja'), [['trafficking-in-persons', 'trgovine z ljudmi'], ['exploitation', 'izkoriščanja']]);
});

test('finds inflected Serbian Cyrillic forms, either wording', () => {
  assert.deepEqual(matched('спречавање трговине људским бићима и трговином људима'), [
    ['trafficking-sr', 'трговине људским бићима'],
    ['trafficking-sr', 'трговином људима'],
  ]);
});

test('the longest match wins over a shorter overlapping term', () => {
  assert.deepEqual(matched('protect victims of trafficking in persons and other victims'), [
    ['victim-of-trafficking', 'victims of trafficking in persons'],
    ['victim', 'victims'],
  ]);
});

test('respects word boundaries in Latin and Cyrillic, and ignores case', () => {
  assert.deepEqual(matched('children and a Child; childish'), [['child', 'Child']]);
  assert.deepEqual(matched('ТРГОВИНА ЉУДИМА, трговинаљудима'), [['trafficking-sr', 'ТРГОВИНА ЉУДИМА']]);
  assert.deepEqual(matched('preizkoriščanje'), []);
  assert.deepEqual(matched('“Child” shall mean'), [['child', 'Child']]);
});

const paragraph = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

test('links the first occurrence per section, never inside headings or links, and keeps every word', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'The child' }] },
      paragraph('A child is a child.'),
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { href: '#' }, children: [{ type: 'text', value: 'child' }] }] },
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Next' }] },
      paragraph('Every child.'),
    ],
  };
  const before = textOf(tree);
  const linked = linkTerms(tree, { findTerms: find, href: (c) => `../../glossary/${c}/` });
  assert.equal(textOf(tree), before);
  assert.deepEqual([...linked], ['child']);
  const links: string[] = [];
  const collect = (n: Root | Element) => n.children.forEach((c) => c.type === 'element' && (c.properties['dataTerm'] ? links.push(textOf(c)) : collect(c)));
  collect(tree);
  assert.deepEqual(links, ['child', 'child']); // once in each section, not in the heading or the existing link
});

test('never links a concept on its own page', () => {
  const tree: Root = { type: 'root', children: [paragraph('A child and a victim.')] };
  assert.deepEqual([...linkTerms(tree, { findTerms: find, href: (c) => c, ownConcept: 'child' })], ['victim']);
});

test('an everyday word may belong to several concepts, but not be another concept\'s name or form', () => {
  const concepts = [
    { concept: 'repatriation', forms: ['repatriation'], searchedAs: ['send back', 'deported'] },
    { concept: 'non-refoulement', forms: ['non-refoulement'], searchedAs: ['send back', 'deported'] },
    { concept: 'denunciation', forms: ['denunciation'], searchedAs: ['withdraw', 'ratification'] },
    { concept: 'ratification', forms: ['ratification'], searchedAs: [] },
  ];
  assert.deepEqual(everydayWordConflicts(concepts), [{ word: 'ratification', concept: 'denunciation', namedBy: 'ratification' }]);
});

test('an everyday phrase that search reads as one word is named, unless that word is listed on its own', () => {
  const stop = (word: string) => ['no', 'were', 'in', 'on', 'it', 'she', 'must'].includes(word);
  const concepts = [
    { concept: 'abuse-of-power', searchedAs: ['police were in on it', 'bribed police'] },
    { concept: 'statelessness', searchedAs: ['no nationality', 'no citizenship', 'citizenship'] },
    { concept: 'recovery', searchedAs: ['must she'] },
  ];
  assert.deepEqual(everydayPhrasesReadAsOneWord(concepts, stop), [
    { phrase: 'police were in on it', concept: 'abuse-of-power', readAs: 'police' },
    { phrase: 'no nationality', concept: 'statelessness', readAs: 'nationality' },
    { phrase: 'must she', concept: 'recovery', readAs: '' },
  ]);
  assert.match(describeEverydayPhrasesReadAsOneWord('en', everydayPhrasesReadAsOneWord(concepts, stop).map((p) => ({ ...p, line: 12 }))), /content\/glossary\/abuse-of-power\.yaml:12: "police were in on it" in searchedAs is read as "police" alone/);
});
