import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rebaseLinks } from '../../src/lib/rebase-links.ts';

test('relative links and fragments resolve against the page the HTML was written for; the others stay', () => {
  const html = '<p><a href="../../../glossary/child/" class="term">child</a> <a href="../#art_3__point_c">(c)</a> <a class="cite" href="#ref-2">2</a> <a href="/en/about/">a</a> <a href="https://example.org/x?a=1&amp;b=2">b</a> <a href="?q=1&amp;t=2">c</a></p>';
  assert.equal(rebaseLinks(html, '/nexus/en/protocol/art-3/explained/'),
    '<p><a href="/nexus/en/glossary/child/" class="term">child</a> <a href="/nexus/en/protocol/art-3/#art_3__point_c">(c)</a> <a class="cite" href="/nexus/en/protocol/art-3/explained/#ref-2">2</a> <a href="/en/about/">a</a> <a href="https://example.org/x?a=1&amp;b=2">b</a> <a href="/nexus/en/protocol/art-3/explained/?q=1&amp;t=2">c</a></p>');
});
