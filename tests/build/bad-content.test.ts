/**
 * Bad content must fail the build with a message that names the file and says what to fix. Each case breaks one
 * thing in a scratch copy of the project; where the build catches it decides how the case is run (`caught`):
 * - 'sync': the collections' schemas (src/content.config.ts), as Astro syncs the content. Astro stops at the first
 *   error, so each case is a real `astro build` of its own.
 * - 'mdx': our remark and rehype plugins (src/plugins/) or the MDX parser, as MDX is compiled. The bundler stops at the
 *   first error, so each case compiles the changed MDX with the build's own steps (scripts/compile-mdx.ts), in a second
 *   or two; the cases marked `alsoBuilt` run a real build too, for the build's own report of such an error.
 * - 'checks': the checks over whole collections (src/data/content-checks.ts), before any page is made. They report
 *   every problem at once, so these cases break one copy together, and its real build must report all their messages.
 * - 'render': a check made while a page is rendered: a real build of its own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScratchCopy, compileScratchMdx, type ScratchOptions } from '../../scripts/scratch-build.ts';

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
/** Whole files of bad content, copied into the scratch copy. */
const broken = join(import.meta.dirname, '../fixtures/broken');

interface Case {
  name: string;
  breakContent: (content: string) => void;
  expect: RegExp[];
  caught: 'sync' | 'mdx' | 'checks' | 'render';
  /** For an 'mdx' case: a real build as well as the compile. */
  alsoBuilt?: true;
}

const cases: Case[] = [
  {
    name: 'malformed front matter',
    caught: 'sync',
    breakContent: (c) => edit(join(c, 'notes/en/two-tracks.mdx'), (t) => t.replace(/^order: \d+$/m, 'order: first')),
    expect: [/two-tracks\.mdx/, /order/],
  },
  {
    name: 'an unknown glossary concept',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'notes/sl/two-tracks.mdx'), (t) => t.replace('## ', 'Glej [pojem](glossary:no-such-concept).\n\n## ')),
    expect: [/content\/notes\/sl\/two-tracks\.mdx:\d+: unknown glossary concept "no-such-concept": add content\/glossary\/no-such-concept\.yaml or fix the id/],
  },
  {
    name: 'a provision missing in one language',
    caught: 'checks',
    breakContent: (c) => edit(join(c, 'protocol/sl/art-6.md'), (t) => t.replace(/^\(d\) .*$/m, '')),
    expect: [/content\/protocol\/sl\/art-6\.md: the provisions do not match the English original/, /art_6__para_3__point_d is in the English original but missing here/],
  },
  {
    name: 'a duplicate provision id',
    caught: 'checks',
    breakContent: (c) => edit(join(c, 'protocol/sr/art-5.md'), (t) => t.replace(/^2\. /m, '1. ')),
    expect: [/content\/protocol\/sr\/art-5\.md:\d+: Duplicate provision id art_5__para_1/],
  },
  {
    name: 'a broken internal link',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'guidelines/en/gip-7.mdx'), (t) => t.replace('## ', 'See [the note](notes:no-such-note).\n\n## ')),
    expect: [/content\/guidelines\/en\/gip-7\.mdx:\d+: unknown page "notes:no-such-note": there is no content\/notes\/en\/no-such-note\.mdx/],
  },
  {
    name: 'a missing source key',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'notes/sr/two-tracks.mdx'), (t) => t.replace('## ', 'Тврдња [@no-such-source, стр. 3].\n\n## ')),
    expect: [/content\/notes\/sr\/two-tracks\.mdx:\d+: unknown source key "no-such-source"/, /add content\/sources\/no-such-source\.yaml or fix the key/],
  },
  {
    name: 'a word form claimed by two concepts',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'glossary/child.yaml'), (t) => t.replace('    - "children"\n', '    - "children"\n    - "trafficking in persons"\n')),
    expect: [/"trafficking in persons" is claimed by content\/glossary\/[a-z-]+\.yaml and content\/glossary\/[a-z-]+\.yaml/],
  },
  {
    name: 'an everyday word searched for one concept that is another concept\'s form',
    caught: 'checks',
    breakContent: (c) => edit(join(c, 'glossary/denunciation.yaml'), (t) => t.replace('    - "pull out"\n', '    - "pull out"\n    - "ratification"\n')),
    expect: [/"ratification" in the searchedAs of content\/glossary\/denunciation\.yaml is a name or form of content\/glossary\/ratification\.yaml: remove it from searchedAs/],
  },
  {
    name: 'an everyday phrase that search reads as one word',
    caught: 'checks',
    breakContent: (c) => edit(join(c, 'glossary/repatriation.yaml'), (t) => t.replace(/(en:[\s\S]*?searchedAs:\n)/, '$1    - "if it was the police"\n')),
    expect: [/content\/glossary\/repatriation\.yaml:\d+: "if it was the police" in searchedAs is read as "police" alone: add a word that says the situation/],
  },
  {
    name: 'a glossary entry defined in an unknown source, and one discussed in an unknown provision',
    caught: 'checks',
    breakContent: (c) => {
      for (const file of ['defined-in-unknown-source.yaml', 'discussed-in-unknown-provision.yaml']) copyFileSync(join(broken, 'glossary', file), join(c, 'glossary', file));
    },
    expect: [
      /content\/glossary\/defined-in-unknown-source\.yaml:3: definedBy: source "no-such-source" does not exist in content\/sources\/; add content\/sources\/no-such-source\.yaml or fix the key/,
      /content\/glossary\/discussed-in-unknown-provision\.yaml:7: definedBy\.discussedIn\[1\]: provision "art_3__point_e" is not in the Protocol; the nearest ids are "art_3__point_a"/,
    ],
  },
  {
    name: 'a concept without one of the three languages',
    caught: 'sync',
    breakContent: (c) => edit(join(c, 'glossary/servitude.yaml'), (t) => t.replace(/^sl:\n(  .*\n|\s*\n)*/m, '')),
    expect: [/servitude/, /sl/],
  },
  {
    name: 'an MDX syntax error',
    caught: 'mdx', alsoBuilt: true,
    breakContent: (c) => edit(join(c, 'notes/en/two-tracks.mdx'), (t) => t.replace('## The practice', 'An <Aside kind="advice"> never closed.\n\n## The practice')),
    expect: [/content\/notes\/en\/two-tracks\.mdx:\d+/, /Expected a closing tag for `<Aside>`/],
  },
  {
    name: 'an unknown component',
    caught: 'mdx', alsoBuilt: true,
    breakContent: (c) => edit(join(c, 'notes/sl/two-tracks.mdx'), (t) => t.replace('## ', '<Provison id="art_14__para_1" />\n\n## ')),
    expect: [/content\/notes\/sl\/two-tracks\.mdx:\d+: unknown component <Provison>: use one of <Provision>, <Compare>, <Quote>, <Aside>/],
  },
  {
    name: 'an embedded provision with an unknown id',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'guidelines/sr/gip-7.mdx'), (t) => t.replace('<Provision id="art_14__para_1" />', '<Provision id="art_14__para_3" />')),
    expect: [/content\/guidelines\/sr\/gip-7\.mdx:\d+: <Provision id="art_14__para_3"> is not a provision of the Protocol: the nearest ids are "art_14__para_1", "art_14__para_2", "art_14"/],
  },
  {
    name: 'a quotation from an unknown source',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'notes/en/smuggling-vs-trafficking.mdx'), (t) => t.replace('<Quote source="smuggling-protocol"', '<Quote source="smuggling-protocl"')),
    expect: [/content\/notes\/en\/smuggling-vs-trafficking\.mdx:\d+: <Quote source="smuggling-protocl"> is not a known source: add content\/sources\/smuggling-protocl\.yaml or use one of "smuggling-protocol"/],
  },
  {
    name: 'an explanation of an unknown provision',
    caught: 'mdx',
    breakContent: (c) => edit(join(c, 'explanations/en/art-3.mdx'), (t) => t.replace('<Explanation of="art_3__point_d">', '<Explanation of="art_3__point_e">')),
    expect: [/content\/explanations\/en\/art-3\.mdx:\d+: <Explanation of="art_3__point_e">: "art_3__point_e" is not a provision of the Protocol: the nearest ids are "art_3__point_a"/],
  },
  {
    name: 'an explanation missing in one language, one given twice, a question asked twice',
    caught: 'checks',
    breakContent: (c) => {
      edit(join(c, 'explanations/sl/art-3.mdx'), (t) => t.replace(/<Explanation of="art_3__point_d">[\s\S]*?<\/Explanation>\n/, ''));
      edit(join(c, 'explanations/en/art-5.mdx'), (t) => `${t}\n<Explanation of="art_5__para_1">\n\nOnce more.\n\n</Explanation>\n`);
      edit(join(c, 'explanations/sr/art-7.mdx'), (t) => t.replace(/^(- .+\?)$/m, '$1\n$1'));
    },
    expect: [
      /content\/explanations\/sl\/art-3\.mdx: no explanation of art_3__point_d: add <Explanation of="art_3__point_d">/,
      /content\/explanations\/sl\/art-3\.mdx: its <Explanation of="…"> blocks differ from content\/explanations\/en\/art-3\.mdx; missing of="art_3__point_d"/,
      /content\/explanations\/en\/art-5\.mdx:\d+: art_5__para_1 is explained twice \(also at content\/explanations\/en\/art-5\.mdx:\d+\)/,
      /content\/explanations\/sr\/art-7\.mdx:(\d+): the question ".+" is already asked at content\/explanations\/sr\/art-7\.mdx:\d+/,
      // the same list asked once more changes its length: study questions' ids would no longer match across languages
      /content\/explanations\/sr\/art-7\.mdx:\d+: 4 questions where content\/explanations\/en\/art-7\.mdx:\d+ asks 3: ask the same questions, in the same order, in every language/,
    ],
  },
  {
    name: 'a worked scenario left out of one language',
    caught: 'render',
    breakContent: (c) => edit(join(c, 'checks/sl/trafficking.mdx'), (t) => t.replace(/^  - id: held-for-ransom\n(    .*\n)+/m, '')),
    expect: [/content\/checks\/sl\/trafficking\.mdx: scenario "held-for-ransom" is missing: give it a title and a brief\./],
  },
  {
    name: 'a commentary page without a review record',
    caught: 'sync',
    breakContent: (c) => edit(join(c, 'notes/en/two-tracks.mdx'), (t) => t.replace(/^review:\n(  .*\n)+/m, '')),
    expect: [/two-tracks\.mdx/, /review/],
  },
  {
    name: 'a review record with a date that is not one',
    caught: 'sync',
    breakContent: (c) => edit(join(c, 'explanations/sl/art-3.mdx'), (t) => t.replace(/^  nextReview: .*$/m, '  nextReview: next spring')),
    expect: [/explanations\/sl\/art-3\.mdx|sl\/art-3/, /nextReview/, /YYYY-MM-DD/],
  },
  {
    name: 'an editors\' working note in a source\'s description for readers',
    caught: 'sync',
    breakContent: (c) => edit(join(c, 'sources/emn-2015.yaml'), (t) => t.replace('Its title is not known:', 'The seeds do not give its title:')),
    expect: [/emn-2015/, /about\.en/, /Readers do not know "the seeds"/, /editorsNote/],
  },
  {
    name: 'a Protocol name that is not its printed title',
    caught: 'checks',
    breakContent: (c) => edit(join(c, 'protocol/sl/index.md'), (t) => t.replace('name: "Protokol za preprečevanje, zatiranje', 'name: "Protokol za preprečevanje')),
    expect: [/content\/protocol\/sl\/index\.md: name: "Protokol za preprečevanje in kaznovanje/, /is not the printed heading and title in normal case/],
  },
];

/** Content that builds, but with a warning that names the files to reconcile. */
const warningCases: { name: string; changeContent: (content: string) => void; expect: RegExp[]; options?: ScratchOptions }[] = [
  {
    // One build for three warnings: a provision embedded in one language only, a page past its review date, and the
    // machine's (no browser to print the PDFs with).
    name: 'a provision embedded in one language only; a page past its review date; and, built where no browser starts, no PDFs and no links to them',
    changeContent: (c) => {
      edit(join(c, 'notes/sl/particular-social-group.mdx'), (t) => `${t}\n<Provision id="art_3__point_d" />\n`);
      edit(join(c, 'checks/sr/refugee.mdx'), (t) => t.replace(/^  lastChecked: .*$/m, '  lastChecked: 2025-01-10').replace(/^  nextReview: .*$/m, '  nextReview: 2025-07-10'));
    },
    expect: [
      /content\/notes\/sl\/particular-social-group\.mdx embeds art_3__point_d, which content\/notes\/en\/particular-social-group\.mdx does not/,
      /which content\/notes\/sr\/particular-social-group\.mdx does not/,
      /\[content\] content\/checks\/sr\/refugee\.mdx: its review was due on 2025-07-10; check it against its sources, then set review\.lastChecked and review\.nextReview\./,
      /No PDF of the Protocol in this build, and no links to one: CHROMIUM_PATH is set to \/nonexistent\/chromium, which does not exist/,
    ],
    options: {
      env: { CHROMIUM_PATH: '/nonexistent/chromium' },
      inspect: (dist) => {
        for (const locale of ['en', 'sl', 'sr', 'sr-latn']) {
          assert.equal(existsSync(join(dist, locale, 'protocol.pdf')), false, `${locale}/protocol.pdf`);
          assert.doesNotMatch(readFileSync(join(dist, locale, 'protocol/print/index.html'), 'utf8'), /protocol\.pdf/);
        }
        // The page past its review date says so at its top.
        assert.match(readFileSync(join(dist, 'sr/check/refugee/index.html'), 'utf8'), /<p class="notice notice-warning" data-review-overdue[^>]*>Ову страницу је требало поново проверити 10\. јул 2025\./);
        // The print page is still there, and linked as a page to print.
        assert.match(readFileSync(join(dist, 'en/protocol/art-3/index.html'), 'utf8'), /<a href="\/en\/protocol\/print\/#art_3">Print the whole Protocol<\/a>/);
      },
    },
  },
];

/** The real builds: one per case, one for all the 'checks' cases; the slowest kinds first (a 'render' case builds all the pages before it). */
const order: Case['caught'][] = ['render', 'checks', 'mdx', 'sync'];
const builds = [
  ...Map.groupBy(
    cases.filter((c) => c.caught !== 'mdx' || c.alsoBuilt),
    (c) => (c.caught === 'checks' ? 'checks' : c.name),
  ).values(),
].sort((a, b) => order.indexOf(a[0]!.caught) - order.indexOf(b[0]!.caught));

// One queue for all, two at a time, the full build first: it takes longest.
describe('bad content fails the build with a message that says where and what to fix; questionable content builds with a warning that names the files', { concurrency: 2 }, () => {
  for (const c of warningCases) {
    test(`builds, with a warning: ${c.name}`, async () => {
      const { status, output } = await buildScratchCopy(c.changeContent, c.options);
      assert.equal(status, 0, `the build should succeed for ${c.name}; output:\n${output.slice(-2000)}`);
      for (const pattern of c.expect) assert.match(output, pattern);
    });
  }
  for (const group of builds) {
    const names = group.map((c) => c.name).join('; ');
    test(group.length > 1 ? `fails, with every problem at once: ${names}` : `fails: ${names}`, async () => {
      const { status, output } = await buildScratchCopy((content) => {
        for (const c of group) c.breakContent(content);
      });
      assert.notEqual(status, 0, `the build should fail for ${names}; output:\n${output.slice(-2000)}`);
      for (const c of group) for (const pattern of c.expect) assert.match(output, pattern, `${c.name}: ${pattern} not in the output`);
    });
  }
  for (const c of cases.filter((c) => c.caught === 'mdx')) {
    test(`fails the MDX compile: ${c.name}`, async () => {
      const { status, output } = await compileScratchMdx(c.breakContent);
      assert.notEqual(status, 0, `the MDX compile should fail for ${c.name}; output:\n${output.slice(-2000)}`);
      for (const pattern of c.expect) assert.match(output, pattern);
    });
  }
});

test('the real content builds', { skip: !process.env.BUILD_CONTROL && 'set BUILD_CONTROL=1: npm test builds the real content anyway' }, async () => {
  assert.equal((await buildScratchCopy(() => {})).status, 0);
});
