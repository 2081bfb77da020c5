/** Every listed form of every glossary term names that term, and only it, in the search page's ranking rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formsOf, type TermEntry } from '../../src/lib/glossary.ts';
import { namesTerm } from '../../src/lib/search.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import type { Locale } from '../../src/lib/locales.ts';

const concepts = readdirSync('content/glossary').filter((f) => f.endsWith('.yaml')).map((f) => ({
  id: f.replace('.yaml', ''),
  ...(parse(readFileSync(`content/glossary/${f}`, 'utf8')) as Record<'en' | 'sl' | 'sr', TermEntry>),
}));
const withoutDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

// What a term page's forms meta holds in each search edition (Serbian pages are searched in Latin).
const metaOf = (entry: TermEntry, language: 'en' | 'sl' | 'sr') => {
  const forms = formsOf(entry).join(' · ');
  return language === 'sr' ? cyrillicToLatin(forms) : forms;
};

for (const [language, locales] of [['en', ['en']], ['sl', ['sl']], ['sr', ['sr', 'sr-latn']]] as const) {
  test(`${language}: each form, as listed and without diacritics (Serbian in both scripts), names its own term only`, () => {
    const metas = concepts.map((c) => ({ id: c.id, meta: metaOf(c[language], language) }));
    let checked = 0;
    for (const concept of concepts) {
      for (const form of formsOf(concept[language])) {
        const queries = [form, withoutDiacritics(form), ...(language === 'sr' ? [cyrillicToLatin(form), withoutDiacritics(cyrillicToLatin(form))] : [])];
        for (const query of new Set(queries)) {
          for (const locale of locales as readonly Locale[]) {
            const named = metas.filter((m) => namesTerm(locale, query, m.meta)).map((m) => m.id);
            assert.deepEqual(named, [concept.id], `${locale} "${query}"`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} queries checked`);
  });
}

test('English in the other spelling names the term too', () => {
  const forced = concepts.find((c) => c.id === 'forced-labour-or-services')!;
  assert.ok(namesTerm('en', 'Forced Labor', metaOf(forced.en, 'en')));
  const group = concepts.find((c) => c.id === 'organized-criminal-group')!;
  assert.ok(namesTerm('en', 'organised criminal group', metaOf(group.en, 'en')));
});
