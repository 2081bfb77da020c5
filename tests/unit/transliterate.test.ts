import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';

test('transliterates every letter of the Serbian Cyrillic alphabet', () => {
  assert.equal(cyrillicToLatin('абвгдђежзијклљмнњопрстћуфхцчџш'), 'abvgdđežzijklljmnnjoprstćufhcčdžš');
  assert.equal(cyrillicToLatin('АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ'), 'ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ');
});

test('Љ, Њ, Џ are title case in a capitalised word and all capitals in a word in capitals', () => {
  assert.equal(cyrillicToLatin('Љубљана'), 'Ljubljana');
  assert.equal(cyrillicToLatin('Његош'), 'Njegoš');
  assert.equal(cyrillicToLatin('Џеп'), 'Džep');
  assert.equal(cyrillicToLatin('ЊЕГОШ'), 'NJEGOŠ');
  assert.equal(cyrillicToLatin('ЉУБЉАНА'), 'LJUBLJANA');
  assert.equal(cyrillicToLatin('КРАЉ И ЏЕП'), 'KRALJ I DŽEP');
  assert.equal(cyrillicToLatin('П Р О Т О К О Л'), 'P R O T O K O L');
});

test('leaves Latin text, digits and punctuation inside Cyrillic alone', () => {
  assert.equal(cyrillicToLatin('УНХЦР (UNHCR), члан 1А(2), Handbook'), 'UNHCR (UNHCR), član 1A(2), Handbook');
  assert.equal(cyrillicToLatin('„трговина људским бићима“ – 2000.'), '„trgovina ljudskim bićima“ – 2000.');
  assert.equal(cyrillicToLatin('Already Latin: šđčćž'), 'Already Latin: šđčćž');
});

test('normalises decomposed input to NFC first', () => {
  assert.equal(cyrillicToLatin('и\u0306'), 'и\u0306'.normalize('NFC')); // й is not Serbian: left alone
  assert.equal(cyrillicToLatin('шума').normalize('NFD').normalize('NFC'), 'šuma');
});

test('Latin back to Cyrillic reads dž, lj and nj as single letters, in any case', async () => {
  const { latinToCyrillic } = await import('../../src/lib/transliterate.ts');
  assert.equal(latinToCyrillic('trgovina ljudskim bićima'), 'трговина људским бићима');
  assert.equal(latinToCyrillic('Njegoš, LJUBLJANA, Džep'), 'Његош, ЉУБЉАНА, Џеп');
  assert.equal(latinToCyrillic(cyrillicToLatin('Држава потписница ће у складу са чланом 5.')), 'Држава потписница ће у складу са чланом 5.');
});
