import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { PORT } from '../../playwright.config.ts';
import { expectedIds } from './seed.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const origin = `http://localhost:${PORT}`;

/** Each page's text of a PDF the browser printed, as PDF.js reads it back. */
async function printedPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { items } = await (await document.getPage(number)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('').replace(/\s+/g, ' '));
  }
  return pages;
}

test.describe('the whole Protocol on one page', () => {
  test('every provision id of the article pages is on the print page exactly once, in all four editions', async ({ request }) => {
    const ids = ['preamble', ...[...expectedIds().entries()].flatMap(([article, ids]) => [`art_${article}`, ...ids])];
    for (const locale of locales) {
      const html = await (await request.get(`/${locale}/protocol/print/`)).text();
      for (const id of ids) expect(html.split(`id="${id}"`).length - 1, `${locale} ${id}`).toBe(1);
    }
  });

  test('reads without JavaScript: title, what the text is, when it was checked, the preamble, 20 articles, the closing formula', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sr/protocol/print/');
    await expect(page.locator('h1')).toContainText('П Р О Т О К О Л');
    await expect(page.getByRole('note')).toContainText('Ово је незванични превод Протокола');
    await expect(page.getByRole('note')).toContainText('„Службеном листу СРЈ – Међународни уговори”, бр. 6/2001');
    await expect(page.getByRole('note')).toContainText('Текст последњи пут проверен 24. новембар 2026.');
    await expect(page.locator('#preamble p')).toHaveCount(7);
    await expect(page.locator('article.print-article')).toHaveCount(20);
    await expect(page.locator('article.print-article h3').nth(2)).toHaveText('Члан 3. Употреба израза');
    await expect(page.locator('.conclusions')).toBeVisible();
    await context.close();
  });

  test('is linked from the Protocol and from each article; an article\'s link lands on that article', async ({ page }) => {
    await page.goto('/en/protocol/');
    await page.getByRole('link', { name: 'Print or download the whole Protocol' }).click();
    await expect(page).toHaveURL('/en/protocol/print/');
    await page.goto('/sl/protocol/art-14/');
    await page.getByRole('link', { name: 'Natisnite ali prenesite celoten protokol' }).click();
    await expect(page).toHaveURL('/sl/protocol/print/#art_14');
    await expect(page.locator('#art_14')).toBeInViewport();
    const pdf = page.getByRole('link', { name: 'Prenesite ga kot PDF (A4)' });
    await expect(pdf).toHaveAttribute('href', '/sl/protocol.pdf');
    const response = await page.request.get('/sl/protocol.pdf');
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  test('printed by a browser, every sheet names the site, the page\'s address and the page number; nothing but the text prints', async ({ page }) => {
    await page.goto('/en/protocol/print/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.article-views']) await expect(page.locator(hidden)).toBeHidden();
    const pages = await printedPages(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, index) => {
      expect(text, `sheet ${index + 1}`).toContain(`Asylum–Trafficking Nexus · ${origin}/en/protocol/print/ · Text last checked November 24, 2026`);
      expect(text, `sheet ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
    });
  });

  test('Serbian in Cyrillic is set with its Serbian letter forms, in the font the page ships', async ({ page }) => {
    await page.goto('/sr/protocol/print/');
    const glyph = async (lang: string) => {
      const sample = await page.evaluate((lang) => {
        const span = Object.assign(document.createElement('span'), { textContent: 'б', lang });
        span.dataset.sample = lang;
        span.style.fontSize = '64px';
        document.querySelector('h1')!.after(span);
        return getComputedStyle(span).fontFamily;
      }, lang);
      expect(sample).toContain('Noto Serif');
      await page.evaluate(() => document.fonts.ready);
      return page.locator(`[data-sample="${lang}"]`).screenshot();
    };
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.unicodeRange}`));
    expect(loaded.some((face) => face.startsWith('Noto Serif') && face.includes('U+400-45F'))).toBe(true);
    // The page's own language (sr-Cyrl) and Russian draw б differently: the font's Serbian form is in use.
    const serbian = await glyph('sr-Cyrl');
    expect(serbian.equals(await glyph('ru'))).toBe(false);
    expect(serbian.equals(await glyph('sr'))).toBe(true);
  });
});

const handoutPages = async (page: Page, query: string) => {
  await page.goto(`/en/handout/?${query}`);
  await expect(page.locator('.handout-provision svg').first()).toBeVisible();
  return printedPages(await page.pdf({ format: 'A4' }));
};

test.describe('handouts print as clean sheets', () => {
  test('art. 3(a) and 14(1) in English and Serbian fit on one A4 page', async ({ page }) => {
    const pages = await handoutPages(page, 'p=art_3__point_a,art_14__para_1&l=en,sr');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Handout');
    for (const citation of ['Persons, art. 3(a)', 'Persons, art. 14(1)', 'члан 3. тачка (а)', 'члан 14. став 1.']) expect(pages[0]).toContain(citation);
  });

  test('four provisions in four languages take at most three pages, each provision\'s languages on one page, no page with only the title', async ({ page }) => {
    const pages = await handoutPages(page, 'p=art_3__point_a,art_14__para_1,art_6__para_3,art_7__para_1&l=en,sl,sr,sr-latn');
    expect(pages.length).toBeLessThanOrEqual(3);
    const citations = {
      art_3__point_a: ['Persons, art. 3(a)', '3. člen, točka (a)', 'члан 3. тачка (а)', 'član 3. tačka (a)'],
      art_14__para_1: ['Persons, art. 14(1)', '14. člen, 1. odstavek', 'члан 14. став 1.', 'član 14. stav 1.'],
      art_6__para_3: ['Persons, art. 6(3)', '6. člen, 3. odstavek', 'члан 6. став 3.', 'član 6. stav 3.'],
      art_7__para_1: ['Persons, art. 7(1)', '7. člen, 1. odstavek', 'члан 7. став 1.', 'član 7. stav 1.'],
    };
    for (const [id, languages] of Object.entries(citations)) {
      const on = languages.map((citation) => pages.findIndex((text) => text.includes(citation)));
      expect(on.every((index) => index >= 0 && index === on[0]), `${id}: ${on}`).toBe(true);
    }
    // Every page holds a provision's text, not the title alone.
    for (const [index, text] of pages.entries()) expect(Object.values(citations).some((c) => text.includes(c[0]!)), `page ${index + 1}`).toBe(true);
  });

  test('three or four languages print two to a row, never four narrow columns', async ({ page }) => {
    await page.goto('/en/handout/?p=art_3__point_a&l=en,sl,sr,sr-latn');
    await expect(page.locator('.handout-provision svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('.handout-column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), left: Math.round(r.left) })));
    expect(boxes[0]!.top).toBe(boxes[1]!.top);
    expect(boxes[2]!.top).toBe(boxes[3]!.top);
    expect(boxes[2]!.top).toBeGreaterThan(boxes[0]!.top);
    expect(boxes[2]!.left).toBe(boxes[0]!.left);
  });

  test('each column says what its text is beside its citation, in its language, on screen and on paper', async ({ page }) => {
    const pages = await handoutPages(page, 'p=art_14__para_1&l=en,sl,sr,sr-latn');
    const standing = {
      en: 'Authentic text',
      sl: 'Uradni prevod (Uradni list RS – Mednarodne pogodbe, MPTLMOK, 2004)',
      'sr-Cyrl': 'Незванични превод; званични је у „Службеном листу СРЈ – Међународни уговори”, бр. 6/2001',
      'sr-Latn': 'Nezvanični prevod; zvanični je u „Službenom listu SRJ – Međunarodni ugovori”, br. 6/2001',
    };
    for (const [lang, words] of Object.entries(standing)) {
      await expect(page.locator(`.handout-column[lang="${lang}"] .handout-citation .handout-standing`)).toHaveText(words);
      // PDF.js reads the Serbian form of б in the system font the handout prints in as a private-use character
      // (poppler reads б): that letter is left out of the comparison.
      const unread = (text: string) => text.replace(/[б\uE000-\uF8FF]/g, '');
      expect(unread(pages.join(' ')), lang).toContain(unread(words));
    }
  });

  test('"Copy handout link" and "Print" are the site\'s buttons', async ({ page }) => {
    await page.goto('/en/handout/?p=art_14__para_1');
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    const print = page.getByRole('button', { name: 'Print' });
    const copy = page.getByRole('button', { name: 'Copy handout link' });
    await expect(print).toBeVisible();
    const style = (button: typeof print) => button.evaluate((el) => { const s = getComputedStyle(el); return { background: s.backgroundColor, border: s.borderTopColor, radius: s.borderTopLeftRadius, font: s.fontFamily }; });
    const [printStyle, copyStyle, bodyFont] = [await style(print), await style(copy), await page.evaluate(() => getComputedStyle(document.body).fontFamily)];
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(printStyle.background).toBe(rgb(accent));
    expect(copyStyle.border).toBe(rgb(accent));
    expect([printStyle.radius, copyStyle.radius]).toEqual(['4px', '4px']);
    expect([printStyle.font, copyStyle.font]).toEqual([bodyFont, bodyFont]);
  });
});
