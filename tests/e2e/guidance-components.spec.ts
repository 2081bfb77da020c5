import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { locales } from './pages.ts';

// That every embedded provision reads exactly as on its article page: tests/site/guidance-pages.test.ts.

test('an embedded provision carries the article page glossary links, and its number and citation link to its place', async ({ page }) => {
  await page.goto('/sl/notes/two-tracks/');
  const figure = page.locator('.embedded-provision[data-provision="art_14__para_1"]');
  const terms = await figure.locator('blockquote a.term').evaluateAll((as) => as.map((a) => a.getAttribute('data-term')));
  await expect(figure.locator('.provision-num')).toHaveAttribute('href', '/sl/protocol/art-14/#art_14__para_1');
  await expect(figure.locator('figcaption')).toHaveText('Protokol za preprečevanje, zatiranje in kaznovanje trgovine z ljudmi, 14. člen, 1. odstavek');
  await expect(figure.locator('[id]')).toHaveCount(0);
  await page.goto('/sl/protocol/art-14/');
  const onArticle = await page.locator('#art_14__para_1 a.term').evaluateAll((as) => as.map((a) => a.getAttribute('data-term')));
  expect(terms.length).toBeGreaterThan(0);
  expect(terms).toEqual(onArticle);
});

test('a whole article can be embedded', async ({ page }) => {
  // Its words are those of the article page (tests/site/guidance-pages.test.ts); here its structure.
  await page.goto('/sr/notes/serbian-asylum-practice-2025/');
  // Both paragraphs of article 7, each numbered and linked to its own place.
  await expect(page.locator('.embedded-provision[data-provision="art_7"] li.provision .provision-num')).toHaveText(['1.', '2.']);
  await expect(page.locator('.embedded-provision[data-provision="art_7"] li.provision .provision-num').nth(1)).toHaveAttribute('href', '/sr/protocol/art-7/#art_7__para_2');
});

test('the smuggling note compares art. 3(a) with the cited definition of smuggling, stacked on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of locales) {
    await page.goto(`/${locale}/notes/smuggling-vs-trafficking/`);
    const compare = page.locator('.compare');
    await expect(compare.locator('.embedded-provision[data-provision="art_3__point_a"]')).toHaveCount(1);
    const quote = compare.locator('.quotation[data-source="smuggling-protocol"]');
    await expect(quote.locator('blockquote')).toContainText(locale === 'en' ? 'the procurement, in order to obtain' : locale === 'sr' ? 'незаконитог уласка' : locale === 'sl' ? 'nezakonitega vstopa' : 'nezakonitog ulaska');
    // The quotation cites its source in the page's numbered references.
    const mark = quote.locator('figcaption a.cite');
    await expect(page.locator(`.references li${await mark.getAttribute('href')}`)).toContainText('Smuggling of Migrants');
    await expect(quote.locator('.quotation-translation')).toHaveCount(locale === 'en' ? 0 : 1);
    const [first, second] = await compare.locator(':scope > figure').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().toJSON() as DOMRect));
    expect(second!.top, locale).toBeGreaterThanOrEqual(first!.bottom);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(320);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/notes/smuggling-vs-trafficking/');
  const [left, right] = await page.locator('.compare > figure').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().toJSON() as DOMRect));
  expect(right!.left).toBeGreaterThanOrEqual(left!.right);
  expect(Math.abs(right!.top - left!.top)).toBeLessThan(2);
});

test('an aside names its kind in words, visibly and as its accessible name, in the page language', async ({ page }) => {
  const advice = { en: 'Practice advice', sl: 'Nasvet za prakso', sr: 'Савет за праксу', 'sr-latn': 'Savet za praksu' } as const;
  for (const locale of locales) {
    await page.goto(`/${locale}/notes/smuggling-vs-trafficking/`);
    const aside = page.getByRole('note', { name: advice[locale], exact: true });
    await expect(aside, locale).toHaveCount(1);
    await expect(aside.locator('.aside-label')).toBeVisible();
    await expect(aside.locator('.aside-label')).toHaveText(advice[locale]);
    await expect(aside.locator('a.term[data-term="debt-bondage"]'), 'prose inside an aside is glossary-linked').toHaveCount(1);
  }
  await page.goto('/sr-latn/guidelines/gip-4/');
  await expect(page.getByRole('note', { name: 'Pažnja', exact: true })).toHaveCount(1);
});

test('"Discussed in" counts an embedded provision like a linked one', async ({ page }) => {
  // The procedural note links art. 6(3)(a) and (b) but embeds the whole of art. 6(3), which it never links.
  await page.goto('/en/notes/procedural-and-reception-guarantees/');
  const links = await page.locator('.prose a[href$="#art_6__para_3"]').evaluateAll((as) => as.filter((a) => !a.closest('.embedded-provision')).length);
  expect(links).toBe(0);
  await expect(page.locator('.embedded-provision[data-provision="art_6__para_3"]')).toHaveCount(1);
  await page.goto('/en/protocol/art-6/');
  await expect(page.locator('.discussed-in li:has(a[href="/en/notes/procedural-and-reception-guarantees/"]) .meta')).toHaveText(/art\. 6\(3\)[,)]/);
});

// The smuggling note (Provision, Compare, Quote, advice Aside) is under axe in every locale, light and dark, with
// every page type (quality.spec.ts); here the caution Aside of GIP No. 4, in light in each language and in dark (the
// Latin edition is the Cyrillic transliterated element for element: tests/site/latin-edition.test.ts).
test.describe('the caution aside has no axe violations', () => {
  for (const [colorScheme, locale] of [['light', 'en'], ['light', 'sl'], ['light', 'sr'], ['dark', 'en'], ['dark', 'sr']] as const) {
    test(`${colorScheme}: /${locale}/guidelines/gip-4/`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/guidelines/gip-4/`);
      await expect(page.locator('.prose .aside')).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
