import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexConcepts, indexQuestions, planQuery, readQuery, type AnsweredQuestion, type ConceptNames } from '../../src/lib/query.ts';
import { indexPlaces, rankPlaces } from '../../src/lib/places.ts';
import { stemmerFor } from '../../src/lib/stemming.ts';

const concepts: ConceptNames[] = [
  { id: 'unaccompanied-child', names: ['unaccompanied child'], forms: ['unaccompanied children'], searchedAs: ['no parents', 'came alone'], url: '/en/glossary/unaccompanied-child/' },
  { id: 'international-protection', names: ['international protection'], forms: [], searchedAs: ['asylum'], url: '/en/glossary/international-protection/' },
];
const questions: AnsweredQuestion[] = [
  { question: 'Who may apply for asylum?', url: '/en/notes/two-tracks/', title: 'Two tracks', kind: 'note' },
  { question: 'Can a victim apply for asylum and stay?', url: '/en/protocol/art-7/explained/#art_7__para_1', title: 'Article 7' },
  { question: 'How long may a victim stay in the country?', url: '/en/protocol/art-7/explained/#art_7__para_1', title: 'Article 7', phrasing: true },
  { question: 'Must the State take its national back?', url: '/en/protocol/art-8/explained/#art_8__para_1', title: 'Article 8' },
];

async function setUp() {
  const stem = await stemmerFor('en');
  const index = indexConcepts('en', stem, concepts);
  const read = (text: string) => readQuery('en', stem, planQuery('en', text).words, index).words;
  return { read, places: indexPlaces('en', stem, indexQuestions('en', stem, questions, index), concepts, index) };
}

test('a place is all its questions and phrasings together, and a concept all its names and everyday words', async () => {
  const { places } = await setUp();
  assert.deepEqual(places.places.map((p) => p.url), ['/en/notes/two-tracks/', '/en/protocol/art-7/explained/#art_7__para_1', '/en/protocol/art-8/explained/#art_8__para_1', '/en/glossary/unaccompanied-child/', '/en/glossary/international-protection/']);
  assert.equal(places.places[3]!.kind, 'glossary');
});

test('the place holding most of a sentence leads: a rare word outweighs a common one', async () => {
  const { read, places } = await setUp();
  // "parents" is the unaccompanied child's alone; "asylum" is in three places.
  assert.equal(rankPlaces(read('a boy with no parents wants asylum'), places)[0]?.place.url, '/en/glossary/unaccompanied-child/');
  // Two of the reader's words in one explanation's questions and phrasings together.
  assert.equal(rankPlaces(read('how long can she stay after asylum'), places)[0]?.place.url, '/en/protocol/art-7/explained/#art_7__para_1');
});

test('only the kinds shown, at most as many as asked for, and nothing for words no place holds', async () => {
  const { read, places } = await setUp();
  const ranked = rankPlaces(read('a boy with no parents wants asylum'), places, { kinds: new Set(['note', 'explanation']), count: 1 });
  assert.deepEqual(ranked.map((r) => r.place.url), ['/en/notes/two-tracks/']);
  assert.deepEqual(rankPlaces(read('weather tomorrow'), places), []);
});

test('in Slovenian and Serbian a word also finds the words that start with its first five letters', async () => {
  const stem = await stemmerFor('sr');
  const index = indexConcepts('sr', stem, []);
  const places = indexPlaces('sr', stem, indexQuestions('sr', stem, [{ question: 'Ко је врбовање?', url: '/sr/protocol/art-3/explained/#art_3__point_a', title: 'Члан 3.' }], index), [], index);
  const read = (text: string) => readQuery('sr', stem, planQuery('sr', text).words, index).words;
  assert.equal(rankPlaces(read('врбовао га је газда'), places)[0]?.place.url, '/sr/protocol/art-3/explained/#art_3__point_a');
});

test("an article's overview gives way to its own paragraph close behind it, but not to another article's", async () => {
  const stem = await stemmerFor('en');
  const index = indexConcepts('en', stem, []);
  const overview = '/en/protocol/art-20/explained/#art_20';
  const paragraph = '/en/protocol/art-20/explained/#art_20__para_2';
  const placesOf = (second: string) =>
    indexPlaces('en', stem, indexQuestions('en', stem, [
      { question: 'Which languages and which original copy count?', url: overview, title: 'Article 20' },
      { question: 'Where is the original copy kept, and in which languages?', url: second, title: 'Article 20' },
    ], index), [], index);
  const read = (text: string) => readQuery('en', stem, planQuery('en', text).words, index).words;
  // The overview's question is shorter, so it scores higher; its own paragraph, close behind, leads.
  assert.equal(rankPlaces(read('original copy languages'), placesOf(paragraph))[0]?.place.url, paragraph);
  assert.equal(rankPlaces(read('original copy languages'), placesOf('/en/protocol/art-21/explained/#art_21__para_2'))[0]?.place.url, overview);
});
