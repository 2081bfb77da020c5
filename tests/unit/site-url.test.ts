import { test } from 'node:test';
import assert from 'node:assert/strict';
import siteUrl from '../../src/integrations/site-url.ts';

/** Runs the integration's build hook with a logger that records what it says. */
function warnings(value: string | undefined): string[] {
  const said: string[] = [];
  const hook = siteUrl(value).hooks['astro:build:start'] as unknown as (options: { logger: { warn: (m: string) => void } }) => void;
  hook({ logger: { warn: (message) => said.push(message) } });
  return said;
}

test('a build without SITE_URL warns once, naming what the browser then fills in; with SITE_URL it says nothing', () => {
  const unset = warnings(undefined);
  assert.equal(unset.length, 1);
  assert.match(unset[0]!, /^SITE_URL is not set\. Short links, QR codes and printed footers will use the origin each page is served from/);
  assert.deepEqual(warnings('https://example.org'), []);
});
