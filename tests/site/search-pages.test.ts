/**
 * The search page finds the pages it puts first as cards (a definition, an answering explanation, a provision) by
 * `pagefind/{edition}/pages.json`, each indexed page's result id by its key: the map must name every page of the
 * index, each by the id Pagefind gave it, and nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFilesUnder } from '../built-files.ts';
import { searchEditions } from '../../src/lib/search.ts';

for (const edition of searchEditions) {
  test(`${edition}: every indexed page has its result id in pages.json, and every id is a page of the index`, () => {
    const bundle = join('dist', 'pagefind', edition);
    const ids = JSON.parse(readFileSync(join(bundle, 'pages.json'), 'utf8')) as Record<string, string>;
    const fragments = readdirSync(join(bundle, 'fragment')).map((file) => file.replace(/\.pf_fragment$/, ''));
    assert.deepEqual(Object.values(ids).sort(), fragments.sort());
    // The keys are the indexed pages' paths after the edition: an explanation, a term, a note among them.
    const indexed = htmlFilesUnder(join('dist', edition)).filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
    const keys = indexed.map((file) => relative(join('dist', edition), file).replace(/index\.html$/, ''));
    assert.deepEqual(Object.keys(ids).sort(), keys.sort());
    for (const key of ['protocol/art-3/explained/', 'glossary/child/', 'notes/two-tracks/']) assert.ok(ids[key], `${key} is in pages.json`);
  });
}
