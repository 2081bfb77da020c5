import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPlaceholders } from '../../src/lib/placeholders.ts';

test('placeholders are filled by name; one without a value stays for the browser to fill', () => {
  assert.equal(fillPlaceholders('{count} results for “{query}”', { count: 3, query: 'otrok' }), '3 results for “otrok”');
  assert.equal(fillPlaceholders('at most {max}; asked for {count}', { max: 40 }), 'at most 40; asked for {count}');
  assert.equal(fillPlaceholders('Link to {label} copied', { label: 'art. 3 $& (a)' }), 'Link to art. 3 $& (a) copied');
});
