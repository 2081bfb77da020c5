/**
 * The content linter as `npm test` runs it: `scripts/lint-content.ts` fails on each seeded bad example in
 * tests/fixtures/lint/ with `file:line: message — fix`, and passes on the real content/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';

/** Asynchronous, so that the cases really run side by side (a synchronous spawn would hold the test runner's thread). */
const lint = (...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = execFile(process.execPath, ['scripts/lint-content.ts', ...args], { encoding: 'utf8' }, (_, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });

const fixture = (path: string) => `tests/fixtures/lint/${path}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each seeded example, the line the linter must name, and what its message and fix must say. */
const cases: { rule: string; file: string; line: number; message: RegExp; fix: RegExp }[] = [
  { rule: 'preferred-term', file: 'notes/sr/preferred-term.mdx', line: 15, message: /"посебне социјалне групе" is not the glossary's preferred wording/, fix: /write "одређена друштвена група"/ },
  { rule: 'preferred-term (a rejected wording that is no concept)', file: 'notes/sr/rejected-wording.mdx', line: 15, message: /"навођење других лица" is a rejected wording \(content\/rejected-wordings\.yaml: art\. 5\(2\)\(c\)/, fix: /write "руковођење другим лицима"/ },
  { rule: 'quote-translation', file: 'notes/sl/quote-translation.mdx', line: 16, message: /quotes a source published in English on a Slovenian page/, fix: /add translation="ours"/ },
  { rule: 'quote-translation (the sentence)', file: 'explanations/en/quote-translation-sentence.mdx', line: 12, message: /does not say it is our translation/, fix: /say so in the paragraph before it/ },
  { rule: 'via', file: 'sources/known-through-another.yaml', line: 4, message: /known through another, but it has no `via:`/, fix: /add `via: <key of the source that cites it>`/ },
  { rule: 'placeholder-title', file: 'sources/placeholder-title.yaml', line: 3, message: /is a placeholder, not a title/, fix: /give the real title as published/ },
  { rule: 'latin-in-cyrillic', file: 'guidelines/sr/latin-in-cyrillic.mdx', line: 15, message: /Latin letters "EC" in Serbian Cyrillic text/, fix: /"ЕЗ" for "EC"/ },
  { rule: 'latin-in-cyrillic (glossary)', file: 'glossary/latin-in-serbian.yaml', line: 23, message: /"Пpотокол" mixes Latin and Cyrillic letters/, fix: /"Протокол"/ },
  { rule: 'glossary', file: 'glossary/avoid-the-term.yaml', line: 22, message: /is listed under avoid: but is the preferred term/, fix: /remove it from avoid:/ },
  { rule: 'pinpoint', file: 'notes/en/undeclared-pinpoint.mdx', line: 16, message: /\[@unhcr-gip-7, section II\.F\]: "section II\.F" is not a pinpoint of unhcr-gip-7 .*declares "para\. 12", "para\. 13"/, fix: /cite the source that says it, or remove or narrow the sentence/ },
];

describe('the content linter fails on each seeded example with the file, the line and the fix', { concurrency: 4 }, () => {
  for (const c of cases) {
    test(c.rule, async () => {
      const { status, stdout } = await lint(fixture(c.file));
      assert.equal(status, 1, `the linter should fail on ${c.file}; output:\n${stdout}`);
      const line = stdout.split('\n').find((l) => l.startsWith(`${fixture(c.file)}:${c.line}: `) && c.message.test(l));
      assert.ok(line, `expected a problem at ${fixture(c.file)}:${c.line} matching ${c.message}; output:\n${stdout}`);
      assert.match(line, new RegExp(`^${escape(fixture(c.file))}:${c.line}: .+ — .+$`));
      assert.match(line.split(' — ').slice(1).join(' — '), c.fix);
    });
  }

  test('the allowed cases around each seeded problem are not flagged', async () => {
    const { stdout } = await lint(fixture(''));
    const counts = new Map<string, number>();
    for (const l of stdout.split('\n').filter(Boolean)) counts.set(l.split(':')[0]!, (counts.get(l.split(':')[0]!) ?? 0) + 1);
    // one problem per file, except the Latin example, which has two on one line ("B" and "EC")
    for (const c of cases) assert.equal(counts.get(fixture(c.file)), c.file.includes('latin-in-cyrillic.mdx') ? 2 : 1, `${c.file}:\n${stdout}`);
  });
});

test('the real content passes with no problems', async () => {
  const { status, stdout, stderr } = await lint();
  assert.equal(status, 0, `content/ should lint clean:\n${stdout}`);
  assert.match(stderr, /no problems/);
});
