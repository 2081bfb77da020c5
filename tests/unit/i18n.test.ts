import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const load = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

test('every UI string exists in English, Slovenian and Serbian, none empty', () => {
  const en = Object.keys(load('en')).sort();
  for (const lang of ['sl', 'sr']) {
    const strings = load(lang);
    assert.deepEqual(Object.keys(strings).sort(), en, `${lang}.json has other keys than en.json`);
    for (const [key, value] of Object.entries(strings)) assert.ok(value.trim(), `${lang}.json: ${key} is empty`);
  }
});

test('Serbian UI strings are written in Cyrillic (the Latin edition is generated)', () => {
  for (const [key, value] of Object.entries(load('sr'))) {
    // Names and placeholders stay as they are.
    const latinWords = value.replace(/Službeni|list|SRJ|Međunarodni|ugovori|JavaScript|\{\w+\}/g, '').match(/\b[A-Za-z]{4,}\b/g);
    assert.equal(latinWords, null, `sr.json: ${key} has Latin words ${latinWords}`);
  }
});

test('placeholders match across languages', () => {
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
  const en = load('en');
  for (const lang of ['sl', 'sr']) {
    for (const [key, value] of Object.entries(load(lang))) assert.equal(placeholders(value), placeholders(en[key]!), `${lang}.json: ${key}`);
  }
});
