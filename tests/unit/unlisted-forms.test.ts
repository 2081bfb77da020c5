/**
 * The fixed list of forms no glossary list holds, which the search bench measures recall on: each must be real (in
 * the file it names, or a paradigm form our text lacks), unlisted, of a known concept; and the search page's ranking
 * code must take each to its concept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formsOf, type TermEntry } from '../../src/lib/glossary.ts';
import { namingScorer } from '../../src/lib/search.ts';
import { foldForSearch, stemmerFor } from '../../src/lib/stemming.ts';
import { readUnlistedForms } from '../fixtures/unlisted-forms.ts';

const forms = readUnlistedForms();
const concepts = readdirSync('content/glossary').map((f) => ({ id: f.replace('.yaml', ''), ...(parse(readFileSync(`content/glossary/${f}`, 'utf8')) as Record<'sl' | 'sr', TermEntry>) }));
const inText = (file: string, form: string) => new RegExp(`(?<!\\p{L})${foldForSearch(form)}(?!\\p{L})`, 'u').test(foldForSearch(readFileSync(file, 'utf8')));

test('fifty forms in each language, each of a known concept and in no list', () => {
  for (const language of ['sl', 'sr'] as const) assert.equal(forms.filter((f) => f.language === language).length, 50, language);
  const listed = { sl: new Set(concepts.flatMap((c) => formsOf(c.sl)).map(foldForSearch)), sr: new Set(concepts.flatMap((c) => formsOf(c.sr)).map(foldForSearch)) };
  for (const f of forms) {
    const concept = concepts.find((c) => c.id === f.concept);
    assert.ok(concept, `line ${f.line}: no concept "${f.concept}"`);
    assert.ok(!listed[f.language].has(foldForSearch(f.form)), `line ${f.line}: "${f.form}" is listed in content/glossary/`);
  }
});

test('each form is where its source says: in that file, or (a paradigm form) in none of our pages', () => {
  for (const f of forms) {
    if (f.source === 'paradigm') continue;
    assert.ok(existsSync(f.source), `line ${f.line}: no file ${f.source}`);
    assert.ok(inText(f.source, f.form), `line ${f.line}: "${f.form}" is not in ${f.source}`);
  }
  const pages = ['sl', 'sr'].flatMap((l) => ['protocol', 'guidelines', 'notes'].flatMap((c) => readdirSync(`content/${c}/${l}`).map((f) => `content/${c}/${l}/${f}`)));
  for (const f of forms.filter((x) => x.source === 'paradigm')) {
    const found = pages.find((page) => inText(page, f.form));
    assert.equal(found, undefined, `line ${f.line}: "${f.form}" is in ${found}: name that file as its source`);
  }
});

test('the ranking code takes every unlisted form to its own concept, and only to it', async () => {
  for (const f of forms) {
    const stem = await stemmerFor(f.language);
    const scores = concepts.map((c) => ({ id: c.id, score: namingScorer(f.language, stem, formsOf(c[f.language]).join(' · '))(f.form) }));
    const best = Math.max(...scores.map((s) => s.score));
    assert.deepEqual(scores.filter((s) => best && s.score === best).map((s) => s.id), [f.concept], `line ${f.line}: "${f.form}"`);
  }
});
