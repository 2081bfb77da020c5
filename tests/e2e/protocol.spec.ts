import { expect, test } from '@playwright/test';
import { PORT } from '../../playwright.config.ts';
import { expectedIds, normalise, seedLines } from './seed.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

// Every line on every page is checked in the built HTML (tests/site/protocol-text.test.ts); in the browser, that the
// styles hide none of it, on the longest article and on the title and preamble.
for (const [language, article] of [['en', 6], ['sl', 0]] as const) {
  test(`every line of the ${language} Protocol in seed 003 is visible on its page: ${article === 0 ? 'title and preamble' : `art. ${article}`}`, async ({ page }) => {
    await page.goto(article === 0 ? `/${language}/protocol/` : `/${language}/protocol/art-${article}/`);
    const text = normalise(await page.locator('main').innerText());
    for (const line of seedLines(language).get(article)!) expect(text).toContain(normalise(line));
  });
}

test('every expected provision id is on its article page exactly once, in all four locales', async ({ request }) => {
  for (const locale of locales) {
    for (const [article, ids] of expectedIds()) {
      const html = await (await request.get(`/${locale}/protocol/art-${article}/`)).text();
      for (const id of ids) expect(html.split(`id="${id}"`).length - 1, `${locale} ${id}`).toBe(1);
    }
  }
  const preamble = await (await request.get('/sr/protocol/')).text();
  expect(preamble.split('id="preamble"').length - 1).toBe(1);
});

test('the Serbian pages say the translation is unofficial and name the official publication', async ({ page }) => {
  for (const [locale, words] of [['sr', 'Службеном листу СРЈ – Међународни уговори”, бр. 6/2001'], ['sr-latn', 'Službenom listu SRJ – Međunarodni ugovori”, br. 6/2001']] as const) {
    await page.goto(`/${locale}/protocol/art-7/`);
    await expect(page.getByRole('note')).toContainText(words);
  }
});

// The standing of each language's text, one line above it and in full one tap away (src/components/TranslationNotice.astro).
const standing = {
  en: ['Authentic text', 'About this text', 'one of the Protocol\'s six equally authentic texts (art. 20(2)). It is reproduced here as printed in the Slovenian ratification act (Uradni list RS – Mednarodne pogodbe, MPTLMOK, 2004)'],
  sl: ['Uradni prevod', 'O tem besedilu', 'uradni prevod, objavljen skupaj z angleškim izvirnikom v zakonu o ratifikaciji (Uradni list RS – Mednarodne pogodbe, MPTLMOK, 2004)'],
  'sr-latn': ['Nezvanični prevod', 'O ovom prevodu', 'Službenom listu SRJ – Međunarodni ugovori”, br. 6/2001'],
} as const;
for (const [locale, [label, more, statement]] of Object.entries(standing)) {
  test(`${locale}: an article says what its text is, the full statement one tap away`, async ({ page }) => {
    await page.goto(`/${locale}/protocol/art-5/`);
    const note = page.getByRole('note');
    await expect(note).toContainText(label);
    await expect(note.getByText(statement, { exact: false })).toBeHidden();
    await note.getByText(more).click();
    await expect(note.getByText(statement, { exact: false })).toBeVisible();
  });
}

test('the Protocol\'s page says what its text is and offers it as data', async ({ page }) => {
  await page.goto('/sl/protocol/');
  await expect(page.getByRole('note')).toContainText('Uradni prevod');
  await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/sl/protocol.json');
  await expect(page.getByRole('link', { name: 'Akoma Ntoso XML' })).toHaveAttribute('href', '/sl/protocol.akn.xml');
  const data = await (await page.request.get('/sl/protocol.json')).json() as { provisions: { id: string }[] };
  expect(data.provisions).toHaveLength(98);
});

test('an article offers its citation as RIS, BibTeX and CSL-JSON, served as such', async ({ page }) => {
  await page.goto('/en/protocol/art-3/');
  const cite = page.locator('.cite-files');
  await expect(cite).toContainText('Cite this page in your reference manager:');
  const ris = await page.request.get((await cite.getByRole('link', { name: 'RIS' }).getAttribute('href'))!);
  expect(await ris.text()).toMatch(/^TY {2}- STAT\r\nID {2}- trafficking-protocol-art-3-en\r\nTI {2}- Protocol to Prevent, Suppress and Punish Trafficking in Persons, art\. 3\r\n/);
  const bib = await page.request.get((await cite.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!);
  expect(await bib.text()).toMatch(/^@legal\{trafficking-protocol-art-3-en,/);
  const csl = await page.request.get((await cite.getByRole('link', { name: 'CSL-JSON' }).getAttribute('href'))!);
  expect((await csl.json() as { type: string }[])[0]!.type).toBe('treaty');
});

test('the language switcher keeps the #fragment', async ({ page }) => {
  await page.goto('/en/protocol/art-3/#art_3__point_a');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Slovenščina' }).click();
  await expect(page).toHaveURL(/\/sl\/protocol\/art-3\/#art_3__point_a$/);
  await expect(page.locator('#art_3__point_a')).toContainText('trgovina z ljudmi');
  await page.getByRole('link', { name: 'Српски (ћирилица)' }).click();
  await expect(page).toHaveURL(/\/sr\/protocol\/art-3\/#art_3__point_a$/);
});

test('short links /art/3 and /{locale}/art/3 reach article 3', async ({ page }) => {
  await page.goto('/art/3/');
  await expect(page).toHaveURL(/\/en\/protocol\/art-3\/$/);
  await expect(page.locator('h1')).toContainText('Use of terms');
  await page.goto('/sl/art/3/#art_3__point_d');
  await expect(page).toHaveURL(/\/sl\/protocol\/art-3\/#art_3__point_d$/);
});

test('short link /art/N follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'sr-Latn-RS' });
  const page = await context.newPage();
  await page.goto('/art/14/');
  await expect(page).toHaveURL(/\/sr-latn\/protocol\/art-14\/$/);
  await context.close();
});

test('the parallel page shows article 3 in English, Slovenian and Serbian, aligned, and columns can be hidden', async ({ page }) => {
  await page.goto('/sl/protocol/art-3/parallel/');
  const row = page.locator('tr#art_3__point_d');
  await expect(row.locator('td[lang="en"]')).toContainText('“Child” shall mean any person under eighteen years of age.');
  await expect(row.locator('td[lang="sl"]')).toContainText('»otrok« pomeni vsako osebo, ki še ni stara osemnajst let.');
  await expect(row.locator('td[lang="sr-Cyrl"]')).toContainText('осамнаест');
  await expect(page.locator('thead th').nth(1)).toHaveAttribute('lang', 'sl'); // the page's language first
  await expect(row.locator('td[lang="sr-Latn"]')).toBeHidden();
  await page.getByLabel('English').uncheck();
  await expect(row.locator('td[lang="en"]')).toBeHidden();
  await page.getByLabel('Srpski (latinica)').check();
  await expect(row.locator('td[lang="sr-Latn"]')).toContainText('osamnaest');
});

test('copy link and copy citation put the provision on the clipboard and say so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/protocol/art-3/');
  const point = page.locator('#art_3__point_a');
  await point.getByRole('button', { name: 'Copy link: art. 3(a)' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:${PORT}/en/protocol/art-3/#art_3__point_a`);
  await expect(page.locator('#announcer')).toHaveText('Link to art. 3(a) copied');
  await point.getByRole('button', { name: 'Copy citation: art. 3(a)' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Protocol to Prevent, Suppress and Punish Trafficking in Persons, art. 3(a)');
  await page.goto('/sr/protocol/art-5/');
  await page.locator('#art_5__para_2__point_a').getByRole('button', { name: /Копирај навод/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Протокол за превенцију, сузбијање и кажњавање трговине људским бићима, члан 5. став 2. тачка (а)');
});

test('reading needs no JavaScript: text, anchors, parallel columns', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/protocol/art-6/');
  await expect(page.locator('#art_6__para_3__point_a')).toContainText('Appropriate housing');
  await expect(page.locator('#art_6__para_3__point_a a.provision-num')).toHaveAttribute('href', '#art_6__para_3__point_a');
  await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await page.goto('/en/protocol/art-6/parallel/');
  await page.getByLabel('Slovenščina').uncheck();
  await expect(page.locator('tr#art_6__para_1 td[lang="sl"]')).toBeHidden();
  await context.close();
});
