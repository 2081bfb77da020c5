/** A cheap phone (360×640): a short header, the treaty text on the first screen, the menu one tap away. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { firstTreatyLineBottom } from './first-screen.ts';
import { navigation } from '../../src/data/navigation.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const phone = { width: 360, height: 640 };

/**
 * In each edition, the article whose header (chapter, number, title, views) has the most words: the header and the
 * notices are the same on every article, so this is the one whose treaty text starts lowest. Read from the build.
 */
function longestHeaded(locale: (typeof locales)[number]): number {
  const length = (article: number) => {
    const tree = fromHtml(readFileSync(`dist/${locale}/protocol/art-${article}/index.html`, 'utf8'));
    return toText(select('article.treaty .article-header', tree)!).length;
  };
  const articles = Array.from({ length: 20 }, (_, i) => i + 1);
  return articles.reduce((worst, article) => (length(article) > length(worst) ? article : worst));
}

test.describe('at 360×640', () => {
  test.use({ viewport: phone });
  for (const locale of locales) {
    const article = longestHeaded(locale);
    test(`${locale} art. ${article}, the longest header: header within 160 px, treaty text on the first screen`, async ({ page }) => {
      await page.goto(`/${locale}/protocol/art-${article}/`);
      expect((await page.locator('body > .site-header').boundingBox())!.height).toBeLessThanOrEqual(160);
      expect(await page.locator('article.treaty').evaluate(firstTreatyLineBottom)).toBeLessThanOrEqual(phone.height);
    });
  }

  test('the menu opens with one tap, without JavaScript, and holds every section and language', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sl/protocol/art-3/');
    const sections = page.getByRole('navigation', { name: 'Glavna navigacija' });
    await expect(sections).toBeHidden();
    await page.getByText('Meni', { exact: true }).click();
    await expect(sections.getByRole('link')).toHaveCount(navigation.length);
    await expect(page.getByRole('navigation', { name: 'Jezik' }).getByRole('link')).toHaveCount(4);
    await expect(page.locator('#site-search')).toBeVisible(); // search needs no tap at all
    await context.close();
  });

  test('from the menu, another language keeps the #fragment', async ({ page }) => {
    await page.goto('/en/protocol/art-14/#art_14__para_1');
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('link', { name: 'Srpski (latinica)' }).click();
    await expect(page).toHaveURL(/\/sr-latn\/protocol\/art-14\/#art_14__para_1$/);
  });

  test('the Serbian notice is one line, and the full statement one tap away', async ({ page }) => {
    await page.goto('/sr/protocol/art-3/');
    const notice = page.getByRole('note');
    await expect(notice).toContainText('Незванични превод');
    expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(80);
    const statement = notice.getByText(/Међународни уговори”, бр\. 6\/2001/);
    await expect(statement).toBeHidden();
    await notice.getByText('О овом преводу').click();
    await expect(statement).toBeVisible();
  });
});

test('on a wide screen the sections and languages are in the header, with no menu button', async ({ page }) => {
  await page.goto('/en/protocol/art-3/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Slovenščina' })).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
});

test('on a screen of 1200 px the Protocol\'s map stands beside the article, the current one marked', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto('/sl/protocol/art-7/');
  const map = page.getByRole('navigation', { name: 'Vsebina' });
  const mapBox = (await map.boundingBox())!;
  const textBox = (await page.locator('#art_7__para_1').boundingBox())!;
  expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(textBox.x);
  expect(mapBox.y).toBeLessThan(textBox.y + textBox.height); // beside, not below
  await expect(map.getByRole('link')).toHaveCount(20);
  await expect(map.locator('a[aria-current="page"]')).toHaveAttribute('href', '/sl/protocol/art-7/');
  await expect(page.getByRole('link', { name: 'Vsebina' })).toBeHidden(); // no need for the jump link
  await context.close();
});

test('on a phone the map is one tap away, after the text', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/protocol/art-7/');
  await page.getByRole('link', { name: 'Contents', exact: true }).click();
  await expect(page).toHaveURL(/#contents$/);
  await expect(page.getByRole('navigation', { name: 'Contents' }).locator('a[aria-current="page"]')).toBeInViewport();
  await context.close();
});

test('printed, a Serbian article carries the whole unofficial-translation statement and no map or menu', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/sr/protocol/art-3/');
  await expect(page.getByRole('note').getByText(/Међународни уговори”, бр\. 6\/2001/)).toBeVisible();
  await expect(page.locator('.protocol-map')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});
