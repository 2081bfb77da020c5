import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeId, changesOf, isOverdue } from '../../src/lib/review.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a page is overdue from the day after its next review', () => {
  assert.equal(isOverdue(day('2027-01-10'), day('2027-01-10')), false);
  assert.equal(isOverdue(day('2027-01-10'), new Date('2027-01-10T23:59:00Z')), false);
  assert.equal(isOverdue(day('2027-01-10'), day('2027-01-11')), true);
});

test('changes come newest first, then by title in natural order, each counted among its page\'s entries of the day', () => {
  const changes = changesOf([
    { page: 'art-10', title: 'Article 10 explained', file: 'a10.mdx', history: [{ date: day('2026-12-02'), note: 'First published.' }] },
    { page: 'art-2', title: 'Article 2 explained', file: 'a2.mdx', history: [{ date: day('2026-12-07'), note: 'Second fix.' }, { date: day('2026-12-07'), note: 'First fix.' }, { date: day('2026-12-02'), note: 'First published.' }] },
  ]);
  assert.deepEqual(changes.map((c) => [c.title, c.note, c.ordinal]), [
    ['Article 2 explained', 'Second fix.', 1],
    ['Article 2 explained', 'First fix.', 0],
    ['Article 2 explained', 'First published.', 0],
    ['Article 10 explained', 'First published.', 0],
  ]);
});

test('an entry id is a version-5-shaped UUID URN that depends on the edition, file, day and place, not on the note or any URL', () => {
  const change = { file: 'content/notes/en/two-tracks.mdx', date: day('2026-12-07'), ordinal: 0 };
  const id = changeId('en', change);
  assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(changeId('en', { ...change }), id);
  assert.notEqual(changeId('sr', change), id);
  assert.notEqual(changeId('en', { ...change, ordinal: 1 }), id);
  assert.notEqual(changeId('en', { ...change, date: day('2026-12-08') }), id);
});

test('adding a newer entry on the same day leaves the older entries\' ids as they were', () => {
  const before = changesOf([{ page: 'p', title: 'P', file: 'p.mdx', history: [{ date: day('2026-12-07'), note: 'A.' }] }]);
  const after = changesOf([{ page: 'p', title: 'P', file: 'p.mdx', history: [{ date: day('2026-12-07'), note: 'B.' }, { date: day('2026-12-07'), note: 'A.' }] }]);
  const idOf = (changes: typeof before, note: string) => changeId('en', changes.find((c) => c.note === note)!);
  assert.equal(idOf(after, 'A.'), idOf(before, 'A.'));
});
