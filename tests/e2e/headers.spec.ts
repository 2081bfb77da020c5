/** The site served through nginx with deploy/nginx.conf and the headers the build generated. */
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startNginx } from './nginx.ts';
import { nginx, skipUnlessRequired } from '../../scripts/machine-tools.ts';

const port = Number(process.env.TEST_NGINX_PORT ?? 4393);
const site = `http://127.0.0.1:${port}`;
const basePathSite = `http://127.0.0.1:${port + 1}`;

test.describe.configure({ mode: 'serial' }); // one nginx for the file's tests
const server = nginx();
const skip = skipUnlessRequired(server); // missing here, and not required (as it is in CI)
test.skip(!!skip, skip || undefined);

let stop: (() => void) | undefined;
test.beforeAll(async () => {
  if (server.missing) throw new Error(`${server.requireFlag} is set, so nginx must run: ${server.missing}`);
  stop = await startNginx([{ port, root: 'dist', base: '/' }, { port: port + 1, root: 'dist-base-path', base: '/nexus/' }]);
});
test.afterAll(() => stop?.());

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [name, ...values] = d.split(/\s+/); return [name!, new Set(values)]; }));

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/^default-src 'self';/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('microphone=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
}

function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text()); });
  page.on('pageerror', (error) => violations.push(error.message));
  return violations;
}

test('an article page carries the security headers, revalidates, and its <meta> CSP is within the header\'s', async ({ request }) => {
  const response = await request.get(`${site}/en/protocol/art-3/`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response);
  expect(response.headers()['cache-control']).toBe('no-cache');
  const meta = (await response.text()).match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)![1]!.replaceAll('&#x27;', "'");
  const header = directives(response.headers()['content-security-policy']!);
  for (const [name, values] of directives(meta)) for (const value of values) expect(header.get(name), `${name} ${value}`).toContain(value);
  expect(response.headers()['content-security-policy']).toBe(readFileSync('dist/_headers', 'utf8').match(/Content-Security-Policy: (.*)/)![1]);
});

test('hashed bundles are cached for a year, the search bundle revalidates, the header files are not served', async ({ request }) => {
  const html = await (await request.get(`${site}/en/`)).text();
  const stylesheet = html.match(/href="(\/_astro\/[^"]+\.css)"/)![1];
  const asset = await request.get(`${site}${stylesheet}`);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(asset);
  const search = await request.get(`${site}/pagefind/en/pagefind.js`);
  expect(search.status()).toBe(200);
  expect(search.headers()['cache-control']).toBe('no-cache');
  expect(search.headers()['content-type']).toMatch(/javascript/); // nosniff needs the right type
  for (const file of ['_headers', '_nginx-headers.conf']) expect((await request.get(`${site}/${file}`)).status()).toBe(404);
  const missing = await request.get(`${site}/en/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<h1>');
  expectSecurityHeaders(missing);
});

test('under the headers an article runs its scripts and the term preview loads', async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto(`${site}/en/protocol/art-3/`);
  await expect(page.locator('#art_3__point_a').getByRole('button', { name: 'Copy link: art. 3(a)' })).toBeVisible();
  await page.locator('#art_3__point_a a.term').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(violations).toEqual([]);
});

test('under the headers search finds and lands on the provision', async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto(`${site}/sr/search/?q=${encodeURIComponent('одговарајући смештај')}`);
  const first = page.locator('#search-results > li a.result-title').first();
  await expect(first).toHaveAttribute('href', /^\/sr\/protocol\/art-6\/.*#art_6__para_3__point_a$/);
  await first.click();
  await expect(page.locator('#art_6__para_3__point_a')).toBeVisible();
  expect(violations).toEqual([]);
});

test('the /nexus/ build works under the same config and headers', async ({ page, request }) => {
  const response = await request.get(`${basePathSite}/nexus/en/protocol/art-3/`);
  expectSecurityHeaders(response);
  const violations = watchCsp(page);
  await page.goto(`${basePathSite}/nexus/en/search/?q=appropriate+housing`);
  const first = page.locator('#search-results > li a.result-title').first();
  await expect(first).toHaveAttribute('href', /^\/nexus\/en\/protocol\/art-6\//);
  await first.click();
  await expect(page.locator('#art_6__para_3__point_a')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px'); // the stylesheet loaded
  expect(violations).toEqual([]);
  const missing = await request.get(`${basePathSite}/nexus/en/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('/nexus/');
});
