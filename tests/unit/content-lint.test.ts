import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  avoidedWordings,
  formatProblem,
  isPlaceholderTitle,
  lintConcept,
  lintSerbianInYaml,
  lintPage,
  lintSource,
  rejectedWordings,
  rejectedWordingsProblems,
  type ConceptFacts,
  type PageContext,
  type SourceFacts,
} from '../../src/lib/content-lint/index.ts';

const psg: ConceptFacts = {
  id: 'particular-social-group',
  en: { term: 'particular social group' },
  sl: { term: 'določena družbena skupina' },
  sr: { term: 'одређена друштвена група', avoid: ['посебн{а,е,ој,у,ом} социјалн{а,е,ој,у,ом} груп{а,е,и,у,ом}'] },
};
const transport: ConceptFacts = {
  id: 'trafficking-in-persons',
  en: { term: 'trafficking in persons' },
  sl: { term: 'trgovina z ljudmi' },
  sr: { term: 'трговина људским бићима', avoid: [{ wording: 'превожењ{е,а,у,ем}', use: 'превоз' }] },
};
const sources = new Map<string, SourceFacts>([
  ['smuggling-protocol', { key: 'smuggling-protocol' }],
  ['sr-gip7-commentary', { key: 'sr-gip7-commentary', language: 'sr' }],
  ['icmpd-mixed-migration-paper', { key: 'icmpd-mixed-migration-paper' }],
]);
const context: PageContext = { avoided: avoidedWordings([psg, transport]), sources };
const page = (body: string) => `---\ntitle: "Пример"\nbrief: >-\n  Кратко.\norder: 1\nsources: [sr-gip7-commentary]\n---\n\n${body}\n`;
const bodyLine = 9; // the first line of `body` in page()

test('a problem prints as file:line: message — fix', () => {
  assert.equal(formatProblem({ file: 'content/a.mdx', line: 3, rule: 'via', message: 'what is wrong', fix: 'what to do' }), 'content/a.mdx:3: what is wrong — what to do');
});

test('preferred terms: an avoided wording in prose is flagged with its line and what to write instead', () => {
  const problems = lintPage('a.mdx', page('Прва реченица.\n\nЖртве су припадници посебне социјалне\nгрупе по правилу.'), 'sr', context);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.rule, 'preferred-term');
  assert.equal(problems[0]!.line, bodyLine + 2);
  assert.match(problems[0]!.message, /"посебне социјалне групе"/);
  assert.match(problems[0]!.fix, /"одређена друштвена група"/);
});

test('preferred terms: the preferred term in any form, quotations, <Quote> and link targets are not flagged', () => {
  const body = [
    'Припадност одређеној друштвеној групи; одређене друштвене групе; одређену друштвену групу.',
    '',
    'Коментар каже „посебна социјална група“ и „посебној социјалној групи”.',
    '',
    '<Quote source="sr-gip7-commentary">',
    'припадницима посебне социјалне групе',
    '</Quote>',
    '',
    'Видети [белешку](notes:particular-social-group) [@sr-gip7-commentary, посебна социјална група].',
  ].join('\n');
  assert.deepEqual(lintPage('a.mdx', page(body), 'sr', context), []);
});

test('preferred terms: a reader\'s everyday phrasing in <SearchedAs> is not flagged; the same words in prose are', () => {
  const body = ['<SearchedAs>', '', '- посебна социјална група за азил', '', '</SearchedAs>', '', 'Жртве су посебна социјална група.'].join('\n');
  assert.deepEqual(lintPage('a.mdx', page(body), 'sr', context).map((p) => [p.rule, p.line]), [['preferred-term', bodyLine + 6]]);
});

test('preferred terms: an avoided wording may name another concept to use, and only counts in its own language', () => {
  const problems = lintPage('a.mdx', page('Радња: врбовање, превожење, пребацивање.'), 'sr', context);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.fix, /"превоз"/);
  assert.deepEqual(lintPage('a.mdx', page('Radnja: prevoženje in posebne socialne skupine.'), 'sl', context), []);
  // a word that merely contains an avoided one is not it
  assert.deepEqual(lintPage('a.mdx', page('Непревожење није реч, а превожењима није на списку.'), 'sr', context), []);
});

test('preferred terms: the title and brief in front matter count, the other keys do not', () => {
  const text = '---\ntitle: "Посебна социјална група"\nbrief: >-\n  Ништа.\norder: 1\nsources: [посебна-социјална-група]\n---\n\nТекст.\n';
  const problems = lintPage('a.mdx', text, 'sr', context);
  assert.deepEqual(problems.map((p) => p.line), [2]);
});

test('quotations: a quote in another language than its source needs translation="ours" and a sentence that says so', () => {
  const missing = lintPage('a.mdx', page('Besedilo se glasi:\n\n<Quote source="smuggling-protocol" pinpoint="3. člen">\nomogočanje …\n</Quote>'), 'sl', context);
  assert.equal(missing.length, 1);
  assert.equal(missing[0]!.rule, 'quote-translation');
  assert.equal(missing[0]!.line, bodyLine + 2);
  assert.match(missing[0]!.fix, /translation="ours"/);

  const unannounced = lintPage('a.mdx', page('Besedilo se glasi:\n\n<Quote source="smuggling-protocol" translation="ours">\nomogočanje …\n</Quote>'), 'sl', context);
  assert.equal(unannounced.length, 1);
  assert.match(unannounced[0]!.message, /does not say it is our translation/);

  const right = page('Besedilo je naš prevod angleškega besedila.\n\n<Compare>\n<Provision id="art_3__point_a" />\n<Quote source="smuggling-protocol" translation="ours">\nomogočanje …\n</Quote>\n</Compare>');
  assert.deepEqual(lintPage('a.mdx', right, 'sl', context), []);
});

test('quotations: a source without a language is English; a quote in the source\'s own language is not "our translation"', () => {
  assert.deepEqual(lintPage('a.mdx', page('<Quote source="smuggling-protocol">\nthe procurement …\n</Quote>'), 'en', context), []);
  const wrong = lintPage('a.mdx', page('У нашем преводу:\n\n<Quote source="sr-gip7-commentary" translation="ours">\nпосебне …\n</Quote>'), 'sr', context);
  assert.equal(wrong.length, 1);
  assert.match(wrong[0]!.fix, /remove translation="ours"/);
  const english = lintPage('a.mdx', page('In our translation:\n\n<Quote source="sr-gip7-commentary" translation="ours">\nmembers …\n</Quote>'), 'en', context);
  assert.deepEqual(english, []);
});

test('sources: placeholder titles are refused', () => {
  assert.equal(isPlaceholderTitle('[Publication cited as “EMN, 2018”]'), true);
  assert.equal(isPlaceholderTitle('Study on smuggling [draft]'), true);
  assert.equal(isPlaceholderTitle('TODO'), true);
  assert.equal(isPlaceholderTitle('Lost in Categorisation – Smuggled and Trafficked Refugees'), false);
  const problems = lintSource('s.yaml', 'type: report\ntitle: "[X]"\n', { key: 's', title: '[X]' }, new Map());
  assert.deepEqual(problems.map((p) => [p.rule, p.line]), [['placeholder-title', 2]]);
  assert.equal(lintSource('s.yaml', 'type: report\n', { key: 's' }, new Map())[0]!.rule, 'placeholder-title');
  assert.deepEqual(lintSource('s.yaml', 'type: article\ndescribedAs:\n  en: A passage\n', { key: 's', describedAs: true }, new Map()), []);
});

test('sources: a source known through another needs via:, naming a source read first-hand', () => {
  const all = new Map<string, SourceFacts>([
    ['paper', { key: 'paper', title: 'Paper' }],
    ['cited', { key: 'cited', via: 'paper' }],
  ]);
  const noVia = lintSource('s.yaml', 'type: report\ntitle: "T"\neditorsNote: "Cited in the ICMPD paper."\n', { key: 's', title: 'T', editorsNote: 'Cited in the ICMPD paper.' }, all);
  assert.deepEqual(noVia.map((p) => [p.rule, p.line]), [['via', 3]]);
  const described = lintSource('s.yaml', 'type: report\ntitle: "T"\nabout:\n  en: Known only from the paper.\n', { key: 's', title: 'T', about: 'Known only from the paper.' }, all);
  assert.deepEqual(described.map((p) => [p.rule, p.line]), [['via', 3]]);
  assert.deepEqual(lintSource('s.yaml', 'title: "T"\nabout:\n  en: A study.\n', { key: 's', title: 'T', about: 'A study.' }, all), []);
  assert.deepEqual(lintSource('s.yaml', 'via: paper\n', { key: 's', via: 'paper' }, all), []);
  assert.match(lintSource('s.yaml', 'via: nothing\n', { key: 's', via: 'nothing' }, all)[0]!.message, /is not a source/);
  assert.match(lintSource('s.yaml', 'via: cited\n', { key: 's', via: 'cited' }, all)[0]!.message, /itself known only through "paper"/);
  assert.match(lintSource('s.yaml', 'via: s\n', { key: 's', title: 'T', via: 's' }, all)[0]!.message, /itself/);
});

test('Latin letters in Serbian Cyrillic: mixed words, Latin words and letters are flagged with a fix', () => {
  const problems = lintPage('a.mdx', page('Одељак II.B Смерница и Директива 2004/81/EC.\n\nПpотокол.'), 'sr', context);
  assert.deepEqual(
    problems.map((p) => [p.line, p.message]),
    [
      [bodyLine, 'Latin letters "B" in Serbian Cyrillic text'],
      [bodyLine, 'Latin letters "EC" in Serbian Cyrillic text'],
      [bodyLine + 2, '"Пpотокол" mixes Latin and Cyrillic letters'],
    ],
  );
  assert.match(problems[0]!.fix, /"Б"/);
  assert.match(problems[2]!.fix, /"Протокол"/);
});

test('Latin letters in Serbian Cyrillic: symbols, Roman numerals, marked foreign words and code-like parts are allowed', () => {
  const body = [
    'Смернице бр. 7 (HCR/GIP/06/07), одељак III, Конвенција CETS 197, израз „non-refoulement“ и (енгл. internal',
    'relocation) су у реду; види https://www.unhcr.org/x и [члан 3.](protocol:art_3__point_a) [@unhcr-gip-7, став 12].',
    '',
    '## Наслов {#heading-id}',
    '',
    '<Quote source="smuggling-protocol" pinpoint="члан 3.">',
    'the procurement',
    '</Quote>',
    '',
    '<Aside kind="advice">',
    '',
    'Савет.',
    '',
    '</Aside>',
  ].join('\n');
  assert.deepEqual(lintPage('a.mdx', page(body), 'sr', context).filter((p) => p.rule === 'latin-in-cyrillic'), []);
  // a pinpoint is prose and is checked
  assert.equal(lintPage('a.mdx', page('Текст [@unhcr-gip-7, одељак II.C].'), 'sr', context)[0]!.message, 'Latin letters "C" in Serbian Cyrillic text');
  // other languages are not checked for Latin letters
  assert.deepEqual(lintPage('a.mdx', page('Section II.B of the guidelines.'), 'en', context), []);
});

test('Latin letters in the sr: part of a glossary file, not in its keys or other languages', () => {
  const yaml = [
    'definedBy:',
    '  provision: art_3__point_a',
    'en:',
    '  term: "deception"',
    'sr:',
    '  term: "обмана"',
    '  otherTerms:',
    '    - term: "превара"',
    '      usage: "(енгл. fraud) стручна употреба"',
    '  forms:',
    '    - "обман{е,и,у,ом}"',
    '  definition: >-',
    '    Довођење у заблуду; словеначки „prevara” значи обману, а EU каже другачије.',
  ].join('\n');
  const problems = lintSerbianInYaml('g.yaml', yaml);
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [[13, 'Latin letters "EU" in Serbian Cyrillic text']]);
});

test('sources: the Serbian description is Cyrillic, at whatever depth its `sr:` stands', () => {
  const yaml = [
    'type: report',
    'title: "A Study in English"',
    'about:',
    '  en: >-',
    '    A study of EU law.',
    '  sr: >-',
    '    Студија о праву EU, коју наводи рад (енгл. working paper).',
    '  sl: Študija o pravu EU.',
    'editorsNote: "Known through the paper."',
  ].join('\n');
  assert.deepEqual(lintSerbianInYaml('s.yaml', yaml).map((p) => [p.line, p.message]), [[7, 'Latin letters "EU" in Serbian Cyrillic text']]);
  assert.deepEqual(lintSerbianInYaml('s.yaml', 'about:\n  sr: "Студија о праву ЕУ."\n  en: "EU"\n'), []);
  assert.equal(lintSerbianInYaml('s.yaml', 'about:\n  sr: "Студија EU."\n').length, 1);
});

test('glossary: official differs from the term, and an avoided wording is never the term', () => {
  const concept: ConceptFacts = { ...psg, sr: { term: 'одређена друштвена група', official: 'Одређена друштвена група', avoid: ['одређена друштвена група'] } };
  const text = 'en:\n  term: x\nsl:\n  term: y\nsr:\n  term: "одређена друштвена група"\n  official: "Одређена друштвена група"\n  avoid:\n    - "одређена друштвена група"\n';
  const problems = lintConcept('g.yaml', text, concept);
  assert.deepEqual(problems.map((p) => [p.rule, p.line]), [['glossary', 7], ['glossary', 9]]);
});

test('pinpoints: a source that declares its pinpoints is cited by one of them or by none, in marks, <Quote> and the glossary', () => {
  const declaring = new Map<string, SourceFacts>([
    ...sources,
    ['unhcr-gip-7', { key: 'unhcr-gip-7', pinpoints: ['para. 12', 'para. 13', 'пар. 12', 'пар. 13'] }],
  ]);
  const withPinpoints: PageContext = { ...context, sources: declaring };
  const body = [
    'Став [@unhcr-gip-7, пар. 12] и [@unhcr-gip-7,',
    'пар. 13], без ознаке [@unhcr-gip-7], други извор [@icmpd-mixed-migration-paper, одељак 3].',
    'Одељак [@unhcr-gip-7, одељак II.Е] нико не наводи.',
    '',
    '<Quote source="unhcr-gip-7" pinpoint="одељак III" translation="ours">',
    'цитат',
    '</Quote>',
  ].join('\n');
  const problems = lintPage('a.mdx', page(body), 'sr', withPinpoints).filter((p) => p.rule === 'pinpoint');
  assert.deepEqual(problems.map((p) => p.line), [bodyLine + 2, bodyLine + 4]);
  assert.match(problems[0]!.message, /^\[@unhcr-gip-7, одељак II\.Е\]: "одељак II\.Е" is not a pinpoint of unhcr-gip-7/);
  assert.match(problems[0]!.message, /declares "para\. 12", "para\. 13", "пар\. 12", "пар\. 13"/);
  assert.match(problems[1]!.message, /^<Quote source="unhcr-gip-7" pinpoint="одељак III">/);
  // a source that declares none may be cited by any pinpoint
  assert.deepEqual(lintPage('a.mdx', page('Текст [@unhcr-gip-7, одељак II.Е].'), 'sr', context).filter((p) => p.rule === 'pinpoint'), []);

  const yaml = 'definedBy:\n  notDefined: true\n  discussedIn:\n    - source: unhcr-gip-7\n      pinpoint: "para. 13"\n    - source: unhcr-gip-7\n      pinpoint: "section II"\n    - source: icmpd-mixed-migration-paper\n      pinpoint: "section 3"\n';
  const concept: ConceptFacts = {
    ...psg,
    definedBy: { notDefined: true, discussedIn: [{ source: 'unhcr-gip-7', pinpoint: 'para. 13' }, { source: 'unhcr-gip-7', pinpoint: 'section II' }, { source: 'icmpd-mixed-migration-paper', pinpoint: 'section 3' }] },
  };
  const glossary = lintConcept('g.yaml', yaml, concept, declaring);
  assert.deepEqual(glossary.map((p) => [p.rule, p.line]), [['pinpoint', 7]]);
  assert.match(glossary[0]!.message, /^definedBy\.discussedIn\[1\]: source "unhcr-gip-7": "section II"/);
});

test('rejected wordings that are no concept are flagged like a concept\'s avoid:, naming the file and why', () => {
  const rejected = rejectedWordings('content/rejected-wordings.yaml', {
    sr: [{ wording: 'навођењ{е,а} других лица', use: 'руковођење другим лицима', why: 'навођење is inducement' }],
  });
  const withRejected: PageContext = { ...context, avoided: [...context.avoided, ...rejected] };
  const problems = lintPage('a.mdx', page('Руковођење другим лицима; „навођење других лица“ је цитат.\n\nАли навођења\nдругих лица нема.'), 'sr', withRejected);
  assert.deepEqual(problems.map((p) => [p.rule, p.line]), [['preferred-term', bodyLine + 2]]);
  assert.match(problems[0]!.message, /"навођења других лица" is a rejected wording \(content\/rejected-wordings\.yaml: навођење is inducement\)/);
  assert.match(problems[0]!.fix, /"руковођење другим лицима"/);
});

test('the file of rejected wordings: each entry has a wording, a use and a why, in a content language', () => {
  assert.deepEqual(rejectedWordingsProblems('r.yaml', '', { sr: [{ wording: 'а', use: 'б', why: 'в' }] }), []);
  const text = 'sr:\n  - wording: "навођење"\n    use: "руковођење"\nde:\n  - wording: "x"\n';
  const problems = rejectedWordingsProblems('r.yaml', text, { sr: [{ wording: 'навођење', use: 'руковођење' }], de: [{ wording: 'x' }] });
  assert.deepEqual(problems.map((p) => [p.line, p.message]), [
    [2, 'sr: entry 1 needs a `wording`, a `use` and a `why`, and nothing else'],
    [4, '"de" is not a content language'],
  ]);
  assert.match(rejectedWordingsProblems('r.yaml', '', { sl: [{ wording: 'a{,b}', use: 'ab', why: 'c' }] })[0]!.message, /both rejected and what to use/);
});
