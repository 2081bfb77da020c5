import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH_PORT } from '../../playwright.config.ts';
import { landsOn, readReaderQuestions } from '../fixtures/reader-questions.ts';

const results = (page: Page) => page.locator('#search-results > li');
const firstLink = (page: Page) => results(page).first().locator('a.result-title');

async function search(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#search-status')).not.toHaveText(/^$|…/);
}

test('an English query lands on the provision that holds the words, highlighted there', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text()); });
  await search(page, '/en/search/?q=appropriate+housing');
  await expect(page.locator('#search-status')).toHaveText(/^Results for “appropriate housing”: \d+$/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/protocol\/art-6\/\?highlight=appropriate&highlight=housing#art_6__para_3__point_a$/);
  await firstLink(page).click();
  await expect(page.locator('#art_6__para_3__point_a mark').first()).toHaveText(/appropriate/i);
  expect(cspErrors).toEqual([]); // the highlighter adds no inline styles
});

test('the Protocol page is found under its name as a reader writes it, not the gazette\'s letter-spaced heading', async ({ page }) => {
  await search(page, `/sl/search/?q=${encodeURIComponent('celovit mednarodni pristop')}`); // words of the preamble
  const protocolPage = page.locator('#search-results a.result-title[href^="/sl/protocol/?"], #search-results a.result-title[href^="/sl/protocol/#"]').first();
  await expect(protocolPage).toHaveText(/^Protokol za preprečevanje, zatiranje in kaznovanje trgovine z ljudmi, zlasti ženskami in otroki, /);
});

test('a glossary term\'s definition comes first', async ({ page }) => {
  await search(page, '/en/search/?q=non-refoulement');
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /\/en\/glossary\/non-refoulement\//);
});

test('Serbian: a Cyrillic query finds the Latin edition, a Latin query without diacritics the Cyrillic one', async ({ page }) => {
  await search(page, `/sr-latn/search/?q=${encodeURIComponent('одговарајући смештај')}`);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr-latn\/protocol\/art-6\/.*#art_6__para_3__point_a$/);
  await search(page, '/sr/search/?q=odgovarajuci+smestaj');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr\/protocol\/art-6\/.*#art_6__para_3__point_a$/);
  await expect(results(page).first()).toContainText('смештај'); // the excerpt in the reader's script
  await search(page, `/sr/search/?q=${encodeURIComponent('трговина људским бићима')}`);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr\/glossary\/trafficking-in-persons\//);
  await search(page, '/sr-latn/search/?q=trgovina+ljudskim+bićima');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr-latn\/glossary\/trafficking-in-persons\//);
});

test('Slovenian: queries without diacritics and inflected queries find their article', async ({ page }) => {
  await search(page, '/sl/search/?q=odstranitev+organov');
  await expect(page.locator('#search-results a[href*="/sl/protocol/art-3/"]').first()).toBeVisible();
  await search(page, '/sl/search/?q=izkoriscanje+prostitucije'); // no diacritics
  await expect(page.locator('#search-results a[href*="/sl/protocol/art-3/"]').first()).toBeVisible();
  await search(page, '/sl/search/?q=ustrezna+namestitev'); // the text says "ustrezno namestitvijo"
  await expect(page.locator('#search-results a[href*="/sl/protocol/art-6/"]').first()).toBeVisible();
});

test('an inflected form that no glossary list holds still puts its term first', async ({ page }) => {
  await search(page, '/sl/search/?q=azilnih+domovih'); // locative plural; the list has "azilnem domu" and others
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sl\/glossary\/reception-centre\//);
  await search(page, `/sr/search/?q=${encodeURIComponent('сигурним трећим земљама')}`); // dative plural
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr\/glossary\/safe-third-country\//);
});

test('ten results first; more on request, with the focus on the first new one', async ({ page }) => {
  await search(page, '/en/search/?q=protocol');
  const total = Number((await page.locator('#search-status').innerText()).match(/(\d+)$/)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(results(page)).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(results(page)).toHaveCount(20);
  await expect(results(page).nth(10).locator('a.result-title')).toBeFocused();
  await expect(more).toBeVisible({ visible: total > 20 });
  await more.dblclick(); // pressed twice in a hurry: no result is shown twice
  await expect(more).toBeEnabled();
  const urls = await results(page).locator('a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(urls.length).toBeGreaterThan(20);
  expect(new Set(urls).size).toBe(urls.length);
  await search(page, '/en/search/?q=forced+marriage'); // fewer than ten: no button
  expect(Number((await page.locator('#search-status').innerText()).match(/(\d+)$/)![1])).toBeLessThanOrEqual(10);
  await expect(more).toBeHidden();
});

test('filters by type, with counts, and ?q= follows what is typed', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-input').fill('refugee');
  await expect(page).toHaveURL(/\?q=refugee$/);
  await expect(page.locator('#search-status')).toHaveText(/Results for “refugee”/);
  const glossaryCount = Number(await page.locator('[data-count="glossary"]').innerText());
  const noteCount = Number(await page.locator('[data-count="note"]').innerText());
  expect(glossaryCount).toBeGreaterThan(0);
  expect(noteCount).toBeGreaterThan(0);
  for (const name of ['Glossary', 'Practice notes', 'Guidelines', 'Explanations', 'Case checks']) await page.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
  await expect(page.locator('.result-type').first()).toHaveText(' · Protocol');
  for (const label of await page.locator('.result-type').allInnerTexts()) expect(label.trim()).toBe('· Protocol');
});

test('the header box searches from any page; "/" focuses it', async ({ page }) => {
  await page.goto('/sl/protocol/art-3/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('otrok');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sl\/search\/\?q=otrok$/);
  await expect(page.locator('#search-input')).toHaveValue('otrok');
  await expect(results(page).first()).toBeVisible();
});

test('the search engine loads as the search page opens, and on no other page', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/') && !r.url().includes('pagefind-highlight')) loaded.push(r.url()); });
  await page.goto('/en/protocol/art-3/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.goto('/en/search/');
  // the engine, its WebAssembly and its filters, before anything is typed: the first query costs what a later one does
  await expect.poll(() => [/pagefind\.js$/, /\.pagefind$/, /\.pf_filter$/].every((kind) => loaded.some((u) => kind.test(u)))).toBe(true);
});

test('search works under the /nexus/ base path', async ({ page }) => {
  await search(page, `http://localhost:${BASE_PATH_PORT}/nexus/en/search/?q=appropriate+housing`);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/nexus\/en\/protocol\/art-6\//);
  await firstLink(page).click();
  await expect(page.locator('#art_6__para_3__point_a')).toBeVisible();
});

test('American and British spellings both find the text that spells them the other way', async ({ page }) => {
  for (const [query, term] of [['forced labor', 'forced-labour-or-services'], ['bonded labor', 'debt-bondage'], ['organised criminal group', 'organized-criminal-group']] as const) {
    await search(page, `/en/search/?q=${encodeURIComponent(query)}`);
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator(`#search-results a[href*="/en/glossary/${term}/"]`).first()).toBeVisible();
  }
});

test('a one-letter typo of a term\'s word is read as the glossary spells it; one that finds little or nothing suggests the closest terms', async ({ page }) => {
  await search(page, '/en/search/?q=explotation');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/glossary\/exploitation\//);
  await search(page, '/en/search/?q=explotaton');
  await expect(page.locator('#search-status')).toHaveText('No results for “explotaton”.');
  await expect(page.locator('#search-suggestions').getByRole('link', { name: 'exploitation', exact: true })).toHaveAttribute('href', '/en/glossary/exploitation/');
  await search(page, '/sl/search/?q=trgvna');
  await expect(page.locator('#search-suggestions').getByRole('link', { name: 'trgovina z ljudmi', exact: true })).toHaveAttribute('href', '/sl/glossary/trafficking-in-persons/');
  await search(page, `/sr/search/?q=${encodeURIComponent('трговна')}`); // one letter from "трговина": searched as it
  await expect(page.locator('#search-status')).toHaveText(/^Резултата за „трговна”: [1-9]\d*$/);
});

test('a query is text: markup in it is shown, never run', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await search(page, `/en/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`);
  await expect(page.locator('#search-status')).toContainText('<img src=x');
  await expect(page.locator('#search-results img, #search-suggestions img, #search-status img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// A sample of tests/fixtures/reader-questions.tsv, each one page load: the first three questions of each locale (who is
// a child, what is exploitation, does consent matter) must land where the fixture says. The bench runs every
// question and reports the shares.
const sample = ['en', 'sl', 'sr', 'sr-latn'].flatMap((locale) => readReaderQuestions().filter((q) => q.locale === locale).slice(0, 3));
for (const question of sample) {
  test(`a reader's question lands where it is answered: ${question.locale} "${question.query}"`, async ({ page }) => {
    await search(page, `/${question.locale}/search/?q=${encodeURIComponent(question.query)}`);
    const href = await firstLink(page).getAttribute('href');
    expect(landsOn(href!, question.target), `${href} is not ${question.target}`).toBe(true);
  });
}

// Everyday words the texts do not use ("agreed", "passports", "повуче"), and asking forms ("what is X for"): each one
// page load, landing where the question is answered.
for (const [locale, query, target] of [
  ['en', 'the victim agreed to the job, is it still trafficking', 'provision:art_3__point_b'],
  ['sr-latn', 'lažni pasoši', 'provision:art_12'],
  ['sr', 'може ли држава да се повуче из протокола', 'provision:art_19'],
  ['en', 'what is the protocol for', 'provision:art_2'],
  ['sl', 'razlika med tihotapljenjem in trgovino z ljudmi', 'note:smuggling-vs-trafficking'],
] as const) {
  test(`everyday wording finds the treaty's: ${locale} "${query}"`, async ({ page }) => {
    await search(page, `/${locale}/search/?q=${encodeURIComponent(query)}`);
    const href = await firstLink(page).getAttribute('href');
    expect(landsOn(href!, target), `${href} is not ${target}`).toBe(true);
  });
}

for (const [locale, query] of [['en', 'difference between smuggling and trafficking'], ['en', "what's the difference between smuggling and trafficking"], ['sr-latn', 'koja je razlika izmedju krijumcarenja i trgovine ljudima']] as const) {
  test(`"difference between X and Y", however asked: pages on both come before either one's definition: ${locale} "${query}"`, async ({ page }) => {
    await search(page, `/${locale}/search/?q=${encodeURIComponent(query)}`);
    const kinds = await results(page).evaluateAll((items) => items.map((item) => (item.querySelector('a.result-title')?.getAttribute('href') ?? '').includes('/glossary/') ? 'glossary' : 'other'));
    const firstTerm = kinds.indexOf('glossary');
    expect(firstTerm, kinds.join('\n')).toBeGreaterThan(0);
    expect(kinds.slice(firstTerm).every((kind) => kind === 'glossary'), kinds.join('\n')).toBe(true);
  });
}

test('the everyday Serbian "трговина људима" brings article 3 to the first page, in both scripts', async ({ page }) => {
  for (const [locale, query] of [['sr', 'трговина људима'], ['sr-latn', 'trgovina ljudima']] as const) {
    await search(page, `/${locale}/search/?q=${encodeURIComponent(query)}`);
    const hrefs = await results(page).locator('a.result-title').evaluateAll((links) => links.slice(0, 10).map((a) => a.getAttribute('href')!));
    expect(hrefs.some((href) => new RegExp(`^/${locale}/protocol/art-3/`).test(href)), hrefs.join('\n')).toBe(true);
    await expect(results(page).first()).toHaveClass(/result-definition/);
  }
});

for (const [locale, query, concept] of [['en', 'what is exploitation', 'exploitation'], ['sl', 'kaj je izkoriščanje', 'exploitation'], ['sr', 'шта је експлоатација', 'exploitation'], ['sr-latn', 'ko je žrtva trgovine ljudima', 'victim-of-trafficking'], ['sr-latn', 'šta znači osnovan strah od progona', 'well-founded-fear']] as const) {
  test(`"what is X" puts X's definition first: ${locale} "${query}"`, async ({ page }) => {
    await search(page, `/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect(results(page).first()).toHaveClass(/result-definition/);
    await expect(firstLink(page)).toHaveAttribute('href', new RegExp(`^/${locale}/glossary/${concept}/`));
  });
}

test('a glossary result shows its definition and where it is defined, never the page\'s labels', async ({ page }) => {
  await search(page, '/en/search/?q=exploitation');
  const first = results(page).first();
  await expect(first).toContainText('Defined in:');
  await expect(first.locator('.result-defined-in a')).toHaveAttribute('href', /^\/en\/protocol\/art-3\/#art_3__point_a$/);
  await expect(page.locator('#search-results')).not.toContainText(/Word forms that find this term|Also called/);
});

test('a glossary result for a term the Protocol does not define says so, in the reader\'s script', async ({ page }) => {
  await search(page, '/en/search/?q=forced+labour');
  const first = results(page).first();
  await expect(first.locator('.result-defined-in')).toHaveText('Not defined in the Protocol.');
  await expect(first.locator('.result-defined-in a')).toHaveCount(0);
  await search(page, `/sr/search/?q=${encodeURIComponent('ропски положај')}`);
  await expect(results(page).first().locator('.result-defined-in')).toHaveText('Протокол не дефинише овај појам.');
});

test('words no page holds together: the pages holding most of them, and a note that says so', async ({ page }) => {
  await search(page, '/en/search/?q=depositary+airline+compensation');
  await expect(page.locator('#search-status')).toContainText('No page has all of these words; these have most of them.');
  expect(await results(page).count()).toBeGreaterThan(3);
});

test('"what is trafficking" brings the definition of trafficking in persons, not of a trafficker (one stem in Porter\'s)', async ({ page }) => {
  await search(page, '/en/search/?q=what+is+trafficking');
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/glossary\/trafficking-in-persons\//);
});

test('two words of one term\'s name ("criminal group") bring that term\'s definition first', async ({ page }) => {
  await search(page, '/en/search/?q=criminal+group');
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/glossary\/organized-criminal-group\//);
});

test('an everyday wording of a term\'s name ("prisilni brak" for "принудни брак") brings its definition first; a topic beside a concept ("fake passports") keeps the text that deals with it first, not another term\'s definition', async ({ page }) => {
  await search(page, '/sr-latn/search/?q=prisilni+brak');
  await expect(results(page).first()).toHaveClass(/result-definition/);
  await expect(firstLink(page)).toHaveAttribute('href', /^\/sr-latn\/glossary\/forced-marriage\//);
  await search(page, '/en/search/?q=fake+passports');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/protocol\/art-12\//);
  await expect(results(page).nth(1)).toHaveClass(/result-definition/);
  // Neither another term's definition ("organ" begins "organized" in Porter's stems).
  await search(page, '/en/search/?q=organ+harvesting');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/glossary\/removal-of-organs\//);
});

test('words only one page holds together: that page first, then the pages holding most of them, and a note that says so', async ({ page }) => {
  await search(page, `/en/search/?q=${encodeURIComponent('victim wants to tell the court how the crime affected her')}`);
  await expect(page.locator('#search-status')).toContainText('Few pages have all of these words; the pages after them have most of them.');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/en\/protocol\/art-6\/explained\//);
  expect(await results(page).count()).toBeGreaterThan(3);
  await expect(page.locator('#search-status')).toHaveText(/Results for “victim wants to tell the court how the crime affected her”: \d+$/);
});

test('bad input: empty shows the help, only question words say what to type, an overlong query is cut with a note', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.locator('#search-help')).toBeVisible();
  await search(page, '/en/search/?q=what+is+the');
  await expect(page.locator('#search-status')).toContainText('has only question words in it');
  await expect(results(page)).toHaveCount(0);
  await search(page, `/en/search/?q=${encodeURIComponent(`refugee ${'a'.repeat(600)}`)}`);
  await expect(page.locator('#search-status')).toContainText('only its first 500 characters were searched');
  await expect(page.locator('#search-input')).toHaveValue(/^refugee a+$/);
});

// No noise around the answers (issue 30). The built files are checked in tests/site/search-noise.test.ts; these check
// what the page does with them, each on one search page.
test('the counts beside the types are what is listed; an answer card shows the question and the sentence that answers it', async ({ page }) => {
  await search(page, `/en/search/?q=${encodeURIComponent('can victims get compensation')}`);
  const card = results(page).first();
  await expect(card).toHaveClass(/result-answer/);
  await expect(card.locator('.result-question')).toHaveText('Can trafficking victims claim compensation for the harm they suffered?');
  await expect(card.locator('p').nth(1)).toHaveText(/^A firm duty \("shall ensure"\): each State's legal system must contain measures that offer victims the possibility of obtaining compensation/);
  const more = page.locator('#search-more');
  while (await more.isVisible()) await more.click();
  const strings = JSON.parse(await page.locator('#search-strings').textContent() ?? '{}') as Record<string, string>;
  const labels = (await results(page).locator('.result-type').allInnerTexts()).map((label) => label.replace(/^\s*·\s*/, ''));
  const status = Number((await page.locator('#search-status').innerText()).match(/(\d+)$/)![1]);
  expect(labels.length).toBe(status);
  for (const type of ['protocol', 'explanation', 'guideline', 'note', 'glossary', 'check']) {
    const count = Number(await page.locator(`[data-count="${type}"]`).innerText());
    expect(count, type).toBe(labels.filter((label) => label === strings[`type.${type}`]).length);
  }
});

test('words readers use that no text does reach the explanation whose everyday phrasings hold them; its card shows the explanation\'s own question', async ({ page }) => {
  // "keep her name out of the newspapers" is one of article 6(1)'s phrasings (<SearchedAs>); the reader's words differ.
  await search(page, `/en/search/?q=${encodeURIComponent('keep the victim\'s name out of the newspapers')}`);
  const card = results(page).first();
  await expect(card).toHaveClass(/result-answer/);
  await expect(card.locator('a.result-title')).toHaveAttribute('href', /^\/en\/protocol\/art-6\/explained\/#art_6__para_1$/);
  // Of the explanation's questions, the one that shares the reader's words ("victim", "name"), with its answer.
  await expect(card.locator('.result-question')).toHaveText('Can a trafficking victim remain anonymous so that the public does not learn their name?');
  await expect(card).not.toContainText('newspapers');
});

test('the place whose questions and phrasings hold most of the reader\'s words is among the first three, and listed once', async ({ page }) => {
  // A definition and its provision lead (a brothel is sexual exploitation); the trafficking check's phrasings hold
  // more of these words than any other place's.
  await search(page, `/en/search/?q=${encodeURIComponent('the man she loved took her abroad and sold her to a brothel')}`);
  const hrefs = (await results(page).evaluateAll((items) => items.map((li) => li.querySelector('a.result-title')?.getAttribute('href') ?? ''))).map((href) => href.replace(/\?[^#]*/, ''));
  expect(hrefs.slice(0, 3)).toContain('/en/check/trafficking/');
  expect(hrefs.filter((href) => href.startsWith('/en/check/trafficking/'))).toHaveLength(1);
  const card = results(page).nth(hrefs.indexOf('/en/check/trafficking/'));
  await expect(card).toHaveClass(/result-answer/);
  await expect(card.locator('p').last()).not.toBeEmpty();
});

test('a term the reader calls by its name, one few pages use, has its definition among the first three, listed once', async ({ page }) => {
  // The engine ranks "reception centre" sixth here, below pages that hold the other words too.
  await search(page, `/en/search/?q=${encodeURIComponent('child in a reception centre with adult men, is it safe')}`);
  const hrefs = (await results(page).evaluateAll((items) => items.map((li) => li.querySelector('a.result-title')?.getAttribute('href') ?? ''))).map((href) => href.replace(/\?[^#]*/, ''));
  const at = hrefs.indexOf('/en/glossary/reception-centre/');
  expect(at).toBeGreaterThanOrEqual(0);
  expect(at).toBeLessThan(3);
  expect(hrefs.filter((href) => href === '/en/glossary/reception-centre/')).toHaveLength(1);
  await expect(results(page).nth(at)).toHaveClass(/result-definition/);
});

test('the Protocol\'s card for a concept a whole article deals with cites and leads to the paragraph that holds the reader\'s words', async ({ page }) => {
  // "pasoš" is an everyday word for travel documents, which article 12 deals with; point (a) is on their quality.
  await search(page, `/sr-latn/search/?q=${encodeURIComponent('pasoš koji je teško falsifikovati')}`);
  const card = page.locator('#search-results > li.result-provision').first();
  await expect(card.locator('a.result-title')).toHaveAttribute('href', '/sr-latn/protocol/art-12/#art_12__point_a');
  await expect(card.locator('a.result-title')).toHaveText(/, član 12\. tačka \(a\)$/);
});

test('a landing page highlights only the words that matched, whole, never a stop word', async ({ page }) => {
  await search(page, '/en/search/?q=trafficking+victim'); // also searched as "victim of trafficking"
  const hrefs = await page.locator('#search-results a.result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const highlighted = hrefs.flatMap((href) => new URL(href, 'http://x').searchParams.getAll('highlight'));
  expect(highlighted.length).toBeGreaterThan(0);
  expect(highlighted.filter((word) => ['of', 'the', 'a', 'in'].includes(word))).toEqual([]);
  const landing = hrefs.find((href) => href.includes('/explained/?highlight='))!;
  await page.goto(landing);
  await expect(page.locator('mark').first()).toBeVisible();
  const marks = await page.locator('mark').evaluateAll((found) => found.map((mark) => {
    // The text on either side of the mark, across element boundaries: a letter there means the mark is inside a word.
    const range = document.createRange();
    range.selectNodeContents(document.body);
    range.setEndBefore(mark);
    const before = range.toString().slice(-1);
    range.selectNodeContents(document.body);
    range.setStartAfter(mark);
    return { text: mark.textContent ?? '', before, after: range.toString().slice(0, 1) };
  }));
  const words = new Set(new URL(landing, 'http://x').searchParams.getAll('highlight'));
  for (const mark of marks) {
    expect(words.has(mark.text.toLowerCase()), `"${mark.text}" was not a matched word`).toBe(true);
    expect(`${mark.before}${mark.text}${mark.after}`, 'a whole word').toMatch(new RegExp(`^[^\\p{L}]?${mark.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\p{L}]?$`, 'u'));
  }
});

test('no result lands on a list of sources, and no excerpt starts in a label', async ({ page }) => {
  await search(page, `/en/search/?q=${encodeURIComponent('UNHCR guidelines on international protection')}`); // the words of many reference lists
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(hrefs.filter((href) => /#(sources|references|ref-\d+|history|review-record)$/.test(href))).toEqual([]);
  const excerpts = await page.locator('#search-results p').allInnerTexts();
  expect(excerpts.filter((text) => /^(In brief|Questions this answers|answers\.|Check a case|Authentic text|About this text)/.test(text.trim()))).toEqual([]);
});

// In English and in Cyrillic Serbian (searched in the Latin index); the bench runs such questions in every edition.
// One test a query: a page load each, never a list of them inside one test's time.
for (const [locale, query] of [
  ['en', 'may a person who was trafficked apply for asylum'],
  ['en', 'can a trafficking victim get asylum'],
  ['en', 'can a victim get refugee status'],
  // "international" is not the "internal" of the internal flight alternative, though Porter stems both "intern"
  ['en', 'can a victim of trafficking get international protection'],
  ['sl', 'ali žrtev dobi mednarodno zaščito'],
  ['sr', 'да ли жртва трговине људима може да добије азил'],
  ['sr-latn', 'moze li zrtva trgovine ljudima da dobije azil'],
] as const) {
  test(`a question about asylum for a victim of trafficking reaches the asylum pages: ${locale} "${query}"`, async ({ page }) => {
    await search(page, `/${locale}/search/?q=${encodeURIComponent(query)}`);
    const firstThree = await page.locator('#search-results > li a.result-title').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    expect(firstThree.some((href) => landsOn(href, 'guideline:gip-7 | note:trafficking-as-grounds-for-refugee-status | check:refugee')), firstThree.join(' | ')).toBe(true);
  });
}

test('a sentence in everyday words is answered first by the place whose readers\' words hold most of it, listed once', async ({ page }) => {
  // Neither names a term by its name; the concepts' everyday words and the explanations' phrasings are ranked together.
  for (const [query, place] of [
    ['a boy came on his own with no parents and wants asylum', '/en/glossary/unaccompanied-child/'],
    ['oseba nima državljanstva nobene države in nobenih dokumentov', '/sl/glossary/statelessness/'],
  ] as const) {
    await search(page, `/${place.split('/')[1]}/search/?q=${encodeURIComponent(query)}`);
    const hrefs = (await results(page).evaluateAll((items) => items.map((li) => li.querySelector('a.result-title')?.getAttribute('href') ?? ''))).map((href) => href.replace(/[?#].*$/, ''));
    expect(hrefs[0]).toBe(place);
    await expect(results(page).first()).toHaveClass(/result-definition/);
    expect(hrefs.filter((href) => href === place)).toHaveLength(1);
  }
});
