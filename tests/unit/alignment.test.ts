import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareProvisionIds, describeAlignmentProblems } from '../../src/lib/alignment.ts';
import { flatten, parseArticle, type ProvisionId } from '../../src/lib/provisions.ts';

const idsOf = (path: string, n: number) => flatten(parseArticle(n, readFileSync(path, 'utf8').split(/^---$/m)[2]!)).map((p) => p.id);

test('the English and Slovenian article 6 have the same provisions', () => {
  assert.deepEqual(compareProvisionIds(idsOf('content/protocol/en/art-6.md', 6), idsOf('content/protocol/sl/art-6.md', 6)), []);
});

test('a deliberately broken translation is caught: a missing point and an extra paragraph', () => {
  const problems = compareProvisionIds(idsOf('content/protocol/en/art-6.md', 6), idsOf('tests/fixtures/broken/art-6.md', 6));
  assert.deepEqual(problems, [
    { id: 'art_6__para_3__point_d', problem: 'missing' },
    { id: 'art_6__para_7', problem: 'extra' },
  ]);
  const message = describeAlignmentProblems('content/protocol/sl/art-6.md', problems);
  assert.match(message, /content\/protocol\/sl\/art-6\.md/);
  assert.match(message, /art_6__para_3__point_d is in the English original but missing here/);
  assert.match(message, /art_6__para_7 is here but not in the English original/);
});

test('the English original yields exactly the ids of the reference list', () => {
  const expected = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(' '));
  const actual: ProvisionId[] = ['preamble' as ProvisionId];
  for (let n = 1; n <= 20; n++) actual.push(...idsOf(`content/protocol/en/art-${n}.md`, n));
  assert.deepEqual(actual, expected);
});
