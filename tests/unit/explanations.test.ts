import { test } from 'node:test';
import assert from 'node:assert/strict';
import { componentProblem } from '../../src/lib/embeds.ts';
import { answerTo, closestQuestion, explanationProblems, firstSentence, plainText, questionKey, readExplanationBlocks, sentencesOf, type ExplanationFile } from '../../src/lib/explanations.ts';

const source = `---
article: 3
sources: []
---

<Explanation of="art_3">

Overview.

<Questions>

- What are the elements of trafficking?
- Does consent matter?

</Questions>

</Explanation>

<Explanation of="art_3__point_a art_3__point_b">

Points (a) and (b) together.

</Explanation>
`;

test('reads each explanation block with its ids, its line and its questions', () => {
  assert.deepEqual(readExplanationBlocks(source), [
    { ids: ['art_3'], line: 6, questions: [{ text: 'What are the elements of trafficking?', line: 12 }, { text: 'Does consent matter?', line: 13 }], prose: 'Overview.' },
    { ids: ['art_3__point_a', 'art_3__point_b'], line: 19, questions: [], prose: 'Points (a) and (b) together.' },
  ]);
});

test('an explanation\'s prose is read as plain text, without its embedded components; each question finds its sentence', () => {
  const [block] = readExplanationBlocks(`<Explanation of="art_14__para_1">

<Provision id="art_14__para_1" />

The saving clause keeps refugee law whole ([art. 14(1)](protocol:art_14__para_1)) [@unhcr-gip-7, para. 12]. Under
GIP No. 7 some victims of trafficking may qualify as refugees.

<Aside kind="advice">

Ask about the route.

</Aside>

<Questions>

- Does the Protocol affect refugee law?
- Can a victim of trafficking qualify as a refugee?

</Questions>

</Explanation>
`);
  assert.equal(block!.prose, 'The saving clause keeps refugee law whole (art. 14(1)). Under GIP No. 7 some victims of trafficking may qualify as refugees.');
  assert.equal(answerTo('Does the Protocol affect refugee law?', block!.prose!), 'The saving clause keeps refugee law whole (art. 14(1)).');
  assert.equal(answerTo('Can a victim of trafficking qualify as a refugee?', block!.prose!), 'Under GIP No. 7 some victims of trafficking may qualify as refugees.');
  assert.equal(answerTo('Unrelated?', block!.prose!), 'The saving clause keeps refugee law whole (art. 14(1)).');
  assert.deepEqual(sentencesOf('One. Two? Three'), ['One.', 'Two?', 'Three']);
});

test('plain text drops citations, link targets and emphasis marks; the first sentence skips abbreviations', () => {
  assert.equal(plainText('A **child** is [anyone](glossary:child) under eighteen [@crc, art. 1]. \\{x\\}'), 'A child is anyone under eighteen. {x}');
  assert.equal(plainText('1\\. člen protokol povezuje (a\\) \\#1'), '1. člen protokol povezuje (a) #1', 'Markdown\'s backslash escapes are not text');
  assert.equal(firstSentence('Read with art. 3(c) and GIP No. 7, para. 12. The rest follows.'), 'Read with art. 3(c) and GIP No. 7, para. 12.');
  assert.equal(firstSentence('Glej 3. člen, tč. (a), in čl. 5. Drugo.'), 'Glej 3. člen, tč. (a), in čl. 5.');
  assert.equal(firstSentence('Види члан 3, бр. 6/2001. Друго.'), 'Види члан 3, бр. 6/2001.');
  assert.equal(firstSentence('Is it? Yes.'), 'Is it?');
  assert.equal(firstSentence('One sentence only'), 'One sentence only');
});

const rules = {
  provisionIds: ['preamble', 'art_3', 'art_3__point_a', 'art_3__point_b'],
  articleOf: (id: string) => (id === 'preamble' ? undefined : Number(id.match(/^art_(\d+)/)![1])),
  isArticle: (id: string) => /^art_\d+$/.test(id),
};
const q = (text: string, line = 1) => ({ text, line });
const preamble = (language: string, question: string): ExplanationFile => ({
  file: `content/explanations/${language}/preamble.mdx`, language, article: 'preamble',
  blocks: [{ ids: ['preamble'], line: 6, questions: [q(`${question} one?`), q(`${question} two?`)] }],
});
const article3 = (language: string, question: string): ExplanationFile => ({
  file: `content/explanations/${language}/art-3.mdx`, language, article: 3,
  blocks: [
    { ids: ['art_3'], line: 6, questions: [q(`${question} a?`, 10), q(`${question} b?`, 11)] },
    { ids: ['art_3__point_a', 'art_3__point_b'], line: 19, questions: [] },
  ],
});
const complete = [preamble('en', 'Why'), article3('en', 'What'), preamble('sl', 'Zakaj'), article3('sl', 'Kaj')];

test('complete, matching explanations in every language have no problems', () => {
  assert.deepEqual(explanationProblems(complete, ['en', 'sl'], rules), []);
});

test('a provision without an explanation in one language is named with its file', () => {
  const files = complete.map((f) => (f.language === 'sl' && f.article === 3 ? { ...f, blocks: f.blocks.slice(0, 1) } : f));
  const problems = explanationProblems(files, ['en', 'sl'], rules);
  assert.ok(problems.includes('content/explanations/sl/art-3.mdx: no explanation of art_3__point_a, art_3__point_b: add <Explanation of="art_3__point_a"> … </Explanation> (every provision is explained in every language).'), problems.join('\n'));
  assert.ok(problems.some((p) => /sl\/art-3\.mdx: its <Explanation of="…"> blocks differ from content\/explanations\/en\/art-3\.mdx; missing of="art_3__point_a art_3__point_b"/.test(p)));
});

test('an unknown id, an id of another article and an id explained twice are refused with their lines', () => {
  const files = complete.map((f) => (f.language === 'en' && f.article === 3
    ? { ...f, blocks: [...f.blocks, { ids: ['art_3__point_z'], line: 30, questions: [] }, { ids: ['art_3__point_a'], line: 40, questions: [] }, { ids: ['preamble'], line: 50, questions: [] }] }
    : f));
  const problems = explanationProblems(files, ['en', 'sl'], rules).join('\n');
  assert.match(problems, /en\/art-3\.mdx:30: "art_3__point_z" is not a provision of the Protocol: use an id such as art_3, art_3__point_a, art_3__point_b/);
  assert.match(problems, /en\/art-3\.mdx:40: art_3__point_a is explained twice \(also at content\/explanations\/en\/art-3\.mdx:19\)/);
  assert.match(problems, /en\/art-3\.mdx:50: preamble belongs in the file of its own article/);
});

test('a question asked twice in one language names both places; the same words in another language are fine', () => {
  const files = [preamble('en', 'Why'), { ...article3('en', 'What'), blocks: [{ ids: ['art_3'], line: 6, questions: [q('Why one?', 10), q('What b?', 11)] }, article3('en', '').blocks[1]!] }, preamble('sl', 'Why'), article3('sl', 'What')];
  const problems = explanationProblems(files, ['en', 'sl'], rules);
  assert.deepEqual(problems.filter((p) => /already asked/.test(p)), ['content/explanations/en/art-3.mdx:10: the question "Why one?" is already asked at content/explanations/en/preamble.mdx:1: ask each question once, where it is answered.']);
  assert.equal(questionKey('  Who counts as a CHILD ? '), questionKey('who counts as a child?'));
});

test('an article needs two to four questions, and a question ends with a question mark', () => {
  const files = complete.map((f) => (f.language === 'en' && f.article === 3 ? { ...f, blocks: [{ ...f.blocks[0]!, questions: [q('Only one.', 12)] }, f.blocks[1]!] } : f));
  const problems = explanationProblems(files, ['en', 'sl'], rules).join('\n');
  assert.match(problems, /en\/art-3\.mdx:6: 1 questions: an explanation of a whole article or the preamble has 2–4/);
  assert.match(problems, /en\/art-3\.mdx:12: "Only one\." is listed as a question but does not end with "\?"/);
});

test('<Explanation> and <Questions> belong to explanations only; an unknown id names the nearest', () => {
  const known = { provisionIds: new Set(rules.provisionIds), sourceKeys: new Set<string>() };
  assert.equal(componentProblem('Explanation', { of: 'art_3 art_3__point_a' }, known, 'explanations'), undefined);
  assert.match(componentProblem('Explanation', { of: 'art_3__point_q' }, known, 'explanations')!, /"art_3__point_q" is not a provision of the Protocol: the nearest ids are "art_3__point_a"/);
  assert.match(componentProblem('Explanation', { of: 'art_3' }, known, 'notes')!, /only for explanations/);
  assert.match(componentProblem('Explanation', {}, known, 'explanations')!, /needs of="…"/);
});

test('a paragraph opening "3. člen" would become a list: the check says how to write it; a real list passes', async () => {
  const { misreadListProblem } = await import('../../src/lib/embeds.ts');
  assert.equal(misreadListProblem(3, 'člen opredeljuje ključne izraze'), '"3. člen opredeljuje …" is read as a numbered list; write "3\\. člen" to keep it a sentence');
  assert.match(misreadListProblem(14, 'члан не ствара право')!, /14\\\. члан/);
  assert.equal(misreadListProblem(1, 'was trafficked abroad and seeks protection'), undefined);
});

test('every language asks as many questions of each explanation: a study question\'s id is its place in the list', () => {
  const fewer = { ...article3('sl', 'Kaj'), blocks: [{ ids: ['art_3'], line: 6, questions: [q('Kaj a?', 10), q('Kaj b?', 11), q('Kaj c?', 12)] }, article3('sl', 'Kaj').blocks[1]!] };
  const problems = explanationProblems([preamble('en', 'Why'), article3('en', 'What'), preamble('sl', 'Zakaj'), fewer], ['en', 'sl'], rules);
  assert.deepEqual(problems, [
    'content/explanations/sl/art-3.mdx:6: 3 questions where content/explanations/en/art-3.mdx:6 asks 2: ask the same questions, in the same order, in every language (a study question\'s id, such as 3a-2, is its place in the list).',
  ]);
});

test('<SearchedAs> phrasings are read with their lines, kept out of the prose, and each leads to the closest question', () => {
  const [block] = readExplanationBlocks(`<Explanation of="art_8__para_4">

The requested State shall agree to issue travel documents.

<Questions>

- Who issues the travel documents?
- How fast?

</Questions>

<SearchedAs>

- embassy will not give her papers
- no passport to go home who issues documents

</SearchedAs>

</Explanation>`);
  assert.deepEqual(block!.searchedAs, [{ text: 'embassy will not give her papers', line: 14 }, { text: 'no passport to go home who issues documents', line: 15 }]);
  assert.equal(block!.prose, 'The requested State shall agree to issue travel documents.');
  assert.equal(closestQuestion('no passport to go home who issues documents', block!.questions.map((q) => q.text)), 0);
  assert.equal(closestQuestion('how fast please', ['Who issues the travel documents?', 'How fast?']), 1);
  assert.equal(closestQuestion('anything', []), undefined);
});

test('a phrasing listed twice in a language, or as a question, names both places; one of one word or too many is refused', () => {
  const withPhrasings = (f: ExplanationFile, phrasings: { text: string; line: number }[]) => ({ ...f, blocks: [{ ...f.blocks[0]!, searchedAs: phrasings }, ...f.blocks.slice(1)] });
  const files = complete.map((f) => (f.language === 'en' && f.article === 3 ? withPhrasings(f, [q('what a', 20), q('What a?', 21), q('kidney', 22), q('one two three four five six seven eight nine ten eleven twelve thirteen', 23)]) : f));
  const problems = explanationProblems(files, ['en', 'sl'], rules).join('\n');
  assert.match(problems, /en\/art-3\.mdx:20: the <SearchedAs> phrasing "what a" is already at content\/explanations\/en\/art-3\.mdx:10/);
  assert.match(problems, /en\/art-3\.mdx:21: the <SearchedAs> phrasing "What a\?" is already at/);
  assert.match(problems, /en\/art-3\.mdx:22: "kidney" has 1 words: a <SearchedAs> phrasing is what a reader types, 2–12 words/);
  assert.match(problems, /en\/art-3\.mdx:23: ".+" has 13 words/);
});
