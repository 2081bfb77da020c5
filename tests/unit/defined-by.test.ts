import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definedByProblems, isNotDefined, textsNamed, type DefinedBy } from '../../src/lib/defined-by.ts';

const known = {
  provisionIds: new Set(['art_3__point_a', 'art_3__point_b', 'art_9__para_1__point_b']),
  sourceKeys: new Set(['icmpd-mixed-migration-paper', 'untoc']),
  nearestProvisions: (wrong: string) => (wrong.startsWith('art_3') ? ['art_3__point_a', 'art_3__point_b'] : ['art_9__para_1__point_b']),
};

test('an entry is defined by one text, or not defined and discussed in several', () => {
  const defined: DefinedBy = { source: 'untoc', pinpoint: 'art. 2(a)' };
  const notDefined: DefinedBy = { notDefined: true, discussedIn: [{ provision: 'art_3__point_a' }, { source: 'icmpd-mixed-migration-paper', pinpoint: 'section 2' }] };
  assert.equal(isNotDefined(defined), false);
  assert.equal(isNotDefined(notDefined), true);
  assert.deepEqual(textsNamed(defined), [{ field: 'definedBy', reference: defined }]);
  assert.deepEqual(
    textsNamed(notDefined).map((t) => t.field),
    ['definedBy.discussedIn[0]', 'definedBy.discussedIn[1]'],
  );
});

test('known provisions and sources are no problem', () => {
  assert.deepEqual(definedByProblems('g.yaml', 'definedBy:\n  provision: art_3__point_b\n', { provision: 'art_3__point_b' }, known), []);
  const notDefined: DefinedBy = { notDefined: true, discussedIn: [{ provision: 'art_9__para_1__point_b' }, { source: 'untoc' }] };
  assert.deepEqual(definedByProblems('g.yaml', '', notDefined, known), []);
});

test('an unknown provision or source names the file, the line, the field and what to fix', () => {
  const yaml = [
    'definedBy:',
    '  notDefined: true',
    '  discussedIn:',
    '    - provision: art_3__point_a',
    '    - provision: art_3__point_e',
    '    - source: "no-such-source"',
    '      pinpoint: "p. 3"',
    'related: []',
  ].join('\n');
  const definedBy: DefinedBy = { notDefined: true, discussedIn: [{ provision: 'art_3__point_a' }, { provision: 'art_3__point_e' }, { source: 'no-such-source', pinpoint: 'p. 3' }] };
  assert.deepEqual(definedByProblems('content/glossary/x.yaml', yaml, definedBy, known), [
    'content/glossary/x.yaml:5: definedBy.discussedIn[1]: provision "art_3__point_e" is not in the Protocol; the nearest ids are "art_3__point_a", "art_3__point_b".',
    'content/glossary/x.yaml:6: definedBy.discussedIn[2]: source "no-such-source" does not exist in content/sources/; add content/sources/no-such-source.yaml or fix the key.',
  ]);
  assert.deepEqual(definedByProblems('content/glossary/y.yaml', 'related: []\ndefinedBy:\n  source: untok\n', { source: 'untok' }, known), [
    'content/glossary/y.yaml:3: definedBy: source "untok" does not exist in content/sources/; add content/sources/untok.yaml or fix the key.',
  ]);
});
