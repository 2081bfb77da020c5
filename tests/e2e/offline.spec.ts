/** Offline on the reader's request: nothing stored before, everything readable offline after, nothing after Remove. */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/** Everything a site can leave on a device, as the page sees it. */
async function stored(page: Page, context: BrowserContext) {
  return {
    serviceWorkers: await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    caches: await page.evaluate(() => caches.keys()),
    localStorage: await page.evaluate(() => localStorage.length + sessionStorage.length),
    indexedDB: await page.evaluate(async () => (await indexedDB.databases()).length),
    cookies: (await context.cookies()).length,
  };
}
const nothing = { serviceWorkers: 0, caches: [], localStorage: 0, indexedDB: 0, cookies: 0 };

// Saving downloads a whole edition (3–5 MB, 300–460 files): the timeout follows that work, not a page's.
test.describe.configure({ timeout: 120_000 });

test('read, save, read offline, search offline, remove: nothing stored before or after', async ({ page, context }) => {
  for (const path of ['/en/', '/en/protocol/art-3/', '/en/glossary/exploitation/', '/en/notes/two-tracks/', '/en/search/?q=refugee']) await page.goto(path);
  expect(await stored(page, context)).toEqual(nothing);

  await page.goto('/en/');
  await page.getByRole('link', { name: 'Save for offline use' }).click();
  await expect(page).toHaveURL(/\/en\/offline\/$/);
  await expect(page.locator('#offline-size')).toHaveText(/^It takes about \d+\.\d MB \(\d+ files\)\.$/);
  await expect(page.locator('#offline-status')).toHaveText('Nothing from this site is stored on this device.');
  await page.getByRole('button', { name: /offline/ }).click();
  await expect(page.locator('#offline-status')).toHaveText(/^Saved on this device: English edition\. The copy is of \w+ \d+, \d{4};/, { timeout: 90_000 });
  await expect(page.getByRole('button', { name: /offline/ })).toBeDisabled();

  await context.setOffline(true);
  await page.goto('/en/protocol/art-14/#art_14__para_1');
  await expect(page.locator('#art_14__para_1')).toContainText('non-refoulement');
  await page.goto('/en/glossary/non-refoulement/');
  await expect(page.locator('h1')).toHaveText('non-refoulement');
  await page.goto('/en/notes/');
  expect(await page.locator('.card-list a').count()).toBeGreaterThanOrEqual(8);
  await page.goto('/en/protocol/art-3/');
  await page.locator('#art_3__point_a a.term').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible(); // the definitions came from the saved copy
  await page.goto('/en/search/?q=exploitation');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/Results for “exploitation”: \d+/);
  await page.goto('/art/14/1/'); // a short link
  await expect(page).toHaveURL(/\/en\/protocol\/art-14\/#art_14__para_1$/);
  await page.goto('/en/handout/?p=art_3__point_a,art_14__para_1&l=en');
  await expect(page.locator('.handout-provision')).toHaveCount(2);
  // The whole Protocol to print, in its own font, and its PDF.
  await page.goto('/en/protocol/print/');
  await expect(page.locator('article.print-article')).toHaveCount(20);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Serif' && f.status === 'loaded').length)).toBeGreaterThan(0);
  expect(await page.evaluate(async () => { const r = await fetch('/en/protocol.pdf'); return [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength > 10_000]; })).toEqual([200, 'application/pdf', true]);

  // An edition that was not saved: the offline page, in the saved edition's language, offering the way back.
  await page.goto('/sl/protocol/art-3/');
  await expect(page.getByText('You are offline, and this page was not saved on this device.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go back' })).toBeVisible();
  await context.setOffline(false);

  await page.goto('/en/offline/');
  await page.getByRole('button', { name: /Remove/ }).click();
  await expect(page.locator('#offline-status')).toHaveText('Removed. Nothing from this site is stored on this device any more.');
  expect(await stored(page, context)).toEqual(nothing);
  await context.setOffline(true);
  await expect(page.goto('/en/protocol/art-6/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(false);
});

test('the Serbian edition saves both scripts; the page says so in the reader\'s script', async ({ page, context }) => {
  await page.goto('/sr-latn/offline/');
  await expect(page.locator('.lead')).toContainText('na ćirilici i latinici');
  await page.getByRole('button', { name: 'Sačuvaj za korišćenje bez interneta' }).click();
  await expect(page.locator('#offline-status')).toHaveText(/^Sačuvano na ovom uređaju: srpsko izdanje \(ćirilica i latinica\)\./, { timeout: 90_000 });
  await context.setOffline(true);
  await page.goto('/sr/protocol/art-3/');
  await expect(page.locator('#art_3__point_a')).toContainText('трговина људским бићима');
  await page.goto('/sr-latn/protocol/art-3/');
  await expect(page.locator('#art_3__point_a')).toContainText('trgovina ljudskim bićima');
  await context.setOffline(false);
  await page.goto('/sr/offline/');
  await page.getByRole('button', { name: 'Уклони са овог уређаја' }).click();
  await expect(page.locator('#offline-status')).toHaveText(/^Уклоњено\./);
  expect(await stored(page, context)).toEqual(nothing);
});

test('without JavaScript the offline page explains itself and stores nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sl/offline/');
  await expect(page.locator('.lead')).toContainText('slovenske izdaje');
  await expect(page.getByText('Shranjevanje za uporabo brez povezave potrebuje JavaScript.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Shrani za uporabo brez povezave' })).toBeHidden();
  await context.close();
});
