import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleHeading, capitalised, citationPattern, formatReference, provisionCitation, pinpointIn, provisionLabel } from '../../src/lib/citation.ts';
import { fillPlaceholders } from '../../src/lib/placeholders.ts';
import { toProvisionId } from '../../src/lib/provisions.ts';

const id = toProvisionId;

test('English labels: art. 3(a), art. 5(2)(a), art. 14', () => {
  assert.equal(provisionLabel(id('art_3__point_a'), 'en'), 'art. 3(a)');
  assert.equal(provisionLabel(id('art_5__para_2__point_a'), 'en'), 'art. 5(2)(a)');
  assert.equal(provisionLabel(id('art_14'), 'en'), 'art. 14');
  assert.equal(provisionLabel(id('preamble'), 'en'), 'preamble');
});

test('Slovenian and Serbian labels follow their own citation style', () => {
  assert.equal(provisionLabel(id('art_3__point_a'), 'sl'), '3. člen, točka (a)');
  assert.equal(provisionLabel(id('art_5__para_2__point_c'), 'sl'), '5. člen, 2. odstavek, točka (c)');
  assert.equal(provisionLabel(id('art_3__point_a'), 'sr'), 'члан 3. тачка (а)');
  assert.equal(provisionLabel(id('art_6__para_3__point_d'), 'sr'), 'члан 6. став 3. тачка (г)');
});

test('a citation names the instrument first', () => {
  assert.equal(
    provisionCitation(id('art_3__point_a'), 'en', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons'),
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, art. 3(a)',
  );
});

test('the citation pattern the provision tools fill in gives the same citation as the build', () => {
  const title = 'Протокол за превенцију, сузбијање и кажњавање трговине људским бићима';
  const id_ = id('art_6__para_3__point_b');
  assert.equal(fillPlaceholders(citationPattern(title), { label: provisionLabel(id_, 'sr') }), provisionCitation(id_, 'sr', title));
});

test('a reference gives the full date of issue in the reader\'s language, or the year, and ends with one full stop', () => {
  const gip7 = { author: 'UNHCR', title: 'Guidelines on International Protection No. 7', reference: 'HCR/GIP/06/07', date: new Date('2006-04-07') };
  assert.equal(formatReference(gip7, 'en'), 'UNHCR, Guidelines on International Protection No. 7, HCR/GIP/06/07, April 7, 2006.');
  assert.equal(formatReference(gip7, 'sl'), 'UNHCR, Guidelines on International Protection No. 7, HCR/GIP/06/07, 7. april 2006.');
  assert.equal(formatReference(gip7, 'sr'), 'UNHCR, Guidelines on International Protection No. 7, HCR/GIP/06/07, 7. април 2006.');
  assert.equal(formatReference(gip7, 'sr-latn'), 'UNHCR, Guidelines on International Protection No. 7, HCR/GIP/06/07, 7. april 2006.');
  assert.equal(formatReference({ title: 'Protocol against the Smuggling of Migrants', year: 2000 }, 'en'), 'Protocol against the Smuggling of Migrants, 2000.');
});

test('a source known only through another ends "(cited in …)" in the reader\'s language, with or without a title', () => {
  const icmpd = { author: 'Healy, Claire', title: 'Lost in Categorisation', year: 2018 };
  const emn = { author: 'European Migration Network (EMN)', title: 'Identification of victims of trafficking', year: 2014, via: icmpd };
  assert.equal(formatReference(emn, 'en'), 'European Migration Network (EMN), Identification of victims of trafficking, 2014 (cited in Healy, Claire, Lost in Categorisation, 2018).');
  assert.equal(formatReference(emn, 'sl'), 'European Migration Network (EMN), Identification of victims of trafficking, 2014 (navedeno v Healy, Claire, Lost in Categorisation, 2018).');
  assert.equal(formatReference(emn, 'sr'), 'European Migration Network (EMN), Identification of victims of trafficking, 2014 (наведено у Healy, Claire, Lost in Categorisation, 2018).');
  assert.equal(formatReference(emn, 'sr-latn'), 'European Migration Network (EMN), Identification of victims of trafficking, 2014 (navedeno u Healy, Claire, Lost in Categorisation, 2018).');
  const untitled = { author: 'ICAT', year: 2016, via: icmpd };
  assert.equal(formatReference(untitled, 'en'), 'ICAT, 2016 (cited in Healy, Claire, Lost in Categorisation, 2018).');
  const endsWithStop = { author: 'OSCE', title: 'Recommendations etc.', year: 2013, via: { title: 'Paper.', year: 2018 } };
  assert.equal(formatReference(endsWithStop, 'en'), 'OSCE, Recommendations etc., 2013 (cited in Paper., 2018).');
});

test('a document without a title is given by what it is, in square brackets, in the title\'s place', () => {
  const passage = { describedAs: 'Текст на српском о Смерницама УНХЦР-а бр. 7' };
  assert.equal(formatReference(passage, 'sr'), '[Текст на српском о Смерницама УНХЦР-а бр. 7].');
  assert.equal(formatReference({ ...passage, author: 'A', year: 2020 }, 'sr'), 'A, [Текст на српском о Смерницама УНХЦР-а бр. 7], 2020.');
  assert.equal(formatReference({ title: 'A title', describedAs: 'never used' }, 'en'), 'A title.');
});

test('an article heading has one full stop after the number, whichever way the language writes it', () => {
  assert.equal(articleHeading('Article 6', 'Assistance'), 'Article 6. Assistance');
  assert.equal(articleHeading('6. člen', 'Pomoč'), '6. člen. Pomoč');
  assert.equal(articleHeading('Члан 6.', 'Помоћ'), 'Члан 6. Помоћ');
});

test('a label at the start of a heading is capitalised, in either script', () => {
  assert.equal(capitalised('art. 3(d)'), 'Art. 3(d)');
  assert.equal(capitalised('члан 3. тачка (г)'), 'Члан 3. тачка (г)');
  assert.equal(capitalised('3. člen, točka (d)'), '3. člen, točka (d)');
});

test('a glossary pinpoint written in English is cited in each language as its notes cite it; an unknown form has none', () => {
  const cases: [string, string, string][] = [
    ['para. 13', 'odst. 13', 'пар. 13'],
    ['p. 6', 'str. 6', 'стр. 6'],
    ['section 3', 'razdelek 3', 'одељак 3'],
    ['art. 10', '10. člen', 'члан 10.'],
    ['art. 3(2)', '3. člen, 2. odstavek', 'члан 3. став 2.'],
    ['art. 2(j)', '2. člen, točka (j)', 'члан 2. тачка (и)'], // the tenth letter, as the Protocol's points are lettered
    ['art. 1A(2)', '1. člen, oddelek A, 2. točka', 'члан 1А(2)'],
  ];
  for (const [en, sl, sr] of cases) {
    assert.equal(pinpointIn(en, 'en'), en);
    assert.equal(pinpointIn(en, 'sl'), sl);
    assert.equal(pinpointIn(en, 'sr'), sr);
  }
  assert.equal(pinpointIn('recital 4', 'sl'), undefined);
});
