import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fitsOnePrintedPage, MAX_PROVISIONS, nearestProvision, parseHandoutQuery, PRINTED_HALF_LINE_CHARACTERS, PRINTED_LINE_CHARACTERS, PRINTED_PAGE_LINES } from '../../src/lib/handout.ts';
import { addToHandoutQuery, handoutQuery } from '../../src/lib/handout-url.ts';
import { toProvisionId, type ProvisionId } from '../../src/lib/provisions.ts';

const everyId = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(' ')).map(toProvisionId);
const parse = (query: string, locale: 'en' | 'sl' | 'sr' | 'sr-latn' = 'en') => parseHandoutQuery(new URLSearchParams(query), everyId, locale);

test('a handout query gives its provisions in the order given and its languages', () => {
  const request = parse('p=art_3__point_a,art_14__para_1,art_6__para_3__point_b&l=en,sl,sr&t=Workshop,%20Belgrade');
  assert.deepEqual(request.ids, ['art_3__point_a', 'art_14__para_1', 'art_6__para_3__point_b']);
  assert.deepEqual(request.languages, ['en', 'sl', 'sr']);
  assert.equal(request.title, 'Workshop, Belgrade');
  assert.deepEqual([request.notFound, request.duplicates, request.ignoredLanguages, request.tooMany], [[], [], [], undefined]);
});

test('the plain form\'s repeated parameters read like the comma list', () => {
  const request = parse('p=art_14&p=art_3__point_a&l=sr-latn&l=en&t=');
  assert.deepEqual(request.ids, ['art_14', 'art_3__point_a']);
  assert.deepEqual(request.languages, ['sr-latn', 'en']);
  assert.equal(request.title, '');
});

test('without l, the page\'s locale; unknown languages are reported and ignored', () => {
  assert.deepEqual(parse('p=art_3', 'sl').languages, ['sl']);
  const request = parse('p=art_3&l=de,EN,xx,de', 'sr');
  assert.deepEqual(request.languages, ['en']);
  assert.deepEqual(request.ignoredLanguages, ['de', 'xx']);
  assert.deepEqual(parse('l=de', 'sr-latn').languages, ['sr-latn']);
  assert.equal(parse(`l=${[...Array(500).keys()].map((i) => `x${i}`).join(',')}`).ignoredLanguages.length, 4);
});

test('unknown and malformed ids are listed with the nearest real provision; duplicates are shown once', () => {
  const request = parse('p=art_3__point_z,art_3__point_a,art_99,3/a,art_3__point_a,<b>x</b>');
  assert.deepEqual(request.ids, ['art_3__point_a']);
  assert.deepEqual(request.duplicates, ['art_3__point_a']);
  assert.deepEqual(request.notFound.map((n) => n.input), ['art_3__point_z', 'art_99', '3/a', '<b>x</b>']);
  assert.equal(request.notFound[0]!.suggestion, 'art_3__point_a');
  assert.equal(request.notFound[2]!.suggestion, 'art_3__point_a');
  for (const n of request.notFound) assert.ok(everyId.includes(n.suggestion!), `${n.input} → ${n.suggestion}`);
});

test('nearest provision: short paths, case, typos', () => {
  assert.equal(nearestProvision('6/3/b', everyId), 'art_6__para_3__point_b');
  assert.equal(nearestProvision('/art/14/1/', everyId), 'art_14__para_1');
  assert.equal(nearestProvision('ART_3__POINT_A', everyId), 'art_3__point_a');
  assert.equal(nearestProvision('art_14__para1', everyId), 'art_14__para_1');
  assert.equal(nearestProvision('art_3', []), undefined);
});

test(`more than ${MAX_PROVISIONS} provisions are refused`, () => {
  const ids = everyId.slice(0, MAX_PROVISIONS + 1);
  const request = parse(`p=${ids.join(',')}`);
  assert.equal(request.tooMany, MAX_PROVISIONS + 1);
  assert.deepEqual(request.ids, []);
  assert.equal(parse(`p=${ids.slice(0, MAX_PROVISIONS).join(',')}`).ids.length, MAX_PROVISIONS);
  assert.equal(parse(`p=${[...ids.slice(0, MAX_PROVISIONS), ids[0]].join(',')}`).tooMany, undefined, 'a duplicate is not one more');
});

test('the title is text, kept as given, cut at a sensible length', () => {
  assert.equal(parse('t=%3Cscript%3Ealert(1)%3C%2Fscript%3E').title, '<script>alert(1)</script>');
  assert.equal(parse(`t=${'x'.repeat(500)}`).title.length, 121);
});

test('a handout query round-trips, commas readable', () => {
  const handout = { ids: ['art_3__point_a', 'art_14'] as ProvisionId[], languages: ['en', 'sr-latn'] as const, title: 'Radionica & <b>' };
  const query = handoutQuery({ ...handout, languages: [...handout.languages] });
  assert.equal(query, 'p=art_3__point_a,art_14&l=en,sr-latn&t=Radionica+%26+%3Cb%3E');
  const back = parse(query);
  assert.deepEqual([back.ids, back.languages, back.title], [handout.ids, handout.languages, handout.title]);
});

test('"add to handout" adds one provision at the end of the selection the page was opened with', () => {
  assert.equal(addToHandoutQuery('', toProvisionId('art_3__point_a')), 'p=art_3__point_a');
  assert.equal(addToHandoutQuery('?p=art_14,art_3__point_a&l=sl,sr&t=W', toProvisionId('art_3__point_a')), 'p=art_14,art_3__point_a&l=sl,sr&t=W');
  assert.equal(addToHandoutQuery('?highlight=x&p=art_14', toProvisionId('art_6')), 'p=art_14,art_6');
});

test('"with explanations" is x=1 in the URL, kept by "add to handout"; anything else is without', () => {
  assert.equal(handoutQuery({ ids: ['art_3__point_d'] as ProvisionId[], languages: ['en'], title: '', explained: true }), 'p=art_3__point_d&l=en&x=1');
  assert.equal(parse('p=art_3__point_d&x=1').explained, true);
  assert.equal(parse('p=art_3__point_d&x=yes').explained, false);
  assert.equal(parse('p=art_3__point_d').explained, false);
  assert.equal(addToHandoutQuery('?p=art_14&x=1', toProvisionId('art_6')), 'p=art_14,art_6&x=1');
});

test('a provision fits one printed sheet by the length of its languages, two to a row', () => {
  const column = (characters: number, blocks = 2) => ({ characters, blocks });
  // Art. 3(a) and 14(1) run to some 900 characters in each language, with their citations: two or four fit a sheet.
  assert.equal(fitsOnePrintedPage([column(900), column(900)]), true);
  assert.equal(fitsOnePrintedPage([column(900), column(950), column(900), column(1000)]), true);
  // Three languages take two rows as four do; one language runs across the sheet.
  assert.equal(fitsOnePrintedPage([column(2000), column(100), column(2000)]), fitsOnePrintedPage([column(2000), column(100), column(2000), column(100)]));
  assert.equal(fitsOnePrintedPage([column(4000, 10)]), true);
  // Many short points take room of their own.
  assert.equal(fitsOnePrintedPage([column(1200, 6), column(1200, 6)]), true);
  assert.equal(fitsOnePrintedPage([column(1200, 100), column(1200, 100)]), false);
  // Art. 6 whole, or art. 3(a) with its explanation, in four languages does not: it is let run on over sheets.
  assert.equal(fitsOnePrintedPage([column(2081, 10), column(1783, 10), column(2033, 10), column(2067, 10)]), false);
  assert.equal(fitsOnePrintedPage([column(PRINTED_LINE_CHARACTERS * PRINTED_PAGE_LINES, 0)]), false);
  assert.equal(fitsOnePrintedPage([column(PRINTED_HALF_LINE_CHARACTERS * 20, 0), column(PRINTED_HALF_LINE_CHARACTERS * PRINTED_PAGE_LINES, 0)]), false);
});
