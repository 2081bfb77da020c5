import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUrls } from '../../src/lib/urls.ts';
import { toProvisionId } from '../../src/lib/provisions.ts';

test('URLs differ between locales only in the locale segment', () => {
  const urls = createUrls('/');
  assert.equal(urls.page('en', { type: 'article', article: 3 }), '/en/protocol/art-3/');
  assert.equal(urls.page('sr-latn', { type: 'article', article: 3, view: 'parallel' }), '/sr-latn/protocol/art-3/parallel/');
  assert.equal(urls.provision('sl', toProvisionId('art_3__point_a')), '/sl/protocol/art-3/#art_3__point_a');
  assert.equal(urls.provision('sr', toProvisionId('preamble')), '/sr/protocol/#preamble');
});

test('a base path prefixes every URL, with or without its trailing slash', () => {
  for (const base of ['/nexus/', '/nexus']) {
    const urls = createUrls(base);
    assert.equal(urls.page('en', { type: 'home' }), '/nexus/en/');
    assert.equal(urls.shortLink(3), '/nexus/art/3/');
    assert.equal(urls.asset('/favicon.svg'), '/nexus/favicon.svg');
  }
});
