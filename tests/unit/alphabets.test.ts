import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alphabets, compareTerms, initialLetter } from '../../src/lib/alphabets.ts';

test('Serbian Latin lists Dž, Lj and Nj as letters of their own', () => {
  assert.equal(initialLetter('ljudska prava', 'sr-latn'), 'Lj');
  assert.equal(initialLetter('njegovatelj', 'sr-latn'), 'Nj');
  assert.equal(initialLetter('džep', 'sr-latn'), 'Dž');
  assert.equal(initialLetter('dete', 'sr-latn'), 'D');
  assert.equal(initialLetter('lice', 'sr-latn'), 'L');
});

test('letters with diacritics are letters of their own in Slovenian and Serbian', () => {
  assert.equal(initialLetter('črna lista', 'sl'), 'Č');
  assert.equal(initialLetter('ćutanje', 'sr-latn'), 'Ć');
  assert.equal(initialLetter('ђак', 'sr'), 'Ђ');
  assert.equal(initialLetter('Exploitation', 'en'), 'E');
});

test('terms sort in the locale\'s own order', () => {
  assert.deepEqual(['žrtev', 'zloraba', 'čas', 'cilj'].sort(compareTerms('sl')), ['cilj', 'čas', 'zloraba', 'žrtev']);
  assert.deepEqual(['љубав', 'лице', 'мир'].sort(compareTerms('sr')), ['лице', 'љубав', 'мир']);
  assert.equal(alphabets.sr.length, 30);
  assert.equal(alphabets['sr-latn'].length, 30);
});
