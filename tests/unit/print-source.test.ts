import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printSourceValue } from '../../src/lib/print-source.ts';

test('the print footer is one CSS string: parts joined, whitespace folded, quotes and backslashes escaped', () => {
  assert.equal(printSourceValue(['Site', ' https://x.org/art/3/a/ ', '', 'Text last\nchecked 1 May']), '"Site  ·  https://x.org/art/3/a/  ·  Text last checked 1 May"');
  assert.equal(printSourceValue(['a "b" \\ c']), '"a \\"b\\" \\\\ c"');
});
