/**
 * Every provision is explained on the built site, in every edition and in that edition's own script: each id of the
 * Protocol (tests/fixtures/protocol-ids.txt) is named by a `data-explains` element on its explanation page, whose
 * text holds at least one full sentence. Read from the built HTML, so it needs no browser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readHtml } from '../built-files.ts';

const lines = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const pageOf = (locale: string, firstId: string) => (firstId === 'preamble' ? `dist/${locale}/protocol/explained/index.html` : `dist/${locale}/protocol/art-${firstId.slice(4)}/explained/index.html`);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** A full sentence: a capital (or a digit) at the start, at least four words, and an end mark. */
const SENTENCE = /(^|[.!?:]\s)(\p{Lu}|\d)[^.!?]*(\s\S+){3,}[.!?]/u;

/** The explanation's own words: no embedded treaty text, no question list, no citation marks or links to documents. */
function ownWords(section: ReturnType<typeof selectAll>[number]): string {
  const body = selectAll('.explanation-body', section)[0];
  assert.ok(body, 'an explanation section without its body');
  const copy = structuredClone(body);
  for (const questions of selectAll('.explanation-questions', copy)) questions.children = [];
  return toText(copy).replace(/\s+/g, ' ').trim();
}

for (const locale of locales) {
  test(`${locale}: every provision has an explanation of at least a full sentence, in the edition's script`, () => {
    const missing: string[] = [];
    const problems: string[] = [];
    for (const line of lines) {
      const ids = line.trim().split(/\s+/);
      const tree = readHtml(pageOf(locale, ids[0]!));
      const sections = selectAll('[data-explains]', tree);
      const explained = new Map<string, (typeof sections)[number]>();
      for (const section of sections) for (const id of String(section.properties['dataExplains']).split(' ')) explained.set(id, section);
      for (const id of ids) {
        const section = explained.get(id);
        if (!section) { missing.push(`${locale} ${id}`); continue; }
        const text = ownWords(section);
        if (!SENTENCE.test(text)) problems.push(`${locale} ${id}: no full sentence in "${text.slice(0, 80)}"`);
        // Words quoted from another language version ("Државе потписнице" on an English page) are not the page's own.
        const letters = text.replace(/"[^"]*"|“[^”]*”|„[^”“]*[”“]|»[^«]*«|HCR\/GIP\/\d+\/\d+|[A-Z]{2,}\b|https?:\S+/g, '');
        if (locale === 'sr' && (letters.match(/\p{Script=Latin}/gu)?.length ?? 0) > (letters.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) / 50) problems.push(`${locale} ${id}: Latin letters in Cyrillic text: "${text.slice(0, 80)}"`);
        if (locale !== 'sr' && CYRILLIC.test(letters)) problems.push(`${locale} ${id}: Cyrillic letters in a Latin-script edition: "${text.slice(0, 80)}"`);
        if (locale !== 'sr' && !LATIN.test(letters)) problems.push(`${locale} ${id}: no Latin text`);
      }
    }
    assert.deepEqual(missing, [], 'provisions with no data-explains element');
    assert.deepEqual(problems, []);
  });
}

test('the Protocol has 98 provision ids, and the explanation pages cover them in each edition', () => {
  assert.equal(lines.flatMap((l) => l.trim().split(/\s+/)).length, 98);
});
