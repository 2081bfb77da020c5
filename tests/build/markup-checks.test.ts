/**
 * The checks that gate the built pages and data files must fail on bad markup, on the line at fault, and pass good
 * markup. tests/fixtures/markup/bad.html marks each faulty line with the html-validate rule it breaks
 * (`<!-- expect: no-dup-id -->`, with `; not Nu: why` where the Nu checker accepts it); good.html holds the deliberate
 * patterns that .htmlvalidate.mjs allows; bad.akn.xml is an Akoma Ntoso file with an end tag that closes the wrong
 * element.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatFinding, htmlValidateFindings, nuFindings, type Finding } from '../html-validation.ts';
import { nuChecker, skipUnlessRequired } from '../../scripts/machine-tools.ts';
import { parseXml } from '../xml-tree.ts';
import { xmllintErrors } from '../xmllint.ts';

const bad = 'tests/fixtures/markup/bad.html';
const good = 'tests/fixtures/markup/good.html';

const expectations = readFileSync(bad, 'utf8').split('\n').flatMap((text, index) => {
  const [, rule, notNu] = text.match(/<!-- expect: ([\w/-]+)(; not Nu)?/) ?? [];
  return rule ? [{ line: index + 1, rule, nu: !notNu }] : [];
});
const expectedLines = new Set(expectations.map((e) => e.line));
const unexpected = (findings: Finding[]) => findings.filter((f) => !expectedLines.has(f.line)).map(formatFinding);

test('bad.html marks at least fifteen faults', () => assert.ok(expectations.length >= 15, `${expectations.length} marked`));

test('html-validate reports each fault of bad.html on its line, by the rule marked there, and nothing on the other lines', async () => {
  const findings = await htmlValidateFindings([bad]);
  for (const { line, rule } of expectations) {
    const here = findings.filter((f) => f.line === line);
    assert.ok(here.some((f) => f.rule === rule), `line ${line}: expected ${rule}, found ${here.map((f) => f.rule).join(', ') || 'nothing'}`);
  }
  assert.deepEqual(unexpected(findings), []);
});

test('html-validate accepts the deliberate markup of good.html', async () => {
  assert.deepEqual((await htmlValidateFindings([good])).map(formatFinding), []);
});

const nu = nuChecker();
test('the W3C Nu checker reports the faults of bad.html that it checks, and accepts good.html', { skip: skipUnlessRequired(nu) }, async () => {
  if (nu.missing) assert.fail(`${nu.requireFlag} is set, so the Nu checker must run: ${nu.missing}`);
  const findings = (await nuFindings(nu.command!, [bad, good])).map((f) => ({ ...f, file: f.file.replace(/^.*(?=tests\/fixtures\/)/, '') }));
  for (const { line } of expectations.filter((e) => e.nu)) {
    assert.ok(findings.some((f) => f.file === bad && f.line === line), `line ${line}: the Nu checker found nothing`);
  }
  assert.deepEqual(unexpected(findings.filter((f) => f.file === bad)), []);
  assert.deepEqual(findings.filter((f) => f.file === good).map(formatFinding), []);
});

test('xmllint (WebAssembly) and the namespace-aware parser reject bad.akn.xml, naming the file and the line', async () => {
  const file = 'tests/fixtures/markup/bad.akn.xml';
  const xml = readFileSync(file, 'utf8');
  assert.match(await xmllintErrors(file, xml), /^tests\/fixtures\/markup\/bad\.akn\.xml:7: parser error : Opening and ending tag mismatch: p line 7 and content/);
  assert.throws(() => parseXml(xml), /Error: 7:\d+: unexpected close tag/);
  const repaired = xml.replace('another\'s end tag.</content>', 'another\'s end tag.</p></content>');
  assert.equal(await xmllintErrors(file, repaired), '');
  assert.doesNotThrow(() => parseXml(repaired));
});
