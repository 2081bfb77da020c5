import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedBefore, indexNames, indexQuestions, MAX_QUERY_LENGTH, namesATerm, pagesHoldingMost, planQuery, takingTurns, treatyWordings } from '../../src/lib/query.ts';
import { stemmerFor } from '../../src/lib/stemming.ts';

test('question and stop words go, the words that carry the question stay, in each language and script', () => {
  assert.deepEqual(planQuery('en', 'how old is a child').words, ['old', 'child']);
  assert.deepEqual(planQuery('en', 'Is consent relevant?').words, ['consent', 'relevant']);
  assert.deepEqual(planQuery('sl', 'kdo je otrok').words, ['otrok']);
  assert.deepEqual(planQuery('sl', 'Ali je soglasje žrtve pomembno?').words, ['soglasje', 'žrtve', 'pomembno']);
  assert.deepEqual(planQuery('sr', 'да ли је пристанак жртве битан').words, ['пристанак', 'жртве', 'битан']);
  assert.deepEqual(planQuery('sr-latn', 'ko je dete').words, ['dete']);
});

test('the Protocol\'s own words are never dropped, though they look like everyday ones', () => {
  assert.deepEqual(planQuery('en', 'what means are used').words, ['means', 'used']);
  assert.deepEqual(planQuery('sl', 'katera sredstva').words, ['sredstva']);
});

test('"what is X" and its kin name their subject, in the reader\'s words', () => {
  assert.equal(planQuery('en', 'What is exploitation?').subject, 'exploitation');
  assert.equal(planQuery('en', 'what is a particular social group').subject, 'particular social group');
  assert.equal(planQuery('en', 'what does non-refoulement mean').subject, 'non-refoulement');
  assert.equal(planQuery('sl', 'kaj je izkoriščanje').subject, 'izkoriščanje');
  assert.equal(planQuery('sr', 'шта је експлоатација').subject, 'експлоатација');
  assert.equal(planQuery('sr-latn', 'ko je žrtva trgovine ljudima').subject, 'žrtva trgovine ljudima');
  assert.equal(planQuery('en', 'consent of the victim').subject, undefined);
});

test('only stop words, empty, and overlong queries are told apart', () => {
  assert.equal(planQuery('en', 'what is the').onlyStopWords, true);
  assert.deepEqual(planQuery('en', 'what is the').words, ['what', 'is', 'the']);
  assert.equal(planQuery('en', '   ').onlyStopWords, false);
  assert.deepEqual(planQuery('en', '   ').words, []);
  const long = planQuery('en', 'trafficking '.repeat(100));
  assert.equal(long.truncated, true);
  assert.ok(long.text.length <= MAX_QUERY_LENGTH);
  assert.ok(long.text.endsWith('trafficking'), 'cut at a word boundary');
  assert.deepEqual(planQuery('en', '<img src=x onerror=alert(1)>').words, ['img', 'src=x', 'onerror=alert(1']);
});

test('an everyday name of a concept adds the treaty\'s wording, by stems, in both Serbian scripts', async () => {
  const stem = await stemmerFor('sr');
  const concepts = [{ id: 'trafficking-in-persons', names: ['трговина људским бићима', 'трговина људима'], forms: [] }, { id: 'child', names: ['дете'], forms: [] }];
  const wordings = (locale: 'sr' | 'sr-latn', words: string[]) => treatyWordings(locale, stem, words, concepts).map((t) => t.wording);
  assert.deepEqual(wordings('sr', ['трговина', 'људима']), ['трговина људским бићима']);
  assert.deepEqual(wordings('sr-latn', ['trgovini', 'ljudima', 'deca']), ['трговина људским бићима deca']);
  assert.equal(treatyWordings('sr', stem, ['трговина', 'људима'], concepts)[0]!.concept.id, 'trafficking-in-persons');
  assert.deepEqual(treatyWordings('sr', stem, ['трговина', 'људским', 'бићима'], concepts), []);
  assert.deepEqual(treatyWordings('sr', stem, ['дете'], concepts), []);
});

test('nothing holds every word: pages holding most of them come first', () => {
  const ranked = pagesHoldingMost([['a', 'b'], ['b', 'c'], ['b', 'a']], (p) => p);
  assert.deepEqual(ranked, [{ page: 'b', held: 3 }, { page: 'a', held: 2 }, { page: 'c', held: 1 }]);
  assert.deepEqual(pagesHoldingMost([], (p: string) => p), []);
  const scored = pagesHoldingMost([['a', 'b'], ['b', 'a'], ['c']], (p) => p, (p) => (p === 'a' ? 1 : 0.5));
  assert.deepEqual(scored.map((r) => r.page), ['a', 'b', 'c'], 'a tie goes to the higher summed score');
});

test('several searches merge taking turns, each page once', () => {
  assert.deepEqual(takingTurns([['g1', 'g2', 'g3'], ['art3', 'g1', 'art5']], (p) => p), ['g1', 'art3', 'g2', 'g3', 'art5']);
});

test('a question is told from a topic, in each language', () => {
  assert.equal(planQuery('en', 'can a victim stay').isQuestion, true);
  assert.equal(planQuery('en', 'victim residence?').isQuestion, true);
  assert.equal(planQuery('en', 'fake passports').isQuestion, false);
  assert.equal(planQuery('sl', 'ali lahko žrtev ostane').isQuestion, true);
  assert.equal(planQuery('sr', 'да ли жртва може да остане').isQuestion, true);
  assert.equal(planQuery('sr-latn', 'lažni pasoši').isQuestion, false);
  assert.equal(planQuery('en', 'the victim agreed to the job, is it still trafficking').isQuestion, true);
});

test('a reader\'s question finds the explanation question it asks again, by stems, or none when unsure', async () => {
  const stem = await stemmerFor('en');
  const questions = [
    { question: 'Can a State leave the Trafficking Protocol?', url: '/en/protocol/art-19/explained/#art_19', title: 'Article 19' },
    { question: 'Does a denunciation of the Protocol take effect immediately?', url: '/en/protocol/art-19/explained/#art_19', title: 'Article 19' },
    { question: 'Who counts as a child under the Trafficking Protocol?', url: '/en/protocol/art-3/explained/#art_3__point_d', title: 'Article 3' },
    { question: 'Must a child have been forced or deceived to count as a victim?', url: '/en/protocol/art-3/explained/#art_3__point_c', title: 'Article 3' },
  ];
  const index = indexQuestions('en', stem, questions);
  const ask = (text: string) => askedBefore('en', stem, planQuery('en', text).words, index)?.url;
  assert.equal(ask('can a country leave the protocol'), '/en/protocol/art-19/explained/#art_19');
  assert.equal(ask('who is counted as a child'), '/en/protocol/art-3/explained/#art_3__point_d');
  assert.equal(ask('does a child have to be forced'), '/en/protocol/art-3/explained/#art_3__point_c');
  assert.equal(ask('how old is a child'), undefined, 'one shared word is not enough');
  assert.equal(ask('trafficking protocol'), undefined, 'two places tie: no guess');
});

test('a text names a term only with the stems of one of its names, word for word, in any case or script', async () => {
  const stem = await stemmerFor('sr');
  const keys = indexNames('sr', stem, [{ id: 'victim-of-trafficking', names: ['жртва трговине људима'], forms: ['лице које је предмет трговине'] }]);
  assert.equal(namesATerm('sr', stem, 'жртвама трговине људима', keys), true);
  assert.equal(namesATerm('sr-latn', stem, 'zrtvama trgovine ljudima', keys), true);
  assert.equal(namesATerm('sr', stem, 'жртве', keys), false);
  assert.equal(namesATerm('sr', stem, 'права жртава трговине људима', keys), false);
  assert.equal(namesATerm('sr', stem, 'лицу које је предмет трговине', keys), true, 'a listed form, not only a name');
});
