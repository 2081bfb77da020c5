import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { BASE_PATH_PORT, PORT } from '../../playwright.config.ts';
import { expectedIds } from './seed.ts';

// Short links, QR codes and printed footers carry the site's public origin: the test build has no SITE_URL, so the
// origin the page is served from; the /nexus/ build is made with SITE_URL=https://example.org, which wins there.
const publicOrigin = `http://localhost:${PORT}`;
const siteUrl = 'https://example.org';
const workshop = '/en/handout/?p=art_3__point_a,art_14__para_1,art_6__para_3__point_b&l=en,sl,sr';

/** The URL a QR code on the page carries, read from a screenshot as a phone would read it. */
async function decodeQr(figure: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await figure.locator('svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const textOf = (locator: Locator) => locator.evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

async function expectMarked(page: Page, id: string) {
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(await page.evaluate((i) => document.querySelector(':target')?.id === i, id)).toBe(true);
  const background = await page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
}

test.describe('short links', () => {
  test('/art/3/a/ lands on article 3, point (a), scrolled to and marked', async ({ page }) => {
    await page.goto('/art/3/a/');
    await expect(page).toHaveURL(/\/en\/protocol\/art-3\/#art_3__point_a$/);
    await expectMarked(page, 'art_3__point_a');
  });

  test('/{locale}/art/… opens that edition: paragraph, point of a paragraph, preamble', async ({ page }) => {
    await page.goto('/sl/art/14/1/');
    await expect(page).toHaveURL(/\/sl\/protocol\/art-14\/#art_14__para_1$/);
    await expectMarked(page, 'art_14__para_1');
    await page.goto('/sr/art/6/3/b/');
    await expect(page).toHaveURL(/\/sr\/protocol\/art-6\/#art_6__para_3__point_b$/);
    await expect(page.locator('#art_6__para_3__point_b')).toBeInViewport();
    await page.goto('/sr-latn/art/preamble/');
    await expect(page).toHaveURL(/\/sr-latn\/protocol\/#preamble$/);
  });

  test('the bare form follows the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'sr-Latn-RS' });
    const page = await context.newPage();
    await page.goto('/art/5/2/a/');
    await expect(page).toHaveURL(/\/sr-latn\/protocol\/art-5\/#art_5__para_2__point_a$/);
    await context.close();
  });

  for (const locale of ['sr', 'sr-RS', 'sr-Cyrl-RS']) {
    test(`a browser asking for ${locale} gets Serbian in Cyrillic, its default script`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      expect(await page.evaluate(() => navigator.languages[0])).toBe(locale);
      await page.goto('/art/3/a/');
      await expect(page).toHaveURL(/\/sr\/protocol\/art-3\/#art_3__point_a$/);
      await context.close();
    });
  }

  test('without JavaScript the link still arrives, fragment and all', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sl-SI' });
    const page = await context.newPage();
    await page.goto('/art/6/3/b/');
    await expect(page).toHaveURL(/\/en\/protocol\/art-6\/#art_6__para_3__point_b$/);
    await page.goto('/sl/art/3/a/');
    await expect(page).toHaveURL(/\/sl\/protocol\/art-3\/#art_3__point_a$/);
    await context.close();
  });

  test('a path that is no provision is not found, and the 404 page offers the contents in each language', async ({ page }) => {
    for (const path of ['/art/3/z/', '/art/99/', '/en/art/14/3/']) expect((await page.request.get(path)).status(), path).toBe(404);
    await page.goto('/404.html');
    for (const [lang, href] of [['en', '/en/protocol/'], ['sl', '/sl/protocol/'], ['sr-Cyrl', '/sr/protocol/'], ['sr-Latn', '/sr-latn/protocol/']]) {
      await expect(page.locator(`.not-found-contents li[lang="${lang}"] a`)).toHaveAttribute('href', href!);
    }
    await expect(page.locator('.not-found-contents li[lang="sr-Latn"]')).not.toContainText(/[\u0400-\u04FF]/);
  });
});

// Every id in every form is checked over HTTP in tests/site/short-links.test.ts, where the redirect pages are made;
// in the browser, the four articles with the most provisions, one per edition: the deepest provision by its bare
// short link, the first by the edition's, two page loads per test.
test.describe('short links land on their provision in a real browser', () => {
  const locales = ['en', 'sl', 'sr', 'sr-latn'];
  const largest = [...expectedIds()].sort(([, a], [, b]) => b.length - a.length).slice(0, locales.length);
  largest.forEach(([article, ids], i) => {
    const locale = locales[i]!;
    test(`article ${article}, ${locale}`, async ({ page }) => {
      for (const [id, shortLink, edition] of [[ids.at(-1)!, '', 'en'], [ids[0]!, `/${locale}`, locale]] as const) {
        const path = `${shortLink}/${id.replace(/^art_/, 'art/').replace(/__(para|point)_/g, '/')}/`;
        await page.goto(path);
        await expect(page, path).toHaveURL(new RegExp(`/${edition}/protocol/art-${article}/${id === `art_${article}` ? '' : `#${id}`}$`));
        await expect(page.locator(`[id="${id}"]`), path).toBeInViewport();
      }
    });
  });
});

test.describe('every printed page says where it is from', () => {
  test('an article: its short link and the date the text was last checked; "side by side" does not print', async ({ page }) => {
    await page.goto('/sl/protocol/art-6/');
    await page.emulateMedia({ media: 'print' });
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-source'));
    expect(footer).toBe(`"Azil in trgovina z ljudmi  ·  ${publicOrigin}/sl/art/6/  ·  Besedilo nazadnje preverjeno 24. november 2026"`);
    await expect(page.locator('.article-views')).toBeHidden();
  });

  test('the parallel view, a guideline and the glossary; without JavaScript the line prints once, at the end', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto('/en/protocol/art-3/parallel/');
    await expect(page.getByRole('link', { name: 'Back to the article' })).toBeHidden();
    await expect(page.locator('.print-source')).toBeVisible();
    // Without JavaScript the static address stays root-relative: the build was given no origin to print.
    await expect(page.locator('.print-source')).toHaveText('Asylum–Trafficking Nexus /art/3/ Text last checked November 24, 2026');
    await page.goto('/en/guidelines/gip-7/');
    await expect(page.locator('.print-source time')).toContainText('Text last checked');
    await page.goto('/en/glossary/');
    await expect(page.locator('.print-source')).toHaveText('Asylum–Trafficking Nexus /en/glossary/');
    await context.close();
  });
});

test('copy short link copies the public short link; add to handout opens the handout with it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sl/protocol/art-6/');
  await page.getByRole('button', { name: 'Kopiraj kratko povezavo: 6. člen, 3. odstavek, točka (b)' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${publicOrigin}/art/6/3/b/`);
  await expect(page.locator('#announcer')).toHaveText('Kratka povezava na 6. člen, 3. odstavek, točka (b) je kopirana');
  await expect(page.getByRole('link', { name: 'Dodaj v izroček: 6. člen, 3. odstavek, točka (b)' })).toHaveAttribute('href', '/sl/handout/?p=art_6__para_3__point_b');
});

test('add to handout extends the selection the article was opened with', async ({ page }) => {
  await page.goto('/en/protocol/art-14/?p=art_3__point_a&l=en,sl&t=Workshop');
  await page.getByRole('link', { name: 'Add to handout: art. 14(1)' }).click();
  await expect(page).toHaveURL('/en/handout/?p=art_3__point_a,art_14__para_1&l=en,sl&t=Workshop');
  await expect(page.locator('.handout-provision')).toHaveCount(2);
});

test.describe('built without SITE_URL, served from another origin, links carry that origin', () => {
  // The same build served by a second server on another host and port: to the browser, another origin.
  let elsewhere = '';
  let server: Server | undefined;
  test.beforeAll(async () => {
    server = createServer(sirv('dist', { dev: true }));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    elsewhere = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => server?.close());

  test('the handout\'s QR codes and printed address', async ({ page }) => {
    await page.goto(`${elsewhere}${workshop}`);
    const qr = page.locator('.handout-provision').nth(2).locator('figure.qr');
    expect(await decodeQr(qr)).toBe(`${elsewhere}/art/6/3/b/`);
    expect(await decodeQr(page.locator('#handout-qr'))).toBe(`${elsewhere}${workshop}`);
    await page.emulateMedia({ media: 'print' });
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-source'));
    expect(footer).toContain(`  ·  ${elsewhere}${workshop}  ·  `);
  });

  test('a copied short link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: elsewhere });
    await page.goto(`${elsewhere}/en/protocol/art-6/`);
    await page.getByRole('button', { name: 'Copy short link: art. 6(3)(b)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${elsewhere}/art/6/3/b/`);
  });
});

test.describe('handout', () => {
  test('shows exactly the chosen provisions, in order, verbatim, one column per language', async ({ page, context }) => {
    await page.goto(workshop);
    const sections = page.locator('.handout-provision');
    await expect(sections).toHaveCount(3);
    expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-provision')))).toEqual(['art_3__point_a', 'art_14__para_1', 'art_6__para_3__point_b']);
    const first = sections.first().locator('.handout-column');
    expect(await first.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(['en', 'sl', 'sr-Cyrl']);
    await expect(first.nth(0).locator('.handout-citation')).toHaveText('Protocol to Prevent, Suppress and Punish Trafficking in Persons, art. 3(a) · Authentic text');
    await expect(first.nth(1).locator('.handout-citation')).toContainText('3. člen, točka (a)');
    await expect(first.nth(2).locator('.handout-citation')).toContainText('члан 3. тачка (а)');
    // The same words as the article pages, which render the same collection.
    const article = await context.newPage();
    for (const [column, path] of [[0, '/en/protocol/art-3/'], [1, '/sl/protocol/art-3/'], [2, '/sr/protocol/art-3/']] as const) {
      await article.goto(path);
      const expected = await textOf(article.locator('#art_3__point_a .provision-body'));
      expect(await textOf(first.nth(column).locator('.handout-text'))).toBe(`(${column === 2 ? 'а' : 'a'}) ${expected}`);
    }
  });

  test('every provision has its short link as text and as a QR code that decodes to it; the handout has its own', async ({ page }) => {
    await page.goto(workshop);
    const qr = page.locator('.handout-provision').nth(2).locator('figure.qr');
    await expect(qr.locator('figcaption')).toHaveText(`${publicOrigin}/art/6/3/b/`);
    expect(await decodeQr(qr)).toBe(`${publicOrigin}/art/6/3/b/`);
    const own = page.locator('#handout-qr');
    expect(await decodeQr(own)).toBe(`${publicOrigin}${workshop}`);
    await expect(own.locator('svg')).toHaveAttribute('aria-label', `QR code: ${publicOrigin}${workshop}`);
  });

  test('an article chosen whole comes with all its paragraphs; Serbian Latin is transliterated', async ({ page }) => {
    await page.goto('/sr-latn/handout/?p=art_14&l=sr-latn');
    const column = page.locator('.handout-provision .handout-column');
    await expect(column).toHaveCount(1);
    await expect(column).toHaveAttribute('lang', 'sr-Latn');
    await expect(column.locator('.handout-child')).toHaveCount(2);
    await expect(column.locator('.handout-article-title')).toHaveText('Član 14. Zaštitna klauzula');
    await expect(page.locator('h1')).toHaveText('Materijal za obuku');
    await expect(page.locator('.handout-provision h2')).toHaveText('Član 14.');
    await expect(page.locator('.handout-provision')).not.toContainText(/[\u0400-\u04FF]/);
  });

  test('bad input gets messages, never markup: unknown ids with the nearest one, duplicates, languages, the title', async ({ page }) => {
    const title = '<script>window.pwned=1</script><img src=x>';
    await page.goto(`/en/handout/?p=art_3__point_z,art_3__point_a,art_3__point_a,6/3/b&l=en,xx&t=${encodeURIComponent(title)}`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('h1 script, h1 img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const problems = page.locator('#handout-problems');
    await expect(problems).toContainText('Not found: “art_3__point_z”. Nearest provision: art. 3(a) (art_3__point_a)');
    await expect(problems).toContainText('Not found: “6/3/b”. Nearest provision: art. 6(3)(b) (art_6__para_3__point_b)');
    await expect(problems).toContainText('art. 3(a) was asked for more than once and is shown once.');
    await expect(problems).toContainText('There is no edition “xx”');
    await expect(page.locator('.handout-provision')).toHaveCount(1);
    await problems.getByRole('link', { name: 'art. 6(3)(b) (art_6__para_3__point_b)' }).click();
    await expect(page.locator('.handout-provision')).toHaveCount(2);
  });

  test('switching language keeps the handout', async ({ page }) => {
    await page.goto('/en/handout/?p=art_14__para_1&l=en,sl');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Srpski (latinica)' }).click();
    await expect(page).toHaveURL('/sr-latn/handout/?p=art_14__para_1&l=en,sl');
    await expect(page.locator('.handout-provision h2')).toHaveText('Član 14. stav 1.');
  });

  test('more than 40 provisions are refused with a message', async ({ page }) => {
    const ids = [...Array(20).keys()].flatMap((i) => [`art_${i + 1}`, `art_${i + 1}__para_1`]).concat('art_3__point_a');
    await page.goto(`/en/handout/?p=${ids.join(',')}`);
    await expect(page.locator('#handout-problems')).toContainText('This handout asks for 41 provisions; a handout holds at most 40.');
    await expect(page.locator('.handout-provision')).toHaveCount(0);
  });

  test('the picker, languages and title build the handout and its URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/sl/handout/');
    await expect(page.locator('#handout-status')).toContainText('Izbrana ni še nobena določba');
    await page.locator('details[data-article="art_3"] summary').click();
    await page.locator('input[name="p"][value="art_3__point_d"]').check();
    await page.getByLabel('English').check();
    await page.getByLabel('Naslov (neobvezno), npr. delavnica, kraj in datum').fill('Delavnica, Ljubljana');
    await expect(page).toHaveURL('/sl/handout/?p=art_3__point_d&l=sl,en&t=Delavnica,+Ljubljana');
    await expect(page.locator('h1')).toHaveText('Delavnica, Ljubljana');
    await expect(page.locator('.handout-provision .handout-column')).toHaveCount(2);
    await page.getByRole('button', { name: 'Kopiraj povezavo na izroček' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${publicOrigin}/sl/handout/?p=art_3__point_d&l=sl,en&t=Delavnica,+Ljubljana`);
  });

  test('without JavaScript: what a handout is, and the picker as a plain form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/handout/');
    await expect(page.locator('.handout-intro').first()).toContainText('A handout puts the provisions you choose on one sheet');
    await expect(page.getByText('Drawing the handout needs JavaScript.')).toBeVisible();
    await page.locator('details[data-article="art_3"] summary').click();
    await page.locator('input[name="p"][value="art_3__point_a"]').check();
    await page.getByLabel('Slovenščina').check();
    await page.getByRole('button', { name: 'Make handout' }).click();
    await expect(page).toHaveURL('/en/handout/?l=en&l=sl&t=&p=art_3__point_a');
    await context.close();
  });

  test('prints: no controls, title on top, columns two to a row, a footer on every sheet with site, handout URL and date checked', async ({ page }) => {
    await page.goto(`${workshop}&t=Workshop`);
    await expect(page.locator('.handout-provision')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '#handout-form', '#handout-actions', '.handout-in-context >> nth=0', '.handout-intro >> nth=0']) await expect(page.locator(hidden)).toBeHidden();
    await expect(page.locator('h1')).toHaveText('Workshop');
    // The footer is a page-margin box (repeated on every sheet); its text is handed over as a CSS string.
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-source'));
    expect(footer).toBe(`"Asylum–Trafficking Nexus  ·  ${publicOrigin}${workshop}&t=Workshop  ·  Text last checked November 24, 2026"`);
    // Three languages print two to a row (tests/e2e/print.spec.ts has the page counts).
    const columns = page.locator('.handout-provision').first().locator('.handout-column');
    const tops = await columns.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(tops).toHaveLength(3);
    expect(tops[0]).toBe(tops[1]);
    expect(tops[2]).toBeGreaterThan(tops[0]!);
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
  });

  test('at 320 px the columns stack and nothing scrolls sideways; axe finds nothing', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(workshop);
    await expect(page.locator('.handout-provision')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const columns = page.locator('.handout-provision').first().locator('.handout-column');
    const lefts = await columns.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });

  test('dark mode and the empty page: axe finds nothing', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/sr/handout/', '/sr-latn/handout/?p=art_3&l=sr-latn,en']) {
      await page.goto(path);
      await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    }
  });

  test('under /nexus/, built with SITE_URL, short links and QR codes carry SITE_URL and keep the base path', async ({ page, context }) => {
    const origin = `http://localhost:${BASE_PATH_PORT}`;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${origin}/nexus/en/protocol/art-3/`);
    await page.getByRole('button', { name: 'Copy short link: art. 3(a)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/nexus/art/3/a/`);
    await expect(page.getByRole('link', { name: 'Add to handout: art. 3(a)' })).toHaveAttribute('href', '/nexus/en/handout/?p=art_3__point_a');
    await page.goto(`${origin}/nexus/art/14/1/`);
    await expect(page).toHaveURL(`${origin}/nexus/en/protocol/art-14/#art_14__para_1`);
    await page.goto(`${origin}/nexus/sl/handout/?p=art_14__para_1`);
    const qr = page.locator('.handout-provision figure.qr');
    await expect(qr.locator('figcaption')).toHaveText(`${siteUrl}/nexus/art/14/1/`);
    expect(await decodeQr(qr)).toBe(`${siteUrl}/nexus/art/14/1/`);
  });
});
