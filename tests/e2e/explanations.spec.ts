import { expect, test } from '@playwright/test';
import { locales } from './pages.ts';

const words = { en: /\p{Script=Latin}{3}/u, sl: /\p{Script=Latin}{3}/u, sr: /\p{Script=Cyrillic}{3}/u, 'sr-latn': /\p{Script=Latin}{3}/u };

for (const locale of locales) {
  test(`${locale}: an article links to its explanations, which land on each provision with its own words above`, async ({ page }) => {
    await page.goto(`/${locale}/protocol/art-3/`);
    await page.locator('.article-views a[href$="/protocol/art-3/explained/"]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/protocol/art-3/explained/$`));
    await expect(page.locator('[data-explains]')).toHaveCount(5);
    const child = page.locator('[data-explains~="art_3__point_d"]');
    // the treaty's own words, embedded from the collection, link back to the provision
    await expect(child.locator('.embedded-provision a.provision-num')).toHaveAttribute('href', new RegExp(`/${locale}/protocol/art-3/#art_3__point_d$`));
    await expect(child.locator('.explanation-body > p').first()).toHaveText(words[locale]);
    await expect(child.locator('.explanation-questions li').first()).toHaveText(/\?$/);
    await expect(page.locator('.page-status')).toBeVisible(); // "no lawyer has reviewed it", in the page's language
    await page.goto(`/${locale}/protocol/art-3/explained/#art_3__point_d`);
    await expect(page.locator('#art_3__point_d')).toBeInViewport();
  });
}

test('explanations read without JavaScript, and every link in them leads somewhere on the site', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sl/protocol/art-14/explained/');
  await expect(page.locator('[data-explains="art_14__para_1"] .explanation-body')).toContainText(/nevra[čc]anj/);
  const hrefs = await page.locator('.explanation-body a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(new URL(href).pathname).toMatch(/^\/sl\/(protocol|glossary|notes|guidelines)\//);
  await context.close();
});

test('the preamble has its explanation, with the list of every article explained', async ({ page }) => {
  await page.goto('/sr/protocol/');
  await page.locator('a[href$="/sr/protocol/explained/"]').first().click();
  await expect(page.locator('[data-explains="preamble"] .explanation-body')).toHaveText(/\p{Script=Cyrillic}{3}/u);
  await expect(page.locator('.explained-list a')).toHaveCount(20);
});

test('"Discussed in" lists the explanations of other articles that refer to this one', async ({ page }) => {
  await page.goto('/en/protocol/art-3/');
  const links = page.locator('.discussed-in a[href*="/explained/"]');
  expect(await links.count()).toBeGreaterThan(0);
  const href = await links.first().getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('.explanation-body a[href*="protocol/art-3/"]').first()).toBeAttached();
});

test('a handout "with explanations" puts each provision\'s explanation under it, in every language shown', async ({ page }) => {
  await page.goto('/en/handout/?p=art_3__point_d,art_14__para_1&l=en,sr-latn&x=1');
  const section = page.locator('.handout-provision[data-provision="art_3__point_d"]');
  await expect(section.locator('.handout-explanation')).toHaveCount(2);
  await expect(section.locator('[lang="en"] .handout-explanation')).toContainText(/eighteen/);
  await expect(section.locator('[lang="sr-Latn"] .handout-explanation')).not.toContainText(/\p{Script=Cyrillic}/u);
  await expect(page.locator('.handout-explanation .explanation-questions')).toHaveCount(0);
  for (const href of await page.locator('.handout-explanation a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/(en|sr-latn)\//);
  }
  await expect(page.locator('input[name="x"]')).toBeChecked();
  await page.locator('input[name="x"]').uncheck();
  await expect(page.locator('.handout-explanation')).toHaveCount(0);
  await expect(page).not.toHaveURL(/x=1/);
});

test('an explanation page prints without its navigation, with the date the facts were checked', async ({ page }) => {
  await page.goto('/en/protocol/art-8/explained/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-explains="art_8__para_2"]')).toBeVisible();
  await expect(page.locator('.print-source')).toContainText(/2026/);
});
