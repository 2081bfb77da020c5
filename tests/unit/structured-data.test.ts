import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commentaryJsonLd, guidanceJsonLd, jsonLdScript, legislationJsonLd } from '../../src/lib/structured-data.ts';
import { SCHEMA, expandJsonLd, values } from '../jsonld.ts';

const page = 'https://example.org/en/protocol/art-6/';
const english = legislationJsonLd({
  id: 'art_6',
  name: 'Article 6. Assistance to and protection of victims of trafficking in persons',
  language: 'en',
  url: '/en/protocol/art-6/',
  instrument: { name: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons', url: '/en/protocol/', date: '2000-11-15' },
  basedOn: { name: 'Zakon o ratifikaciji … (MPTLMOK)', identifier: 'Št. 212-05/04-36/1; EPA 1225-III', date: '2004-04-21', language: 'sl' },
});

test('an article: a Legislation, unofficial, its Akoma Ntoso identifier, based on the Slovenian act; the processor keeps it all', async () => {
  const [node] = await expandJsonLd(english, page);
  assert.deepEqual(node!['@type'], [`${SCHEMA}Legislation`, `${SCHEMA}LegislationObject`]);
  assert.deepEqual(values(node, 'legislationIdentifier'), ['/akn/un/act/2000-11-15/trafficking-protocol/~art_6']);
  assert.deepEqual(values(node, 'legislationLegalValue'), ['https://schema.org/UnofficialLegalValue']);
  assert.deepEqual(values(node, 'inLanguage'), ['en']);
  const [basedOn] = values(node, 'isBasedOn') as Record<string, unknown>[];
  assert.deepEqual(values(basedOn, 'name'), ['Zakon o ratifikaciji … (MPTLMOK)']);
  assert.deepEqual(values(basedOn, 'legislationDate'), ['2004-04-21']);
  assert.equal(values(node, 'translationOfWork').length, 0);
});

test('a Serbian article is a translation of the English one, with no official publication behind it', async () => {
  const serbian = legislationJsonLd({
    id: 'art_6', name: 'Члан 6. Помоћ', language: 'sr-Cyrl', url: '/sr/protocol/art-6/',
    instrument: { name: 'Протокол', url: '/sr/protocol/', date: '2000-11-15' },
    translationOf: { url: '/en/protocol/art-6/', language: 'en' },
  });
  const [node] = await expandJsonLd(serbian, 'https://example.org/sr/protocol/art-6/');
  const [original] = values(node, 'translationOfWork') as Record<string, unknown>[];
  assert.deepEqual(values(original, 'inLanguage'), ['en']);
  assert.equal(values(node, 'isBasedOn').length, 0);
});

test('a guideline or note page: an Article with its date, publisher, original, licence, review record and the references it cites', async () => {
  const data = guidanceJsonLd({
    title: 'UNHCR Guidelines No. 7', language: 'sl', url: '/sl/guidelines/gip-7/', dateModified: '2026-11-24', publisher: 'Azil in trgovina z ljudmi',
    basedOn: { name: 'UNHCR, Guidelines on International Protection No. 7 …', url: 'https://www.refworld.org/' },
    citations: ['UNHCR, Guidelines … 2006.', 'UNHCR, Handbook … 1979.'],
    license: 'https://creativecommons.org/licenses/by/4.0/',
    review: { lastReviewed: '2026-12-07', reviewedBy: 'Uredništvo spletišča Azil in trgovina z ljudmi' },
  });
  const [node] = await expandJsonLd(data, 'https://example.org/sl/guidelines/gip-7/');
  assert.deepEqual(node!['@type'], [`${SCHEMA}Article`]);
  assert.deepEqual(values(node, 'citation'), ['UNHCR, Guidelines … 2006.', 'UNHCR, Handbook … 1979.']);
  assert.deepEqual(values(node, 'dateModified'), ['2026-11-24']);
  assert.equal(values(node, 'isBasedOn').length, 1);
  assert.deepEqual(values(node, 'license'), ['https://creativecommons.org/licenses/by/4.0/']);
  const [webPage] = values(node, 'mainEntityOfPage') as Record<string, unknown>[];
  assert.deepEqual(webPage!['@type'], [`${SCHEMA}WebPage`]);
  assert.deepEqual(values(webPage, 'lastReviewed'), ['2026-12-07']);
  assert.deepEqual(values(values(webPage, 'reviewedBy')[0] as Record<string, unknown>, 'name'), ['Uredništvo spletišča Azil in trgovina z ljudmi']);
});

test('an explanation or check page: a WebPage with its review record and licence', async () => {
  const data = commentaryJsonLd({
    name: 'Article 3 explained', url: '/en/protocol/art-3/explained/', language: 'en', license: 'https://creativecommons.org/licenses/by/4.0/',
    publisher: 'Asylum–Trafficking Nexus', lastReviewed: '2026-12-02', reviewedBy: 'The editors of Asylum–Trafficking Nexus',
  });
  const [node] = await expandJsonLd(data, 'https://example.org/en/protocol/art-3/explained/');
  assert.deepEqual(node!['@type'], [`${SCHEMA}WebPage`]);
  assert.deepEqual(values(node, 'lastReviewed'), ['2026-12-02']);
  assert.deepEqual(values(node, 'license'), ['https://creativecommons.org/licenses/by/4.0/']);
  assert.deepEqual(values(values(node, 'reviewedBy')[0] as Record<string, unknown>, 'name'), ['The editors of Asylum–Trafficking Nexus']);
});

test('the script element cannot be closed by the data inside it', () => {
  const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
  assert.ok(!script.includes('<'));
  assert.deepEqual(JSON.parse(script), { name: '</script><script>alert(1)</script>' });
});
