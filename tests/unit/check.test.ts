import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOutcome, checkQuery, checkVocabulary, describeIgnored, MAX_SHOWN_IGNORED, MAX_SHOWN_PARAMETER, parseCheckQuery } from '../../src/lib/check.ts';

test('a check query keeps every known name and value', () => {
  const { choices, ignored } = parseCheckQuery('act=recruitment&act=transportation&means=deception&purpose=forced-labour-or-services&age=adult&consent=yes');
  assert.deepEqual(choices, { act: ['recruitment', 'transportation'], means: ['deception'], purpose: ['forced-labour-or-services'], age: 'adult', consent: true });
  assert.deepEqual(ignored, []);
});

test('an empty query chooses nothing; a leading "?" is read as URLSearchParams reads it', () => {
  assert.deepEqual(parseCheckQuery(''), { choices: { act: [], means: [], purpose: [], consent: false }, ignored: [] });
  assert.deepEqual(parseCheckQuery('?age=child').choices, { act: [], means: [], purpose: [], age: 'child', consent: false });
});

test('values come back in the vocabulary\'s order, whatever the order of the address', () => {
  const { choices } = parseCheckQuery('purpose=other&means=payments&act=receipt&means=threat-or-use-of-force&act=recruitment');
  assert.deepEqual(choices.act, ['recruitment', 'receipt']);
  assert.deepEqual(choices.means, ['threat-or-use-of-force', 'payments']);
  assert.equal(checkQuery(choices), 'act=recruitment&act=receipt&means=threat-or-use-of-force&means=payments&purpose=other');
});

test('unknown names and values are reported and left out; the known ones beside them are kept', () => {
  const { choices, ignored } = parseCheckQuery('means=x&means=fraud&foo=1&ACT=recruitment&consent=no&age=');
  assert.deepEqual(choices, { act: [], means: ['fraud'], purpose: [], consent: false });
  assert.deepEqual(ignored, [
    { name: 'means', value: 'x', reason: 'unknown-value' },
    { name: 'foo', value: '1', reason: 'unknown-name' },
    { name: 'ACT', value: 'recruitment', reason: 'unknown-name' },
    { name: 'consent', value: 'no', reason: 'unknown-value' },
    { name: 'age', value: '', reason: 'unknown-value' },
  ]);
});

test('a repeated value is kept once; a second age or consent is reported, the first one kept', () => {
  const { choices, ignored } = parseCheckQuery('act=transfer&act=transfer&age=child&age=adult&age=child&consent=yes&consent=yes');
  assert.deepEqual(choices, { act: ['transfer'], means: [], purpose: [], age: 'child', consent: true });
  assert.deepEqual(ignored.map((i) => `${i.name}=${i.value} ${i.reason}`), ['act=transfer repeated', 'age=adult repeated', 'age=child repeated', 'consent=yes repeated']);
});

test('hostile input is data: markup, encoded characters, prototype names and huge values are only reported', () => {
  const huge = 'a'.repeat(5000);
  const { choices, ignored } = parseCheckQuery(`act=%3Cscript%3Ealert(1)%3C%2Fscript%3E&__proto__=x&constructor=1&toString=act&purpose=${huge}&act=recruitment`);
  assert.deepEqual(choices, { act: ['recruitment'], means: [], purpose: [], consent: false });
  assert.deepEqual(ignored.map((i) => i.name), ['act', '__proto__', 'constructor', 'toString', 'purpose']);
  assert.equal(ignored[0]!.value, '<script>alert(1)</script>');
  const { shown, more } = describeIgnored(ignored);
  assert.equal(more, 0);
  assert.equal(shown[0], 'act=<script>alert(1)</script>');
  assert.equal(shown[4], `purpose=${'a'.repeat(MAX_SHOWN_PARAMETER)}…`);
  assert.ok(shown.every((s) => s.length <= 2 * MAX_SHOWN_PARAMETER + 3));
});

test('the note names the first few ignored parameters and counts the rest, each once', () => {
  const query = Array.from({ length: 12 }, (_, i) => `x${i}=1`).join('&');
  assert.deepEqual(describeIgnored(parseCheckQuery(`${query}&x0=1`).ignored), { shown: ['x0=1', 'x1=1', 'x2=1', 'x3=1', 'x4=1'].slice(0, MAX_SHOWN_IGNORED), more: 7 });
  assert.deepEqual(describeIgnored(parseCheckQuery('act').ignored), { shown: ['act'], more: 0 });
  assert.deepEqual(describeIgnored(parseCheckQuery('note=two%0Alines').ignored).shown, ['note=two lines']);
});

test('a check\'s query reads back to the same choices, in the form\'s order (what a GET submission sends)', () => {
  const every = {
    act: [...checkVocabulary.act],
    means: [...checkVocabulary.means],
    purpose: [...checkVocabulary.purpose],
    age: 'unknown' as const,
    consent: true,
  };
  const query = checkQuery(every);
  assert.deepEqual(parseCheckQuery(query), { choices: every, ignored: [] });
  assert.match(query, /^act=recruitment&.*&means=threat-or-use-of-force&.*&purpose=prostitution-of-others&.*&purpose=other&age=unknown&consent=yes$/);
  assert.equal(checkQuery(parseCheckQuery('').choices), '');
});

test('the vocabulary is written as URLs carry it: lowercase words and hyphens, nothing to encode', () => {
  for (const values of Object.values(checkVocabulary)) {
    for (const value of values) assert.match(value, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(new Set(values).size, values.length);
  }
});

test('the outcome follows article 3: act and purpose, with a means or a child; the age decides when no means is given', () => {
  const outcome = (query: string) => checkOutcome(parseCheckQuery(query).choices);
  assert.equal(outcome('act=recruitment&means=deception&purpose=forced-labour-or-services&age=adult'), 'met');
  assert.equal(outcome('act=harbouring&purpose=removal-of-organs&age=child'), 'met');
  assert.equal(outcome('act=transfer&means=abuse-of-vulnerability&purpose=servitude&consent=yes'), 'met');
  assert.equal(outcome('act=transportation&purpose=sexual-exploitation&age=adult'), 'not-met');
  assert.equal(outcome('means=fraud&age=child'), 'not-met');
  assert.equal(outcome('age=child&consent=yes'), 'incomplete');
  assert.equal(outcome(''), 'incomplete');
  assert.equal(outcome('act=receipt&purpose=other&age=unknown'), 'incomplete');
  assert.equal(outcome('act=receipt&purpose=other'), 'incomplete');
});
