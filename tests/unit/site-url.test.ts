import { test } from 'node:test';
import assert from 'node:assert/strict';
import siteUrl from '../../src/integrations/site-url.ts';

/** Runs the integration's build hook with a logger that records what it says. */
function said(env: Record<string, string>): { warn: string[]; info: string[] } {
  const messages = { warn: [] as string[], info: [] as string[] };
  const hook = siteUrl(env).hooks['astro:build:start'] as unknown as (options: { logger: { warn: (m: string) => void; info: (m: string) => void } }) => void;
  hook({ logger: { warn: (m) => messages.warn.push(m), info: (m) => messages.info.push(m) } });
  return messages;
}

test('a build without SITE_URL warns once that it names no origin, and what the browser fills in', () => {
  const { warn } = said({ PUBLISHER_NAME: 'P', REPORT_TO: 'r@example.org' });
  assert.equal(warn.length, 1);
  assert.match(warn[0]!, /^SITE_URL is not set, so no file names an origin: no sitemap;/);
  assert.match(warn[0]!, /short links, QR codes and printed footers take the origin each page is served from/);
});

test('with SITE_URL, PUBLISHER_NAME and REPORT_TO the build warns of nothing and says where it publishes', () => {
  const { warn, info } = said({ SITE_URL: 'https://example.org', PUBLISHER_NAME: 'P', REPORT_TO: 'r@example.org' });
  assert.deepEqual(warn, []);
  assert.match(info[0]!, /^Publishing at https:\/\/example\.org:/);
});

test('without PUBLISHER_NAME or REPORT_TO the build says, once, what the about page and report links then do', () => {
  const { warn } = said({ SITE_URL: 'https://example.org' });
  assert.deepEqual(warn, ['PUBLISHER_NAME and REPORT_TO are not set: the about page says this copy does not name its publisher, and "Report a problem" links lead to it. See the README, "Deploying".']);
  assert.match(said({ SITE_URL: 'https://example.org', PUBLISHER_NAME: 'P' }).warn[0]!, /^REPORT_TO is not set: the about page says this copy does not name where reports go, and "Report a problem" links lead to it/);
});
