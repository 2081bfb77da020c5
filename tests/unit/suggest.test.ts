import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestTerms } from '../../src/lib/suggest.ts';

const en = [
  { id: 'non-refoulement', term: 'non-refoulement' },
  { id: 'refugee', term: 'refugee' },
  { id: 'trafficking-in-persons', term: 'trafficking in persons' },
  { id: 'exploitation', term: 'exploitation' },
];

test('a typo leads to the closest terms, the closest first', () => {
  assert.deepEqual(closestTerms('refoulment', en).map((s) => s.id), ['non-refoulement']);
  assert.deepEqual(closestTerms('refugeee', en).map((s) => s.id), ['refugee']);
  assert.deepEqual(closestTerms('trafficing in persons', en).map((s) => s.id), ['trafficking-in-persons']);
  assert.deepEqual(closestTerms('exploitaton', en).map((s) => s.id), ['exploitation']);
});

test('Slovenian and Serbian, in either script and without diacritics', () => {
  assert.deepEqual(closestTerms('trgovna', [{ id: 'trafficking-in-persons', term: 'trgovina z ljudmi' }]).map((s) => s.id), ['trafficking-in-persons']);
  const sr = [{ id: 'exploitation', term: 'експлоатација' }, { id: 'victim', term: 'жртва' }];
  assert.deepEqual(closestTerms('eksploatacja', sr).map((s) => s.id), ['exploitation']);
  assert.deepEqual(closestTerms('жрва', sr).map((s) => s.id), ['victim']);
});

test('nothing close, nothing suggested', () => {
  assert.deepEqual(closestTerms('banana', en), []);
  assert.deepEqual(closestTerms('re', en), []); // too short to guess
  assert.deepEqual(closestTerms('refugee', en), []); // a term itself needs no suggestion
});
