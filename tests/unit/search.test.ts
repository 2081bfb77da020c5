import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryFor, resultUrlFor, searchEditionOf } from '../../src/lib/search.ts';

test('Serbian in either script is searched in the Latin edition', () => {
  assert.equal(searchEditionOf('sr'), 'sr-latn');
  assert.equal(searchEditionOf('sr-latn'), 'sr-latn');
  assert.equal(queryFor('sr', 'трговина људским бићима'), 'trgovina ljudskim bićima');
  assert.equal(queryFor('sr-latn', 'trgovina ljudskim bicima'), 'trgovina ljudskim bicima');
});

test('Slovenian queries are cut back to stems, for Pagefind to match as prefixes', () => {
  assert.equal(queryFor('sl', 'trgovino z otroki'), 'trgovin z otro');
  assert.equal(queryFor('sl', 'žrtvam'), 'žrt');
  assert.equal(queryFor('en', 'Trafficking'), 'Trafficking');
});

test('English queries take the spelling of our text', () => {
  assert.equal(queryFor('en', 'forced labor'), 'forced labour');
  assert.equal(queryFor('en', 'organised criminal group'), 'organized criminal group');
});

test('results from the Latin index open in the reader\'s own Serbian edition', () => {
  assert.equal(resultUrlFor('sr', '/sr-latn/protocol/art-3/#art_3__point_a'), '/sr/protocol/art-3/#art_3__point_a');
  assert.equal(resultUrlFor('sr', '/sr-latn/protocol/art-3/?highlight=trgovina#art_3'), `/sr/protocol/art-3/?highlight=${encodeURIComponent('трговина')}#art_3`);
  assert.equal(resultUrlFor('sr-latn', '/sr-latn/protocol/art-3/'), '/sr-latn/protocol/art-3/');
  assert.equal(resultUrlFor('en', '/en/protocol/art-3/'), '/en/protocol/art-3/');
});
