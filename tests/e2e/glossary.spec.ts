import { expect, test } from '@playwright/test';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

for (const locale of locales) {
  test(`the ${locale} glossary lists at least 40 terms`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/`);
    expect(await page.locator('.term-list li').count()).toBeGreaterThanOrEqual(40);
  });
}

test('the Serbian glossaries list their terms under their own alphabets', async ({ page }) => {
  await page.goto('/sr/glossary/');
  expect((await page.getByRole('navigation', { name: 'Слова' }).innerText()).replace(/\s/g, '')).toContain('АБВГДЂЕЖЗИЈКЛЉМНЊ');
  await page.goto('/sr-latn/glossary/');
  expect((await page.getByRole('navigation', { name: 'Slova' }).innerText()).replace(/\s/g, '')).toContain('CČĆDDžĐ');
});

test('the filter box narrows the list, ignoring diacritics', async ({ page }) => {
  await page.goto('/sl/glossary/');
  await page.getByLabel('Filtriraj pojme').fill('zrtev');
  const visible = page.locator('.term-list li:visible');
  expect(await visible.count()).toBeGreaterThan(0);
  for (const text of await visible.allInnerTexts()) expect(text.toLowerCase()).toContain('žrtev');
  await page.getByLabel('Filtriraj pojme').fill('qqqq');
  await expect(page.locator('#term-count')).toHaveText('Noben pojem se ne ujema.');
});

test('a term page shows its definition, where it is defined, and its names in the other languages', async ({ page }) => {
  await page.goto('/en/glossary/trafficking-in-persons/');
  await expect(page.locator('h1')).toHaveText('trafficking in persons');
  await expect(page.locator('.definition')).toContainText('exploitation');
  const definedIn = page.locator('section', { has: page.locator('#defined-in') });
  await expect(definedIn.getByRole('link', { name: /art\. 3\(a\)/ })).toHaveAttribute('href', '/en/protocol/art-3/#art_3__point_a');
  await expect(definedIn.locator('blockquote')).toContainText('shall mean the recruitment');
  const equivalents = page.locator('.equivalents');
  await expect(equivalents.locator('[lang="sl"] a')).toHaveText('trgovina z ljudmi');
  await expect(equivalents.locator('[lang="sr-Cyrl"] a')).toHaveText('трговина људским бићима');
  await expect(equivalents.locator('[lang="sr-Latn"] a')).toHaveText('trgovina ljudskim bićima');
  await expect(page.locator('.other-terms')).toContainText('trafficking in human beings');
});

test('a term the Protocol names but does not define says so, and lists where it is discussed', async ({ page }) => {
  await page.goto('/en/glossary/servitude/');
  const definedIn = page.locator('section', { has: page.locator('#defined-in') });
  await expect(definedIn.locator('.not-defined')).toHaveText('Not defined in the Protocol.');
  const discussed = definedIn.getByRole('list', { name: 'Discussed in:' });
  await expect(discussed.getByRole('link', { name: /art\. 3\(a\)/ })).toHaveAttribute('href', '/en/protocol/art-3/#art_3__point_a');
  await expect(discussed.locator('blockquote')).toContainText('servitude');
  await page.goto('/en/glossary/debt-bondage/');
  await expect(page.locator('.not-defined')).toHaveText('Not defined in the Protocol.');
  await expect(page.getByRole('list', { name: 'Discussed in:' })).toContainText('Lost in Categorisation');
  await expect(page.locator('.definition')).not.toContainText('never be repaid');
  for (const [locale, term, notDefined] of [['sl', 'služabništvo', 'Protokol tega pojma ne opredeljuje.'], ['sr', 'ропски положај', 'Протокол не дефинише овај појам.'], ['sr-latn', 'ropski položaj', 'Protokol ne definiše ovaj pojam.']] as const) {
    await page.goto(`/${locale}/glossary/servitude/`);
    await expect(page.locator('h1')).toHaveText(term);
    await expect(page.locator('.not-defined')).toHaveText(notDefined);
  }
});

test('a term defined outside the Protocol names the defining text and its pinpoint', async ({ page }) => {
  await page.goto('/en/glossary/organized-criminal-group/');
  const definedIn = page.locator('section', { has: page.locator('#defined-in') });
  await expect(definedIn).toContainText('United Nations Convention against Transnational Organized Crime');
  await expect(definedIn).toContainText('art. 2(a)');
  await expect(definedIn.locator('.not-defined')).toHaveCount(0);
});

test('the Serbian term page shows the official and the everyday wording and where each is used', async ({ page }) => {
  await page.goto('/sr/glossary/trafficking-in-persons/');
  await expect(page.locator('h1')).toHaveText('трговина људским бићима');
  await expect(page.locator('.other-terms')).toContainText('трговина људима');
});

test('"Used in" lists the pages that link the term, computed from the content', async ({ page }) => {
  await page.goto('/en/glossary/trafficking-in-persons/');
  const usedIn = page.locator('.used-in');
  await expect(usedIn.getByRole('link', { name: /Article 3 Use of terms/ })).toHaveAttribute('href', '/en/protocol/art-3/');
  expect(await usedIn.getByRole('link').count()).toBeGreaterThan(5);
  await page.goto('/sr-latn/glossary/non-refoulement/');
  await expect(page.locator('.used-in').getByRole('link', { name: /Član 14/ })).toHaveAttribute('href', '/sr-latn/protocol/art-14/');
});

test('most English articles link glossary terms in their text', async ({ request }) => {
  let englishArticlesWithTerms = 0;
  for (let article = 1; article <= 20; article++) {
    const html = await (await request.get(`/en/protocol/art-${article}/`)).text();
    const text = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    if (text.includes('class="term"')) englishArticlesWithTerms++;
  }
  expect(englishArticlesWithTerms).toBeGreaterThanOrEqual(12);
});

test('article 3(a) links "trafficking in persons" in every locale', async ({ page }) => {
  for (const [locale, text] of [['sl', 'trgovina z ljudmi'], ['sr', 'трговина људским бићима'], ['sr-latn', 'trgovina ljudskim bićima']] as const) {
    await page.goto(`/${locale}/protocol/art-3/`);
    await expect(page.locator('#art_3__point_a a.term').first()).toHaveText(text);
    await expect(page.locator('#art_3__point_a a.term').first()).toHaveAttribute('href', `/${locale}/glossary/trafficking-in-persons/`);
  }
});

test('the definition preview opens on keyboard focus, is announced, and closes with Escape', async ({ page }) => {
  await page.goto('/en/protocol/art-3/');
  const term = page.locator('#art_3__point_a a.term[data-term="exploitation"]').first();
  await term.focus();
  const preview = page.getByRole('tooltip');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('exploitation');
  await expect(term).toHaveAttribute('aria-describedby', 'term-preview');
  const before = await page.locator('#art_3__point_b').boundingBox();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(await page.locator('#art_3__point_b').boundingBox()).toEqual(before); // no layout shift
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/glossary\/exploitation\/$/);
});

test('the definition preview opens on the first tap and follows the link on the second', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/sr/protocol/art-3/');
  const term = page.locator('#art_3__point_a a.term').first();
  await term.tap();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(page).toHaveURL(/\/sr\/protocol\/art-3\/$/);
  await term.tap();
  await expect(page).toHaveURL(/\/sr\/glossary\/trafficking-in-persons\/$/);
  await context.close();
});

test('definitions are not part of the page text that search indexes', async ({ request }) => {
  const html = await (await request.get('/en/protocol/art-9/')).text();
  const definition = (await (await request.get('/en/glossary/definitions.json')).json())['re-trafficking'].definition as string;
  expect(html).not.toContain(definition.slice(0, 40));
});

test('the equivalents table downloads as CSV and JSON', async ({ page }) => {
  await page.goto('/en/glossary/equivalents/');
  expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(40);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('concept,en,sl,sr-Cyrl,sr-Latn');
  expect(lines.length).toBeGreaterThanOrEqual(41);
  expect(lines).toContain('trafficking-in-persons,trafficking in persons,trgovina z ljudmi,трговина људским бићима,trgovina ljudskim bićima');
  const json = await (await page.request.get('/glossary/equivalents.json')).json();
  expect(json.length).toBe(lines.length - 1);
});

test('the Serbian Latin edition links exactly the terms the Cyrillic one does', async ({ request }) => {
  const termsOn = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/class="term" data-term="([^"]+)"/g)].map((m) => m[1]);
  let links = 0;
  for (let article = 1; article <= 20; article++) {
    const cyrillic = await termsOn(`/sr/protocol/art-${article}/`);
    expect(await termsOn(`/sr-latn/protocol/art-${article}/`), `art. ${article}`).toEqual(cyrillic);
    links += cyrillic.length;
  }
  expect(links).toBeGreaterThan(50);
  expect(await termsOn('/sr-latn/notes/two-tracks/')).toEqual(await termsOn('/sr/notes/two-tracks/'));
});
