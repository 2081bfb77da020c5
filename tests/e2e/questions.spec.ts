/**
 * Study questions (`/{locale}/protocol/questions/`): every question of the explanations, each group with an answer that
 * opens in place (the provision's own words and the explanation, linked to both); with and without JavaScript; sets
 * of chosen questions from the address, bad input reported as text; the builder; the printed worksheet.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { readExplanationBlocks } from '../../src/lib/explanations.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { browserEditions, locales } from './pages.ts';

type Locale = (typeof locales)[number];
const strings = Object.fromEntries(['en', 'sl', 'sr'].map((l) => [l, JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
const ui = (locale: Locale, key: string) => (locale === 'sr-latn' ? cyrillicToLatin(strings.sr![key]!) : strings[locale]![key]!);
const language = (locale: Locale) => (locale === 'sr-latn' ? 'sr' : locale);

/** Every question of a language's explanations, in the Protocol's order, as the page writes it. */
function questionsOf(locale: Locale): string[] {
  const files = readdirSync(`content/explanations/${language(locale)}`);
  const order = ['preamble.mdx', ...Array.from({ length: 20 }, (_, i) => `art-${i + 1}.mdx`)].filter((f) => files.includes(f));
  return order.flatMap((file) => readExplanationBlocks(readFileSync(`content/explanations/${language(locale)}/${file}`, 'utf8')).flatMap((block) => block.questions.map((q) => q.text)))
    .map((text) => (locale === 'sr-latn' ? cyrillicToLatin(text) : text));
}

const path = (locale: Locale, query = '') => `/${locale}/protocol/questions/${query ? `?${query}` : ''}`;
const shownIds = (page: Page) => page.locator('.study-question:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.question));

for (const locale of browserEditions) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${locale}: every question, each answer opening in place with the provision's words and the explanation (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(path(locale));
      await expect(page.locator('h1')).toHaveText(ui(locale, 'questions.title'));
      await expect(page.locator('.study-question-text')).toHaveText(questionsOf(locale));
      await expect(page.locator('#study-builder')).toBeVisible({ visible: javaScriptEnabled });
      await expect(page.locator('.study-without-script')).toBeVisible({ visible: !javaScriptEnabled });
      await expect(page.locator('.study-choose input:visible')).toHaveCount(0);

      // 3(a): its answer is closed, then open in place, with the provision embedded and links to both
      const block = page.locator('.study-block[data-provision="art_3__point_a"]');
      const answer = block.locator('.study-answer');
      await expect(answer.locator('.embedded-provision')).toBeHidden();
      await answer.locator('summary').click();
      await expect(answer.locator('.embedded-provision[data-provision="art_3__point_a"]')).toBeVisible();
      await expect(answer.locator('.study-explanation p').first()).toBeVisible();
      await expect(answer.locator(`.study-links a[href="/${locale}/protocol/art-3/explained/#art_3__point_a"]`)).toHaveCount(1);
      await expect(answer.locator(`.study-links a[href="/${locale}/protocol/art-3/#art_3__point_a"]`)).toHaveCount(1);
      const embedded = await answer.locator('.embedded-provision blockquote').innerText();
      // the explanation's citation marks lead to its sources on its own page
      for (const href of await answer.locator('.study-explanation a.cite').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/protocol/art-3/explained/#ref-\\d+$`));
      }
      // the words are the Protocol collection's, exactly as the explanation page embeds them
      await page.goto(`/${locale}/protocol/art-3/explained/`);
      expect(await page.locator('.embedded-provision[data-provision="art_3__point_a"] blockquote').first().innerText()).toBe(embedded);
      await context.close();
    });
  }
}

test('a set from the address: only its questions and their answers, its title, its address written short', async ({ page }) => {
  await page.goto(path('sl', 'q=14.1-1&q=3A-2,3c-1&t=Delavnica'));
  expect(await shownIds(page)).toEqual(['3a-2', '3c-1', '14.1-1']);
  await expect(page.locator('.study-block:visible')).toHaveCount(3);
  await expect(page.locator('.study-article:visible h2')).toHaveCount(2);
  await expect(page.locator('#study-set-title')).toHaveText('Delavnica');
  await expect(page.locator('#study-set-count')).toHaveText(ui('sl', 'questions.set').replace('{count}', '3'));
  await expect(page).toHaveURL(path('sl', 'q=3a-2,3c-1,14.1-1&t=Delavnica'));
  await expect(page.locator('.study-index li:visible')).toHaveCount(2);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-source'))).toContain(new URL(path('sl', 'q=3a-2,3c-1,14.1-1&t=Delavnica'), page.url()).href);
  await page.getByRole('link', { name: ui('sl', 'questions.showAll') }).click();
  await expect(page.locator('.study-question:visible')).toHaveCount(questionsOf('sl').length);
});

test('a whole article by ?a=', async ({ page }) => {
  await page.goto(path('sr', 'a=3'));
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(5);
  for (const id of ids) expect(id).toMatch(/^3[a-z]?-\d$/);
});

test('bad ids and hostile input: a message, as text, and the full list; no markup gets in', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`${path('en')}?q=zz9,${encodeURIComponent(hostile)},3a-9&t=${encodeURIComponent('<b>bold</b>')}`);
  const problems = page.locator('#study-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText(hostile);
  await expect(problems).toContainText('3a-9');
  await expect(problems).toContainText(ui('en', 'questions.nearest').replace('{id}', '3a-1'));
  await expect(problems.locator('img, b, script')).toHaveCount(0);
  await expect(page.locator('.study-question:visible')).toHaveCount(questionsOf('en').length);
  await expect(page.locator('#study img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  // a good id beside the bad ones makes a set; its title stays text
  await page.goto(`${path('en')}?q=3a-1,zz9&t=${encodeURIComponent('<b>bold</b>')}`);
  await expect(page.locator('#study-set-title')).toHaveText('<b>bold</b>');
  await expect(page.locator('#study-set-title b')).toHaveCount(0);
  await expect(page.locator('#study-problems')).toContainText('zz9');
  expect(await shownIds(page)).toEqual(['3a-1']);
});

test('a trainer ticks questions, names the set and gets its short link', async ({ page }) => {
  await page.goto(path('en'));
  await page.locator('#study-builder > summary').click();
  for (const id of ['3c-1', 'p-1']) await page.locator(`.study-choose input[value="${id}"]`).check();
  await expect(page.locator('#study-chosen')).toHaveText(ui('en', 'questions.chosen').replace('{count}', '2'));
  await page.locator('#study-t').fill('Week 2');
  await page.getByRole('button', { name: ui('en', 'questions.make') }).click();
  await expect(page).toHaveURL(path('en', 'q=p-1,3c-1&t=Week+2'));
  expect(await shownIds(page)).toEqual(['p-1', '3c-1']);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});

test('axe with the answers of an article open and the builder open', async ({ page }) => {
  test.slow(); // axe reads the whole page, some 3,500 elements, whatever it is asked to report on
  await page.goto(path('sr-latn'));
  await page.locator('#study-builder > summary').click();
  await page.locator('#art-6 .study-answer').evaluateAll((answers) => { for (const a of answers) (a as HTMLDetailsElement).open = true; });
  const { violations } = await new AxeBuilder({ page }).include('#art-6').include('#study-builder').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});

test('printed, a worksheet: the questions numbered, then from a new page the answers, each with its questions', async ({ page }) => {
  await page.goto(path('en', 'q=3a-2,14.1-1&t=Workshop'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#study-set-title')).toBeVisible();
  for (const hidden of ['.study-index', '.study-set', '#study-builder']) await expect(page.locator(hidden)).toBeHidden();
  const heading = page.locator('.study-answers-heading');
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  // every answer, open, after every question
  const questions = await page.locator('.study-question:visible').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().bottom));
  const answers = await page.locator('.study-answer:visible').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().top));
  expect(questions).toHaveLength(2);
  expect(answers).toHaveLength(2);
  expect(Math.min(...answers)).toBeGreaterThan(Math.max(...questions, (await heading.boundingBox())!.y - 1));
  await expect(page.locator('.study-answer .embedded-provision:visible')).toHaveCount(2);
  await expect(page.locator('.study-answer-questions li:visible')).toHaveText([/Must a victim actually have been exploited/, /1951 Refugee Convention/]);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(2);
});
