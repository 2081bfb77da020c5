import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createUrls, provisionFromShortPath, publicUrl, resolvePublicUrl, shortPath } from '../../src/lib/urls.ts';
import { toProvisionId } from '../../src/lib/provisions.ts';

const everyId = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(' ')).map(toProvisionId);

test('URLs differ between locales only in the locale segment', () => {
  const urls = createUrls('/');
  assert.equal(urls.page('en', { type: 'article', article: 3 }), '/en/protocol/art-3/');
  assert.equal(urls.page('sr-latn', { type: 'article', article: 3, view: 'parallel' }), '/sr-latn/protocol/art-3/parallel/');
  assert.equal(urls.provision('sl', toProvisionId('art_3__point_a')), '/sl/protocol/art-3/#art_3__point_a');
  assert.equal(urls.provision('sr', toProvisionId('preamble')), '/sr/protocol/#preamble');
  assert.equal(urls.page('sr-latn', { type: 'protocol', view: 'print' }, 'art_3'), '/sr-latn/protocol/print/#art_3');
  assert.equal(urls.protocolData('sl', 'pdf'), '/sl/protocol.pdf');
  assert.equal(urls.page('sl', { type: 'check', kind: 'trafficking' }), '/sl/check/trafficking/');
  assert.equal(urls.page('sr-latn', { type: 'check', kind: 'refugee' }, 'causal-link'), '/sr-latn/check/refugee/#causal-link');
  assert.equal(urls.page('sl', { type: 'check', kind: 'trafficking', scenario: 'held-for-ransom' }), '/sl/check/trafficking/scenario/held-for-ransom/');
  assert.equal(urls.page('sr', { type: 'questions' }, 'art-3'), '/sr/protocol/questions/#art-3');
  assert.equal(urls.questions('en', 'q=3a-1,3c-1'), '/en/protocol/questions/?q=3a-1,3c-1');
});

test('a base path prefixes every URL, with or without its trailing slash', () => {
  for (const base of ['/nexus/', '/nexus']) {
    const urls = createUrls(base);
    assert.equal(urls.page('en', { type: 'home' }), '/nexus/en/');
    assert.equal(urls.shortLink(toProvisionId('art_3')), '/nexus/art/3/');
    assert.equal(urls.shortLink(toProvisionId('art_3__point_a'), 'sl'), '/nexus/sl/art/3/a/');
    assert.equal(urls.handout('sr', 'p=art_3'), '/nexus/sr/handout/?p=art_3');
    assert.equal(urls.asset('/favicon.svg'), '/nexus/favicon.svg');
  }
});

test('a short path is the provision id read aloud', () => {
  assert.equal(shortPath(toProvisionId('art_3__point_a')), 'art/3/a/');
  assert.equal(shortPath(toProvisionId('art_14__para_1')), 'art/14/1/');
  assert.equal(shortPath(toProvisionId('art_6__para_3__point_b')), 'art/6/3/b/');
  assert.equal(shortPath(toProvisionId('art_14')), 'art/14/');
  assert.equal(shortPath(toProvisionId('preamble')), 'art/preamble/');
});

test('every provision id maps to a short path and back, and no two ids share one', () => {
  assert.equal(everyId.length, 98);
  const paths = new Set<string>();
  for (const id of everyId) {
    const path = shortPath(id);
    assert.match(path, /^art\/(preamble|\d+(\/\d+)?(\/[a-z])?)\/$/, id);
    assert.equal(provisionFromShortPath(path), id, path);
    assert.equal(provisionFromShortPath(`/${path.slice(0, -1)}`), id, 'leading slash, no trailing slash');
    paths.add(path);
  }
  assert.equal(paths.size, everyId.length);
});

test('a path that is not a short path stands for no provision', () => {
  for (const path of ['art/', 'art/3/z/z/', 'art/3/A/', 'art/x/', 'protocol/art-3/', 'art/3/1/a/b/', 'art/-1/', 'art/3//a/']) {
    assert.equal(provisionFromShortPath(path), undefined, path);
  }
});

test('public URLs: on SITE_URL when the build has it, root-relative without, completed in the browser by its own origin', () => {
  const urls = createUrls('/nexus/');
  assert.equal(publicUrl(urls.shortLink(toProvisionId('art_6__para_3__point_b')), 'https://example.org'), 'https://example.org/nexus/art/6/3/b/');
  assert.equal(publicUrl(urls.shortLink(toProvisionId('art_6__para_3__point_b')), undefined), '/nexus/art/6/3/b/');
  assert.equal(resolvePublicUrl('/nexus/art/6/3/b/', 'http://127.0.0.1:8080/nexus/sl/handout/?p=art_6'), 'http://127.0.0.1:8080/nexus/art/6/3/b/');
  assert.equal(resolvePublicUrl('https://example.org/nexus/art/6/3/b/', 'http://127.0.0.1:8080/nexus/sl/handout/'), 'https://example.org/nexus/art/6/3/b/');
});

test('data and citation files sit beside what they describe', () => {
  const urls = createUrls('/nexus/');
  assert.equal(urls.protocolData('sr-latn', 'json'), '/nexus/sr-latn/protocol.json');
  assert.equal(urls.protocolData('en', 'akn.xml'), '/nexus/en/protocol.akn.xml');
  assert.equal(urls.citation('sl', { type: 'article', article: 3 }, 'ris'), '/nexus/sl/protocol/art-3/citation.ris');
  assert.equal(urls.citation('en', { type: 'note', slug: 'two-tracks' }, 'csl.json'), '/nexus/en/notes/two-tracks/citation.csl.json');
});
