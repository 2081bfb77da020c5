import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { stemmerFor, stemSlovenian, termKey, withoutDiacritics } from '../../src/lib/stemming.ts';
import type { TermEntry } from '../../src/lib/glossary.ts';

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));

/** Every word of the Slovenian pages: the Protocol, the guidance, the glossary's terms, forms and definitions. */
function slovenianWords(): Set<string> {
  const texts = ['content/protocol/sl', 'content/guidelines/sl', 'content/notes/sl'].flatMap(filesUnder).map((f) => readFileSync(f, 'utf8'));
  for (const file of readdirSync('content/glossary')) {
    const { sl } = parse(readFileSync(join('content/glossary', file), 'utf8')) as { sl: TermEntry };
    texts.push(sl.term, sl.definition, ...(sl.forms ?? []), ...(sl.otherTerms ?? []).map((o) => o.term));
  }
  return new Set(texts.join(' ').toLowerCase().match(/\p{L}+/gu));
}

test('every word of our Slovenian pages keeps a stem that is a prefix of it, of three letters or the whole word', () => {
  const words = slovenianWords();
  assert.ok(words.size > 3000, `only ${words.size} words read`);
  for (const word of words) {
    const stem = stemSlovenian(word);
    assert.ok(word.startsWith(stem), `"${word}" → "${stem}" is not a prefix: a prefix search for it would lose the word`);
    assert.ok(stem.length >= 3 || stem === word, `"${word}" → "${stem}" is too short to search by`);
  }
});

test('each Slovenian paradigm shares one stem, fill vowels and alternations included', () => {
  const paradigms = [
    ['begunec', 'begunca', 'beguncu', 'beguncem', 'begunci', 'beguncev', 'beguncih', 'beguncema', 'begunka', 'begunkah'],
    ['žrtev', 'žrtve', 'žrtvi', 'žrtvijo', 'žrtvam', 'žrtvah', 'žrtvami', 'žrtvama'],
    ['otrok', 'otroka', 'otroku', 'otrokom', 'otroci', 'otrok', 'otrocih', 'otroke', 'otrokoma'],
    ['pridržek', 'pridržka', 'pridržku', 'pridržkom', 'pridržki', 'pridržkov', 'pridržkih'],
    ['depozitar', 'depozitarja', 'depozitarju', 'depozitarjem', 'depozitarjema'],
    ['dom', 'doma', 'domu', 'domom', 'domovi', 'domov', 'domovih', 'domove'],
    ['mehanizem', 'mehanizma', 'mehanizmu', 'mehanizmom'],
    ['trgovina', 'trgovine', 'trgovini', 'trgovino', 'trgovinah', 'trgovinam', 'trgovinami'],
    ['izkoriščanje', 'izkoriščanja', 'izkoriščanju', 'izkoriščanjem', 'izkoriščanjih'],
  ];
  for (const forms of paradigms) assert.deepEqual(new Set(forms.map(stemSlovenian)).size, 1, `${forms.join(', ')} → ${[...new Set(forms.map(stemSlovenian))].join(', ')}`);
});

test('Serbian stems come from Snowball, with the endings it leaves on short words cut', async () => {
  const stem = await stemmerFor('sr');
  assert.equal(termKey('sr', stem, 'сигурним трећим земљама'), termKey('sr', stem, 'сигурне треће земље'));
  assert.equal(termKey('sr', stem, 'žrtvama trgovine ljudima'), termKey('sr', stem, 'жртва трговине људима'));
  assert.equal(termKey('sr-latn', stem, 'zrtvama trgovine ljudima'), termKey('sr', stem, 'жртва трговине људима'));
  assert.notEqual(termKey('sr', stem, 'прогон'), termKey('sr', stem, 'програм'));
});

test('English stems join singular and plural, in either spelling', async () => {
  const stem = await stemmerFor('en');
  assert.equal(termKey('en', stem, 'Trafficked Persons'), termKey('en', stem, 'trafficked person'));
  assert.equal(termKey('en', stem, 'forced labor'), termKey('en', stem, 'forced labour'));
});

test('a possessive is the word itself: "victim\'s" and "victims’" share the stem of "victim"', async () => {
  const stem = await stemmerFor('en');
  assert.equal(termKey('en', stem, "victim's name"), termKey('en', stem, 'victim name'));
  assert.equal(termKey('en', stem, 'victims’ rights'), termKey('en', stem, 'victims rights'));
});

test('English keeps "international" and "internal" apart, and "trafficker" and "trafficking", which Porter cuts to one stem', async () => {
  const stem = await stemmerFor('en');
  assert.notEqual(termKey('en', stem, 'international protection'), termKey('en', stem, 'internal protection'));
  assert.equal(termKey('en', stem, 'internationally'), termKey('en', stem, 'international'));
  assert.equal(termKey('en', stem, 'internally'), termKey('en', stem, 'internal'));
  assert.notEqual(termKey('en', stem, 'trafficking'), termKey('en', stem, 'trafficker'));
  assert.equal(termKey('en', stem, 'traffickers'), termKey('en', stem, 'trafficker'));
  assert.equal(termKey('en', stem, 'trafficked'), termKey('en', stem, 'trafficking'));
});

test('English reads the past forms of irregular verbs as the verb ("kept" as "keep", "sold" as "sell"), which Porter cannot', async () => {
  const stem = await stemmerFor('en');
  assert.equal(stem('kept'), stem('keeps'));
  assert.equal(stem('sold'), stem('selling'));
  assert.equal(stem('sent'), stem('sending'));
  assert.notEqual(stem('born'), stem('bear'), 'not where the forms part ways in meaning');
});

test('Serbian "đ" typed as "dj" on a keyboard without it is the same word, in either script', async () => {
  assert.equal(withoutDiacritics('između Đakovice'), 'izmedju Djakovice');
  const stem = await stemmerFor('sr-latn');
  const key = termKey('sr-latn', stem, 'međunarodna zaštita');
  assert.equal(termKey('sr-latn', stem, 'medjunarodna zastita'), key);
  assert.equal(termKey('sr', stem, 'међународна заштита'), key);
  assert.notEqual(termKey('sr-latn', stem, 'medunarodna zastita'), key); // "d" alone is another letter
});
