import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineEditionOf, offlineEditionOfFile, parseSavedEditions } from '../../src/lib/offline.ts';

test('each built file belongs to one edition, to all of them, or is never saved', () => {
  const cases: [string, ReturnType<typeof offlineEditionOfFile>][] = [
    ['en/protocol/art-3/index.html', 'en'],
    ['sl/glossary/definitions.json', 'sl'],
    ['sr/index.html', 'sr'],
    ['sr-latn/notes/two-tracks/index.html', 'sr'], // Serbian is saved in both scripts
    ['pagefind/en/pagefind.js', 'en'],
    ['pagefind/sr-latn/index/en_1a2b.pf_index', 'sr'],
    ['pagefind/xx/pagefind.js', undefined],
    ['_astro/Base.abc123.css', 'shared'],
    ['404.html', 'shared'],
    ['index.html', 'shared'],
    ['art/3/index.html', 'shared'],
    ['offline.json', 'shared'],
    // The Protocol as data and the citation files go with their edition only; the schema serves every edition.
    ['en/protocol.json', 'en'],
    ['sl/protocol.akn.xml', 'sl'],
    ['sr-latn/protocol.json', 'sr'],
    ['sr/protocol.akn.xml', 'sr'],
    ['sl/protocol/art-3/citation.ris', 'sl'],
    ['sr-latn/notes/two-tracks/citation.bib', 'sr'],
    ['en/guidelines/gip-7/citation.csl.json', 'en'],
    ['protocol.schema.json', 'shared'],
    ['sw.js', undefined],
    ['_headers', undefined],
    ['_nginx-headers.conf', undefined],
    ['sitemap-0.xml', undefined],
  ];
  for (const [path, edition] of cases) assert.equal(offlineEditionOfFile(path), edition, path);
});

test('a locale saves its edition; the worker URL names the saved editions, unknown ones ignored', () => {
  assert.equal(offlineEditionOf('sr-latn'), 'sr');
  assert.equal(offlineEditionOf('sl'), 'sl');
  assert.deepEqual(parseSavedEditions('sr,en,xx'), ['en', 'sr']);
  assert.deepEqual(parseSavedEditions(null), []);
});
