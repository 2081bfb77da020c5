import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCitations, splitCitationMarks } from '../../src/lib/citation-marks.ts';

test('a text splits into its words and its marks; the space before a mark goes', () => {
  assert.deepEqual(splitCitationMarks('Debts lead to exploitation [@icmpd-mixed-migration-paper, section 2]; see [@atina-cop-2025].'), [
    { text: 'Debts lead to exploitation' },
    { cite: { source: 'icmpd-mixed-migration-paper', pinpoint: 'section 2' } },
    { text: '; see' },
    { cite: { source: 'atina-cop-2025' } },
    { text: '.' },
  ]);
  assert.deepEqual(splitCitationMarks('No marks.'), [{ text: 'No marks.' }]);
});

test('added citations keep the numbers the page gave them; new ones follow', () => {
  const page = [{ number: 1, source: 'a', pinpoint: 'p. 1' }, { number: 2, source: 'b' }];
  const { list, numbers } = addCitations(page, [{ source: 'b' }, { source: 'a', pinpoint: 'p. 2' }, { source: 'a', pinpoint: 'p. 1' }, { source: 'a', pinpoint: 'p. 2' }]);
  assert.deepEqual(numbers, [2, 3, 1, 3]);
  assert.deepEqual(list.at(-1), { number: 3, source: 'a', pinpoint: 'p. 2' });
  assert.equal(list.length, 3);
  assert.equal(page.length, 2, 'the page\'s own list is not changed');
});
