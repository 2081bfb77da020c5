import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { headerCsp, headersFile, inlineScriptHashes, nginxHeaders, ownScriptHashes } from '../../src/lib/security-headers.ts';

const pageA = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-SSS='";
const pageB = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-SSS='";

test('the header CSP is the union of the pages\' policies, plus frame-ancestors', () => {
  assert.equal(headerCsp([pageA, pageB]), "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-SSS='; frame-ancestors 'none'");
});

test('no page with a CSP is an error, not an empty policy', () => {
  assert.throws(() => headerCsp([]), /security\.csp/);
});

test('_headers: security headers on every path under the base, caching only on the asset folders', () => {
  const file = headersFile('/nexus/', "default-src 'self'");
  assert.match(file, /^\/nexus\/\*\n {2}Content-Security-Policy: default-src 'self'\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer\n {2}Permissions-Policy: .*camera=\(\)/m);
  assert.match(file, /^\/nexus\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(file, /^\/nexus\/pagefind\/\*\n {2}Cache-Control: no-cache$/m);
  assert.match(file, /^\/nexus\/sw\.js\n {2}Cache-Control: no-cache$/m);
  assert.equal(file.match(/Cache-Control/g)?.length, 4); // never on the catch-all: Cloudflare would join the values
});

test('nginx: one always-sent add_header line per security header, quoted', () => {
  const lines = nginxHeaders("default-src 'self'").trim().split('\n').filter((l) => !l.startsWith('#'));
  assert.deepEqual(lines.map((l) => l.split(' ')[1]), ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
  assert.equal(lines[0], 'add_header Content-Security-Policy "default-src \'self\'" always;');
});

test('a page keeps only the hashes of the inline scripts it runs; JSON data blocks need none, and nothing else changes', () => {
  const run = 'document.body.dataset.ready = "1";';
  const hashOf = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
  const html = `<head><script type="application/ld+json">{"a":1}</script></head><body><script type="module">${run}</script><script type="module" src="/x.js"></script></body>`;
  assert.deepEqual([...inlineScriptHashes(html)], [hashOf(run)]);
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf('other();')} ${hashOf(run)}; style-src 'self' ${hashOf('x')}`;
  assert.equal(ownScriptHashes(policy, html), `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(run)}; style-src 'self' ${hashOf('x')}`);
});
