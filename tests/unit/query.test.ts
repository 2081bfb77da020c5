import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedBefore, expandQuestions, paragraphHolding, placeCoverage, preciser, questionAsked, spelledAs, indexConcepts, indexQuestions, MAX_QUERY_LENGTH, namesATerm, pagesHoldingMost, pagesOnAll, planQuery, readQuery, termNamedInPart, termOpening, searchesOf, takingTurns } from '../../src/lib/query.ts';
import { stemmerFor } from '../../src/lib/stemming.ts';

/** An explanation's question on a page of this title, for the tests' small question indexes. */
const explanationQuestion = (title: string) => (question: string, url: string) => ({ question, url, title, kind: 'explanation' as const });

test('question and stop words go, the words that carry the question stay, in each language and script', () => {
  assert.deepEqual(planQuery('en', 'how old is a child').words, ['old', 'child']);
  assert.deepEqual(planQuery('en', 'Is consent relevant?').words, ['consent', 'relevant']);
  assert.deepEqual(planQuery('sl', 'kdo je otrok').words, ['otrok']);
  assert.deepEqual(planQuery('sl', 'Ali je soglasje žrtve pomembno?').words, ['soglasje', 'žrtve', 'pomembno']);
  assert.deepEqual(planQuery('sr', 'да ли је пристанак жртве битан').words, ['пристанак', 'жртве', 'битан']);
  assert.deepEqual(planQuery('sr-latn', 'ko je dete').words, ['dete']);
  // Pronouns and "because", "someone": the story's grammar, not what it is about (a rare word weighs much).
  assert.deepEqual(planQuery('sr', 'смеју ли да га врате тамо где ће га мучити').words, ['врате', 'мучити']);
  assert.deepEqual(planQuery('sr-latn', 'može li neko da dobije azil samo zato što je bio žrtva').words, ['dobije', 'azil', 'žrtva']);
  assert.deepEqual(planQuery('sl', 'ali jo lahko vrnejo, ker se nekdo boji zanjo').words, ['vrnejo', 'boji', 'zanjo']);
  assert.deepEqual(planQuery('en', 'can someone be sent back because he is a victim').words, ['sent', 'back', 'victim']);
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
  // A word such as "exactly" before X, or "under the Protocol" after it, is not part of X; nor is a verb of counting.
  assert.equal(planQuery('en', 'what exactly counts as exploitation under the Palermo Protocol?').subject, 'exploitation');
  assert.equal(planQuery('en', 'what does debt bondage mean in the protocol').subject, 'debt bondage');
  assert.equal(planQuery('en', 'what is considered a position of vulnerability').subject, 'position of vulnerability');
  assert.equal(planQuery('sl', 'kaj točno šteje za izkoriščanje po protokolu').subject, 'izkoriščanje');
  assert.equal(planQuery('sl', 'kaj se šteje za suženjstvo').subject, 'suženjstvo');
  assert.equal(planQuery('sr-latn', 'šta se tačno smatra trgovinom ljudima po Palermo protokolu').subject, 'trgovinom ljudima');
  assert.equal(planQuery('sr', 'шта значи дужничко ропство према протоколу').subject, 'дужничко ропство');
  assert.equal(planQuery('sl', 'kaj vse šteje za izkoriščanje po protokolu').subject, 'izkoriščanje', '"all" that counts as X');
  assert.deepEqual(planQuery('sl', 'kaj vse šteje za izkoriščanje').words, ['šteje', 'izkoriščanje']);
  assert.equal(planQuery('sr', 'шта се све сматра експлоатацијом').subject, 'експлоатацијом');
  assert.equal(planQuery('sr-latn', 'šta sve spada u eksploataciju').subject, 'eksploataciju', 'what falls under X');
  assert.equal(planQuery('sl', 'kaj spada pod izkoriščanje').subject, 'izkoriščanje');
  assert.equal(planQuery('sr', 'шта је циљ експлоатације код кривичног дела трговине људима').subject, 'циљ експлоатације', 'the offence of trafficking after the term is not part of it');
  assert.equal(planQuery('sl', 'kaj je namen izkoriščanja pri kaznivem dejanju trgovine z ljudmi').subject, 'namen izkoriščanja');
  assert.equal(planQuery('en', 'what is the protocol').subject, 'protocol', 'the Protocol itself, asked about, stays');
  // The term then the word for a definition, and who counts as what; "in trafficking" tells the field, not the term.
  assert.equal(planQuery('en', 'trafficking definition').subject, 'trafficking');
  assert.equal(planQuery('en', 'debt bondage meaning').subject, 'debt bondage');
  assert.equal(planQuery('en', 'trafficking defintion').subject, 'trafficking', 'a slip in "definition" still asks for one');
  assert.equal(planQuery('sl', 'trgovina z ljudmi definicija').subject, 'trgovina z ljudmi');
  assert.equal(planQuery('sr', 'трговина људима дефиниција').subject, 'трговина људима');
  assert.equal(planQuery('en', 'who counts as a child').subject, 'child');
  assert.equal(planQuery('sl', 'kdo se šteje za otroka').subject, 'otroka');
  assert.equal(planQuery('sr-latn', 'ko se smatra trgovcem ljudima').subject, 'trgovcem ljudima');
  assert.equal(planQuery('sr', 'шта тачно значи врбовање код трговине људима').subject, 'врбовање');
  assert.equal(planQuery('en', 'what is exploitation in trafficking cases').subject, 'exploitation');
  assert.equal(planQuery('en', 'what is trafficking in persons').subject, 'trafficking in persons');
  assert.equal(planQuery('sl', 'kaj je trgovina z ljudmi').subject, 'trgovina z ljudmi');
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
  const concepts = indexConcepts('sr', stem, [{ id: 'trafficking-in-persons', names: ['трговина људским бићима', 'трговина људима'], forms: [] }, { id: 'child', names: ['дете'], forms: [] }]);
  const wordings = (locale: 'sr' | 'sr-latn', words: string[]) => readQuery(locale, stem, words, concepts).wordings.map((t) => t.wording);
  assert.deepEqual(wordings('sr', ['трговина', 'људима']), ['трговина људским бићима']);
  assert.deepEqual(wordings('sr-latn', ['trgovini', 'ljudima', 'deca']), ['трговина људским бићима deca']);
  assert.equal(readQuery('sr', stem, ['трговина', 'људима'], concepts).wordings[0]!.concept.id, 'trafficking-in-persons');
  assert.deepEqual(readQuery('sr', stem, ['трговина', 'људским', 'бићима'], concepts).wordings, []);
  assert.deepEqual(readQuery('sr', stem, ['дете'], concepts).wordings, []);
});

test('an everyday word the texts do not use finds its concept, and a form of the preferred name adds no search', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'travel-or-identity-documents', names: ['travel or identity documents'], forms: ['travel documents'], searchedAs: ['passport', 'passports'] },
    { id: 'consent-of-the-victim', names: ['consent of the victim'], forms: [], searchedAs: ['agreed'] },
  ]);
  assert.deepEqual(readQuery('en', stem, ['fake', 'passports'], concepts).wordings.map((t) => t.wording), ['fake travel or identity documents']);
  assert.deepEqual(readQuery('en', stem, ['travel', 'documents'], concepts).wordings, []);
  const [victim, agreed, job] = readQuery('en', stem, ['victim', 'agreed', 'job'], concepts).words;
  assert.deepEqual([...victim!.stems], [stem('victim')], 'a word no concept claims stands for itself');
  assert.ok(agreed!.stems.has(stem('consent')), '"agreed" stands for consent too');
  assert.deepEqual(agreed!.treatyNames, ['consent of the victim']);
  assert.deepEqual(job!.treatyNames, []);
  assert.equal(namesATerm('en', stem, 'passports', concepts), false, 'an everyday word finds a term but does not name it');
  const plan = planQuery('en', 'fake passports');
  assert.deepEqual(searchesOf(readQuery('en', stem, plan.words, concepts)), {
    together: ['fake passports', 'fake travel or identity documents'],
    eachWord: [['fake'], ['passports', 'travel or identity documents']],
  });
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
  const concepts = indexConcepts('en', stem, [{ id: 'denunciation', names: ['denunciation'], forms: ['denounce'], searchedAs: ['withdraw'] }]);
  const ask = (text: string) => askedBefore(readQuery('en', stem, planQuery('en', text).words, concepts).words, index)?.url;
  assert.equal(ask('can a country leave the protocol'), '/en/protocol/art-19/explained/#art_19');
  assert.equal(ask('who is counted as a child'), '/en/protocol/art-3/explained/#art_3__point_d');
  assert.equal(ask('does a child have to be forced'), '/en/protocol/art-3/explained/#art_3__point_c');
  assert.equal(ask('how old is a child'), undefined, 'one shared word is not enough');
  assert.equal(ask('trafficking protocol'), undefined, 'two places tie: no guess');
  assert.equal(ask('is denunciation immediate'), '/en/protocol/art-19/explained/#art_19');
  assert.equal(ask('when does a withdrawal from the protocol take effect'), '/en/protocol/art-19/explained/#art_19', 'by the concept an everyday word names');
});

test('the surer match wins: a word counts once, rarer shared words and a concept\'s words weigh more, an article\'s several questions more than one', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [{ id: 'consent-of-the-victim', names: ['consent of the victim'], forms: [], searchedAs: ['agreed'] }]);
  const questions = [
    { question: 'Does it matter that a victim of trafficking consented?', url: '/en/protocol/art-3/explained/#art_3__point_b', title: 'Article 3' },
    { question: 'Does the Protocol give victims of trafficking a right to work?', url: '/en/protocol/art-6/explained/#art_6__para_3__point_d', title: 'Article 6' },
    { question: 'Must victims of trafficking be housed?', url: '/en/protocol/art-6/explained/#art_6__para_3__point_a', title: 'Article 6' },
    { question: 'Can victims of trafficking stay?', url: '/en/protocol/art-7/explained/#art_7', title: 'Article 7' },
    { question: 'When does the Protocol enter into force for a State that joins later?', url: '/en/protocol/art-17/explained/#art_17__para_2', title: 'Article 17' },
    { question: 'How many ratifications does the Protocol need to enter into force?', url: '/en/protocol/art-17/explained/#art_17', title: 'Article 17' },
    { question: 'When does an amendment of the Protocol enter into force?', url: '/en/protocol/art-18/explained/#art_18__para_4', title: 'Article 18' },
  ];
  // As in the real index, many questions on other things: a word found in three questions is then still distinctive.
  const others = Array.from({ length: 60 }, (_, i) => ({ question: `What does provision ${i} require?`, url: `/en/other/${i}/`, title: 'Other' }));
  const index = indexQuestions('en', stem, [...questions, ...others]);
  const ask = (text: string) => askedBefore(readQuery('en', stem, planQuery('en', text).words, concepts).words, index)?.url;
  assert.equal(ask('the victim agreed to work, is it trafficking'), '/en/protocol/art-3/explained/#art_3__point_b', '"agreed" names consent, which weighs more than "work"');
  assert.match(ask('when did the protocol enter into force') ?? '', /^\/en\/protocol\/art-17\//, 'two questions of article 17 against one of article 18');
});

test('a query naming two things finds the guidelines, notes and checks on both, by concept or by the title\'s own words', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'victim-of-trafficking', names: ['victim of trafficking'], forms: ['victims of trafficking'] },
    { id: 'trafficking-in-persons', names: ['trafficking in persons'], forms: ['trafficked'] },
    { id: 'refugee', names: ['refugee'], forms: ['refugees'], searchedAs: ['asylum', 'claim asylum'] },
    { id: 'coercion', names: ['coercion'], forms: [], searchedAs: ['threat', 'threats'] },
    { id: 're-trafficking', names: ['re-trafficking'], forms: [], searchedAs: ['trafficked again'] },
  ]);
  const pages = [
    { question: 'UNHCR Guidelines No. 7: victims of trafficking and the refugee definition', answer: 'When a victim of trafficking is a refugee.', url: '/en/guidelines/gip-7/', title: 'GIP 7', kind: 'guideline' as const },
    { question: 'Could the person be a refugee? Points to examine', answer: 'The refugee definition applied to victims of trafficking.', url: '/en/check/refugee/', title: 'Check', kind: 'check' as const },
    { question: 'Smuggling and trafficking', answer: 'Smuggling is a crime against the State.', url: '/en/notes/smuggling-vs-trafficking/', title: 'Note', kind: 'note' as const },
    { question: 'Can a State leave the Protocol?', url: '/en/protocol/art-19/explained/#art_19', title: 'Article 19' },
  ];
  const index = indexQuestions('en', stem, pages, concepts);
  const on = (text: string) => pagesOnAll(readQuery('en', stem, planQuery('en', text).words, concepts).words, index).map((q) => q.url);
  // "trafficked" is in the guideline's title; the check names both in its lead, and its title no other concept.
  assert.deepEqual(on('can a trafficked person claim asylum'), ['/en/check/refugee/', '/en/guidelines/gip-7/']);
  assert.deepEqual(on('victim of trafficking threats'), [], 'no page names both');
  assert.deepEqual(on('trafficked again refugee'), [], 'an everyday word of another concept is not found by a title\'s word');
  assert.deepEqual(on('refugee'), [], 'one thing: its definition answers');
});

test('a text names a term only with the stems of one of its names, word for word, in any case or script', async () => {
  const stem = await stemmerFor('sr');
  const concepts = indexConcepts('sr', stem, [{ id: 'victim-of-trafficking', names: ['жртва трговине људима'], forms: ['лице које је предмет трговине'] }]);
  assert.equal(namesATerm('sr', stem, 'жртвама трговине људима', concepts), true);
  assert.equal(namesATerm('sr-latn', stem, 'zrtvama trgovine ljudima', concepts), true);
  assert.equal(namesATerm('sr', stem, 'жртве', concepts), false);
  assert.equal(namesATerm('sr', stem, 'права жртава трговине људима', concepts), false);
  assert.equal(namesATerm('sr', stem, 'лицу које је предмет трговине', concepts), true, 'a listed form, not only a name');
});

test('"what is X for" asks its purpose, "difference between X and Y" what sets them apart, in each language', () => {
  assert.deepEqual(planQuery('en', 'what is the protocol for').words, ['protocol', 'purpose']);
  assert.equal(planQuery('en', 'what is the protocol for').subject, undefined);
  assert.deepEqual(planQuery('sl', 'čemu je namenjen protokol').words, ['protokol', 'namen']);
  assert.deepEqual(planQuery('sr', 'чему служи протокол').words, ['протокол', 'cilj']);
  assert.deepEqual(planQuery('en', 'difference between smuggling and trafficking').words, ['smuggling', 'trafficking']);
  assert.deepEqual(planQuery('sr', 'разлика између кријумчарења и трговине људима').words, ['кријумчарења', 'трговине', 'људима']);
  assert.deepEqual(planQuery('sl', 'razlika med tihotapljenjem in trgovino z ljudmi').words, ['tihotapljenjem', 'trgovino', 'ljudmi']);
  assert.deepEqual(planQuery('en', 'what is exploitation for').words, ['exploitation', 'purpose']);
  for (const [locale, asked] of [['en', "what's the difference between smuggling and trafficking"], ['en', 'what is the main difference between smuggling and trafficking'], ['sl', 'kakšna je razlika med tihotapljenjem in trgovino'], ['sr-latn', 'koja je razlika izmedju krijumcarenja i trgovine'], ['sr', 'која је разлика између кријумчарења и трговине']] as const) {
    const plan = planQuery(locale, asked);
    assert.equal(plan.compares, true, `asked as a question, "${asked}" compares`);
    assert.equal(plan.words.length, 2, asked);
  }
});

test('"which are the X" asks what X is, in Slovenian and Serbian', () => {
  assert.equal(planQuery('sr', 'која су средства код трговине људима').subject, 'средства');
  assert.equal(planQuery('sl', 'kateri so konvencijski razlogi za preganjanje?').subject, 'konvencijski razlogi za preganjanje');
  assert.equal(planQuery('sr-latn', 'žrtva koja je svedočila').subject, undefined, 'only at the start of the query');
});

test('questions.json keeps a phrasing as a pointer to its question: expanded, it has the question\'s place and answer', () => {
  const question = { question: 'Who issues the travel documents?', answer: 'The requested State does.', url: '/en/protocol/art-8/explained/#art_8__para_4', title: 'Article 8 explained', kind: 'explanation' as const };
  const alone = { question: 'no passport at all', phrasing: true as const, answer: 'It says nothing.', url: '/en/protocol/art-8/explained/#art_8__para_5', title: 'Article 8 explained', kind: 'explanation' as const };
  assert.deepEqual(expandQuestions([question, { phrasing: 'embassy will not give her papers', of: 0 }, alone]), [
    question,
    { ...question, question: 'embassy will not give her papers', phrasing: true },
    alone,
  ]);
  assert.throws(() => expandQuestions([question, { phrasing: 'a b', of: 5 }]), /points to entry 5, which is not a question/);
});

test('an article\'s overview gives way to its own paragraph when the paragraph holds as many of the reader\'s words', async () => {
  const stem = await stemmerFor('en');
  const q = explanationQuestion('Article 17 explained');
  const index = indexQuestions('en', stem, [
    q('When did the Protocol enter into force?', '/en/protocol/art-17/explained/#art_17'),
    q('How many ratifications were needed for entry into force?', '/en/protocol/art-17/explained/#art_17__para_1'),
    q('When does it enter into force for a State that ratifies later?', '/en/protocol/art-17/explained/#art_17__para_2'),
  ]);
  const words = readQuery('en', stem, planQuery('en', 'how many ratifications for entry into force').words, indexConcepts('en', stem, [])).words;
  const coverage = placeCoverage(words, index);
  const overview = { ...index.questions[0]!, holdsEveryWord: false, sharesOnlyNames: false };
  assert.equal(preciser(overview, coverage, index).url, '/en/protocol/art-17/explained/#art_17__para_1');
  const paragraph = { ...index.questions[2]!, holdsEveryWord: false, sharesOnlyNames: false };
  assert.equal(preciser(paragraph, coverage, index), paragraph, 'a paragraph stays');
});

test('a query\'s concepts are told apart by how the reader named them: by a name or form, or by an everyday word', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'reception-centre', names: ['reception centre'], forms: ['reception centres'] },
    { id: 'coercion', names: ['coercion'], forms: [], searchedAs: ['threatened'] },
  ]);
  const read = readQuery('en', stem, planQuery('en', 'threatened in a reception centre').words, concepts);
  assert.deepEqual(read.named.map((n) => [n.concept.id, n.start, n.length]), [['reception-centre', 1, 2]]);
  assert.deepEqual(read.everyday.map((n) => [n.concept.id, n.start, n.length]), [['coercion', 0, 1]]);
});

test('a word of an everyday phrase ("pull out") is held only by a place naming its concept, not by any text holding the word', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [{ id: 'denunciation', names: ['denunciation'], forms: ['denounce'], searchedAs: ['pull out', 'leave the protocol'] }]);
  const q = explanationQuestion('Explained');
  const index = indexQuestions('en', stem, [
    q('Can a State denounce the Protocol?', '/en/protocol/art-19/explained/#art_19__para_1'),
    q('Must States pull together to carry out the Protocol?', '/en/protocol/art-10/explained/#art_10'),
    q('What are the purposes of the Protocol?', '/en/protocol/art-2/explained/#art_2'),
  ], concepts);
  const words = readQuery('en', stem, planQuery('en', 'how does a state pull out').words, concepts).words;
  const { places } = placeCoverage(words, index);
  assert.deepEqual(places.get('/en/protocol/art-19/explained/#art_19__para_1')?.held.map((w) => w.word), ['state', 'pull', 'out']);
  assert.deepEqual(places.get('/en/protocol/art-10/explained/#art_10')?.held.map((w) => w.word), ['state'], '"pull" and "out" there are other words');
});

test('a card for a whole article leads to its paragraph whose explanation holds most of the reader\'s words, if more than the overview', async () => {
  const stem = await stemmerFor('en');
  const q = explanationQuestion('Article 8 explained');
  const index = indexQuestions('en', stem, [
    q('What does article 8 ask of States about return?', '/en/protocol/art-8/explained/#art_8'),
    q('Must the State of origin accept its national back?', '/en/protocol/art-8/explained/#art_8__para_1'),
    q('Must the State of origin issue travel documents for the return?', '/en/protocol/art-8/explained/#art_8__para_4'),
    q('Must States issue travel documents of good quality?', '/en/protocol/art-12/explained/#art_12__point_a'),
  ]);
  const coverage = (text: string) => placeCoverage(readQuery('en', stem, planQuery('en', text).words, indexConcepts('en', stem, [])).words, index);
  assert.equal(paragraphHolding('/en/protocol/art-8/#art_8', coverage('the embassy will not issue travel documents for her return')), 'art_8__para_4');
  assert.equal(paragraphHolding('/en/protocol/art-8/#art_8', coverage('return')), undefined, 'one word is not enough');
  assert.equal(paragraphHolding('/en/protocol/art-8/#art_8', coverage('what does article 8 ask about return')), undefined, 'the overview holds as much');
  assert.equal(paragraphHolding('/en/protocol/art-8/#art_8__para_1', coverage('issue travel documents for return')), undefined, 'only a whole article is made precise');
});

test('in Slovenian and Serbian a word is found by its first five letters too, beyond what the stemmer strips; in English by its stem alone', async () => {
  const sr = await stemmerFor('sr');
  const index = indexQuestions('sr', sr, [{ question: 'Да ли врбовање одговорног лица повлачи казну?', url: '/sr/protocol/art-5/explained/#art_5__para_2__point_c', title: 'Члан 5', kind: 'explanation' }]);
  const held = (text: string) => [...(placeCoverage(readQuery('sr', sr, planQuery('sr', text).words, indexConcepts('sr', sr, [])).words, index).places.values())][0]?.held.map((w) => w.word) ?? [];
  assert.deepEqual(held('шеф није лично врбовао, одговара ли'), ['врбовао', 'одговара']);
  const en = await stemmerFor('en');
  const enIndex = indexQuestions('en', en, [{ question: 'Does the Protocol cover road traffic?', url: '/en/protocol/art-4/explained/#art_4', title: 'Article 4', kind: 'explanation' }]);
  const enHeld = [...placeCoverage(readQuery('en', en, planQuery('en', 'trafficking cases').words, indexConcepts('en', en, [])).words, enIndex).places.values()];
  assert.deepEqual(enHeld, [], '"trafficking" and "traffic" share five letters, not a stem');
});

test('a topic in the words of a phrasing that cites its provision is left to the engine; a question asked in them is answered by it', async () => {
  const stem = await stemmerFor('en');
  const question = { question: 'Must victims be housed?', answer: 'States shall consider it.', url: '/en/protocol/art-6/explained/#art_6__para_3__point_a', title: 'Article 6', kind: 'explanation' as const };
  const index = indexQuestions('en', stem, expandQuestions([question, { phrasing: 'article 6(3)(a) appropriate housing', of: 0 }, { phrasing: 'somewhere safe to sleep', of: 0 }]));
  const ask = (text: string) => { const plan = planQuery('en', text); return askedBefore(readQuery('en', stem, plan.words, indexConcepts('en', stem, [])).words, index, { asking: plan.isQuestion })?.url; };
  assert.equal(ask('appropriate housing'), undefined, 'the Protocol\'s own words: its text answers');
  assert.equal(ask('is appropriate housing required?'), question.url);
  assert.equal(ask('somewhere safe to sleep'), question.url, 'a phrasing in other words still answers a topic');
});

test('a one-letter typo (or two neighbours swapped) of a concept\'s word is read as the glossary spells it; a word the site\'s texts spell is not', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'trafficking-in-persons', names: ['trafficking in persons'], forms: ['trafficking in persons', 'trafficking'] },
    { id: 'refugee-status-determination', names: ['refugee status determination'], forms: ['refugee status determination', 'refugee status'] },
  ]);
  const questions = indexQuestions('en', stem, [{ question: 'What must States do?', answer: 'States must act.', url: '/en/protocol/art-9/explained/#art_9', title: 'Article 9', kind: 'explanation' }]);
  assert.equal(spelledAs('en', stem, 'traficking', concepts, questions), 'trafficking');
  assert.equal(spelledAs('en', stem, 'trafficking', concepts, questions), 'trafficking');
  assert.equal(spelledAs('en', stem, 'states', concepts, questions), 'states', 'a word the questions hold, one letter from "status"');
  assert.equal(spelledAs('en', stem, 'statu', concepts, questions), 'statu', 'five letters: too short to tell');
  assert.equal(spelledAs('en', stem, 'tarfficking', concepts, questions), 'trafficking', 'two neighbours swapped');
  assert.equal(spelledAs('en', stem, 'rtafficking', concepts, questions), 'trafficking');
  assert.equal(spelledAs('en', stem, 'tfarficking', concepts, questions), 'tfarficking', 'two letters apart swapped: two slips');
});

test('two or more words of one term\'s name, one after another, name that term; words several names hold name none', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'organized-criminal-group', names: ['organized criminal group'], forms: ['organized criminal group', 'organized criminal groups'] },
    { id: 'particular-social-group', names: ['particular social group'], forms: ['particular social group'] },
    { id: 'social-group-x', names: ['social group membership'], forms: [] },
    { id: 'recovery-and-reflection-period', names: ['recovery and reflection period'], forms: [] },
  ]);
  assert.equal(termNamedInPart('en', stem, ['criminal', 'groups'], concepts)?.id, 'organized-criminal-group');
  assert.equal(termNamedInPart('en', stem, ['reflection', 'period'], concepts)?.id, 'recovery-and-reflection-period', 'the stop word "and" left out');
  assert.equal(termNamedInPart('en', stem, ['social', 'group'], concepts), undefined, 'two names hold it');
  assert.equal(termNamedInPart('en', stem, ['group', 'criminal'], concepts), undefined, 'not in the name\'s order');
  assert.equal(termNamedInPart('en', stem, ['criminal'], concepts), undefined, 'one word says too little');
  assert.equal(termNamedInPart('en', stem, ['recovery'], concepts, { atStart: true })?.id, 'recovery-and-reflection-period', 'asked what it is, one word that begins a name');
  assert.equal(termNamedInPart('en', stem, ['reflection'], concepts, { atStart: true }), undefined, 'not where the name begins');
});

test('a term\'s name of two words or more opening a topic of one word more names that term; a name the words end with does not', async () => {
  const stem = await stemmerFor('en');
  const concepts = indexConcepts('en', stem, [
    { id: 'non-punishment-principle', names: ['non-punishment principle'], forms: ['principle of non-punishment'] },
    { id: 'asylum-seeker', names: ['asylum seeker'], forms: ['asylum seekers'] },
    { id: 'victim', names: ['victim'], forms: ['victims'] },
  ]);
  assert.equal(termOpening('en', stem, ['principle', 'of', 'non-punishment', 'victims'], concepts)?.id, 'non-punishment-principle', 'a form, its stop word left out');
  assert.equal(termOpening('en', stem, ['vulnerable', 'asylum', 'seekers'], concepts), undefined, 'the name ends the words: "vulnerable" qualifies it');
  assert.equal(termOpening('en', stem, ['asylum', 'seekers', 'rights', 'in', 'serbia'], concepts), undefined, 'more than one word after it');
  assert.equal(termOpening('en', stem, ['victims', 'rights'], concepts), undefined, 'a one-word name says too little');
  assert.equal(termOpening('en', stem, ['asylum', 'seekers'], concepts), undefined, 'the name alone is the term itself, found as such');
});

test('an answer card shows the question sharing the reader\'s rarer words: "name" counts for more than "keep"', async () => {
  const stem = await stemmerFor('en');
  const url = '/en/protocol/art-6/explained/#art_6__para_1';
  const index = indexQuestions('en', stem, [
    { question: 'Can a victim\'s identity be kept secret in legal proceedings?', url, title: 'Article 6' },
    { question: 'Can a victim remain anonymous so that the public does not learn their name?', url, title: 'Article 6' },
    { question: 'Must the State keep records of the victims it assists?', url: '/en/a/', title: 'A' },
    { question: 'Does the State keep the victim informed?', url: '/en/b/', title: 'B' },
  ]);
  const words = readQuery('en', stem, planQuery('en', 'keep the victim\'s name out of the newspapers').words, indexConcepts('en', stem, [])).words;
  assert.equal(questionAsked(url, words, index)?.question, 'Can a victim remain anonymous so that the public does not learn their name?');
});
