/** Every listed form of every glossary term names that term best, and only it, in the search page's ranking rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formsOf, type TermEntry } from '../../src/lib/glossary.ts';
import { namingScorer } from '../../src/lib/search.ts';
import { stemmerFor, withoutDiacritics } from '../../src/lib/stemming.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import type { Locale } from '../../src/lib/locales.ts';

const concepts = readdirSync('content/glossary').filter((f) => f.endsWith('.yaml')).map((f) => ({
  id: f.replace('.yaml', ''),
  ...(parse(readFileSync(`content/glossary/${f}`, 'utf8')) as Record<'en' | 'sl' | 'sr', TermEntry>),
}));

// What a term page's forms meta holds in each search edition (Serbian pages are searched in Latin).
const metaOf = (entry: TermEntry, language: 'en' | 'sl' | 'sr') => {
  const forms = formsOf(entry).join(' · ');
  return language === 'sr' ? cyrillicToLatin(forms) : forms;
};

/** The concepts a query names best: what the search page would show first. */
function bestNamed(scorers: { id: string; score: (query: string) => number }[], query: string): string[] {
  const scores = scorers.map((s) => ({ id: s.id, score: s.score(query) }));
  const best = Math.max(...scores.map((s) => s.score));
  return best ? scores.filter((s) => s.score === best).map((s) => s.id) : [];
}

for (const [language, locales] of [['en', ['en']], ['sl', ['sl']], ['sr', ['sr', 'sr-latn']]] as const) {
  test(`${language}: each form, as listed and without diacritics (Serbian in both scripts), names its own term only`, async () => {
    const scorers = new Map<Locale, { id: string; score: (query: string) => number }[]>();
    for (const locale of locales as readonly Locale[]) {
      const stem = await stemmerFor(locale);
      scorers.set(locale, concepts.map((c) => ({ id: c.id, score: namingScorer(locale, stem, metaOf(c[language], language)) })));
    }
    let checked = 0;
    for (const concept of concepts) {
      for (const form of formsOf(concept[language])) {
        const queries = [form, withoutDiacritics(form), ...(language === 'sr' ? [cyrillicToLatin(form), withoutDiacritics(cyrillicToLatin(form))] : [])];
        for (const query of new Set(queries)) {
          for (const locale of locales as readonly Locale[]) {
            assert.deepEqual(bestNamed(scorers.get(locale)!, query), [concept.id], `${locale} "${query}"`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} queries checked`);
  });
}

test('English in the other spelling names the term too', async () => {
  const stem = await stemmerFor('en');
  const forced = concepts.find((c) => c.id === 'forced-labour-or-services')!;
  assert.equal(namingScorer('en', stem, metaOf(forced.en, 'en'))('Forced Labor'), 2);
  const group = concepts.find((c) => c.id === 'organized-criminal-group')!;
  assert.equal(namingScorer('en', stem, metaOf(group.en, 'en'))('organised criminal group'), 2);
});
