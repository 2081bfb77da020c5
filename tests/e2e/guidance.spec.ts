import { expect, test } from '@playwright/test';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

// Each index, each page's language and its provision links: tests/site/guidance-pages.test.ts.

test('every citation mark leads to its numbered source, and provision links resolve to their ids', async ({ page }) => {
  await page.goto('/sl/notes/two-tracks/');
  const marks = page.locator('a.cite');
  expect(await marks.count()).toBeGreaterThan(3);
  for (const href of await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`.references li${href}`)).toHaveCount(1);
  }
  await page.locator('.prose a[href*="#art_14__para_1"]').first().click();
  await expect(page).toHaveURL(/\/sl\/protocol\/art-14\/#art_14__para_1$/);
  await expect(page.locator('#art_14__para_1')).toBeVisible();
});

test('a note shows its brief, review status, last check and relevant provisions', async ({ page }) => {
  await page.goto('/en/notes/smuggling-vs-trafficking/');
  await expect(page.locator('.brief')).toContainText('In brief');
  await expect(page.locator('.page-status')).toContainText('Not yet reviewed by a lawyer.');
  await expect(page.locator('.page-status time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  expect(await page.locator('section:has(#relevant-provisions) a').count()).toBeGreaterThan(0);
  await page.goto('/sr/notes/smuggling-vs-trafficking/');
  await expect(page.locator('.page-status')).toContainText('Превод с енглеског; превод није прегледан.');
});

for (const locale of locales) {
  test(`${locale} article 14 lists the guidelines and notes that discuss it`, async ({ page }) => {
    await page.goto(`/${locale}/protocol/art-14/`);
    const discussed = page.locator('.discussed-in a');
    expect(await discussed.count()).toBeGreaterThanOrEqual(3);
    await expect(discussed.first()).toHaveAttribute('href', new RegExp(`^/${locale}/(notes|guidelines)/`));
  });
}

test('the sources page lists every cited document', async ({ page }) => {
  await page.goto('/en/sources/');
  expect(await page.locator('.source-list > li').count()).toBeGreaterThanOrEqual(30);
  await expect(page.locator('#unhcr-gip-7')).toContainText('HCR/GIP/06/07');
});
