import { expect, test } from '@playwright/test';
import { BASE_PATH_PORT } from '../../playwright.config.ts';

// The build under /nexus/ is configured as a publisher's would be (SITE_URL, PUBLISHER_NAME, REPORT_TO: see
// package.json, build:base-path); the one at / is not.
const configured = `http://localhost:${BASE_PATH_PORT}`;

test('a provision\'s own report link names the provision, its page and its label', async ({ page }) => {
  await page.goto(`${configured}/nexus/sl/protocol/art-3/`);
  const report = page.getByRole('link', { name: /Prijavite napako pri tej določbi: 3\. člen, točka \(a\)/, includeHidden: true });
  const target = new URL((await report.getAttribute('href'))!);
  expect(target.searchParams.get('title')).toBe('Azil in trgovina z ljudmi: 3. člen, točka (a)');
  expect(target.searchParams.get('body')).toContain(`${configured}/nexus/sl/protocol/art-3/#art_3__point_a\nart_3__point_a`);
});

test('unconfigured, report links lead to the about page\'s section on reaching the publisher, which says the copy names none', async ({ page }) => {
  await page.goto('/sr-latn/notes/two-tracks/');
  await page.locator('footer a[data-report]').click();
  await expect(page).toHaveURL('/sr-latn/about/#report');
  await expect(page.locator('#report')).toBeInViewport();
  await expect(page.locator('[data-publisher="unconfigured"]')).toContainText('bez imena izdavača');
  await page.goto('/en/protocol/art-14/');
  await expect(page.getByRole('link', { name: 'Report a problem with this provision: art. 14(1)', includeHidden: true })).toHaveAttribute('href', '/en/about/#report');
});

test('every page links its edition\'s changes feed, and the changes page links each entry to the page\'s history', async ({ page }) => {
  await page.goto('/sl/changes/');
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute('href', '/sl/changes.xml');
  const first = page.locator('.changes-list a[href$="#history"]').first();
  await first.click();
  await expect(page.locator('#history')).toBeInViewport();
  await expect(page.locator('#history time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the not-found page reports the address the reader asked for, not the home page', async ({ page }) => {
  // Served for any missing address; reached here by its own file, with a query that only the address bar holds.
  const asked = `${configured}/nexus/404.html?from=/nexus/en/protocol/art-99/`;
  await page.goto(asked);
  const report = page.locator('footer a[data-report]');
  await expect(report).toHaveAttribute('data-report', asked);
  // The report's first line is the address it is about.
  const body = new URL((await report.getAttribute('href'))!).searchParams.get('body') ?? '';
  expect(body.split('\n')[0]).toBe(asked);
});
