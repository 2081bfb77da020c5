import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spellingFamilies, toOurSpelling } from '../../src/lib/spelling.ts';

test('a query in either spelling becomes the spelling of our text', () => {
  assert.equal(toOurSpelling('forced labor'), 'forced labour');
  assert.equal(toOurSpelling('bonded labor'), 'bonded labour');
  assert.equal(toOurSpelling('organised criminal group'), 'organized criminal group');
  assert.equal(toOurSpelling('Organisations'), 'Organizations');
  assert.equal(toOurSpelling('counseling programs'), 'counselling programmes');
  assert.equal(toOurSpelling('forced labour'), 'forced labour'); // already ours
  assert.equal(toOurSpelling('laboratory'), 'laboratory'); // not a spelling of "labor"
});

// The English words of the site outside the treaty (whose spelling is the UN's and is never changed).
function englishWords(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) { if (!/\/(sl|sr)$/.test(full)) walk(full); continue; }
      if (!/\.(mdx?|ya?ml)$/.test(entry.name)) continue;
      for (const word of readFileSync(full, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  walk(dir);
  return counts;
}

test('each word family is mapped to the spelling our English text uses at least as often', () => {
  const counts = englishWords('content');
  const total = (list: string[]) => list.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
  for (const { american, british, ours } of spellingFamilies) {
    const [mine, other] = ours === 'british' ? [british, american] : [american, british];
    assert.ok(total(mine) >= total(other), `"${other[0]}…" occurs more often than "${mine[0]}…" in content/: change the table in src/lib/spelling.ts`);
  }
});
