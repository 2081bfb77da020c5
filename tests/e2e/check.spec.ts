/** The case checks: every outcome in every locale, with and without JavaScript; addresses; hostile input; privacy; print. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkQuery, parseCheckQuery, type CheckChoices } from '../../src/lib/check.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { isTabIcon, locales } from './pages.ts';

type Locale = (typeof locales)[number];
const strings = Object.fromEntries(['en', 'sl', 'sr'].map((l) => [l, JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
/** A UI string as the locale's page shows it: the Latin edition is the Cyrillic one transliterated. */
const ui = (locale: Locale, key: string) => (locale === 'sr-latn' ? cyrillicToLatin(strings.sr![key]!) : strings[locale]![key]!);
const verdictKey = { met: 'check.outcome.met', 'not-met': 'check.outcome.notMet', incomplete: 'check.outcome.incomplete' } as const;
const script = { en: /\p{Script=Latin}{3}/u, sl: /\p{Script=Latin}{3}/u, sr: /\p{Script=Cyrillic}{3}/u, 'sr-latn': /\p{Script=Latin}{3}/u };

const choices = (query: string): CheckChoices => parseCheckQuery(query).choices;
/** The cases the issue names, and what art. 3 says of each (the rules are in src/styles/check.css). */
const cases: { name: string; query: string; outcome: keyof typeof verdictKey }[] = [
  { name: 'an adult with act, means and purpose', query: 'act=recruitment&means=deception&purpose=forced-labour-or-services&age=adult', outcome: 'met' },
  { name: 'an adult without means', query: 'act=transportation&purpose=sexual-exploitation&age=adult', outcome: 'not-met' },
  { name: 'a child with act and purpose', query: 'act=harbouring&purpose=removal-of-organs&age=child', outcome: 'met' },
  { name: 'consent with a means', query: 'act=transfer&means=abuse-of-vulnerability&purpose=servitude&consent=yes', outcome: 'met' },
  { name: 'nothing chosen', query: '', outcome: 'incomplete' },
  { name: 'act and purpose, age unknown', query: 'act=receipt&purpose=other&age=unknown', outcome: 'incomplete' },
];

const path = (locale: Locale, query = '') => `/${locale}/check/trafficking/${query ? `?${query}` : ''}`;

/** Exactly one outcome is shown, the expected one, with its verdict in the page's language and script. */
async function expectOutcome(page: Page, locale: Locale, outcome: keyof typeof verdictKey) {
  await expect(page.locator(`[data-outcome="${outcome}"]`)).toBeVisible();
  await expect(page.locator('[data-outcome]:visible')).toHaveCount(1);
  await expect(page.locator(`[data-outcome="${outcome}"] .check-verdict`)).toHaveText(ui(locale, verdictKey[outcome]));
  await expect(page.locator('.check-not-identification')).toHaveText(`${ui(locale, 'check.notIdentification')} ${ui(locale, 'check.identificationIsForAuthority')}`);
}

/** The boxes ticked on the page, as a query in the form's order. */
const tickedQuery = (page: Page) =>
  page.locator('#check-form input:checked').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => `${i.name}=${i.value}`).join('&'));

async function tick(page: Page, query: string) {
  for (const [name, value] of new URLSearchParams(query)) await page.locator(`#check-form input[name="${name}"][value="${value}"]`).check();
}

/**
 * Which edition runs which case. The outcome is decided by the same form and rules in every edition, so every case
 * runs in English, with and without JavaScript; each other edition runs one case of each outcome with JavaScript and
 * one without, so every edition shows every outcome in its own words.
 */
const firstOfOutcome = (i: number) => cases.findIndex((c) => c.outcome === cases[i]!.outcome) === i;
const runs = locales.flatMap((locale) =>
  cases.map((c, i) =>
    locale === 'en'
      ? { ...c, locale, withScript: true, withoutScript: true }
      : { ...c, locale, withScript: firstOfOutcome(i), withoutScript: i === locales.indexOf(locale) },
  ),
);

for (const { locale, name, query, outcome, withScript, withoutScript } of runs) {
  test.describe(`${locale}: outcomes`, () => {
    if (withScript) {
      test(`${name} → ${outcome}, opened from its address`, async ({ page }) => {
        await page.goto(path(locale, query));
        await expectOutcome(page, locale, outcome);
        expect(await tickedQuery(page)).toBe(query);
        await expect(page.locator('#check-ignored')).toBeHidden();
        await expect(page.locator('h1')).toHaveText(script[locale]);
        if (locale === 'sr-latn') expect(await page.locator('main').innerText()).not.toMatch(/\p{Script=Cyrillic}/u);
      });
    }

    if (withoutScript) {
      test(`${name} → ${outcome}, ticked without JavaScript; Enter in the form does not reload it empty`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(path(locale));
        await tick(page, query);
        await expectOutcome(page, locale, outcome);
        // A static page cannot read its query without JavaScript: a submission would bring it back with nothing ticked.
        await page.locator('#check-form input').first().focus();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(path(locale));
        expect(await tickedQuery(page)).toBe(checkQuery(choices(query)));
        await context.close();
      });
    }
  });
}

test('every step and outcome links to the provision it rests on, and shows its words embedded', async ({ page }) => {
  await page.goto(path('sl'));
  for (const [step, ids] of [['act', ['art_3__point_a']], ['means', ['art_3__point_a']], ['purpose', ['art_3__point_a']], ['age', ['art_3__point_c', 'art_3__point_d']], ['consent', ['art_3__point_b']]] as const) {
    for (const id of ids) await expect(page.locator(`#check-${step} .check-help a[href="/sl/protocol/art-3/#${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.check-definition .embedded-provision')).toHaveAttribute('data-provision', 'art_3__point_a');
  await expect(page.locator('#check-age .embedded-provision')).toHaveCount(2);
  await expect(page.locator('#check-consent .embedded-provision[data-provision="art_3__point_b"] blockquote')).toContainText('soglasje žrtve');
  for (const outcome of ['met', 'not-met', 'incomplete']) {
    expect(await page.locator(`[data-outcome="${outcome}"] a[href^="/sl/protocol/art-3/#art_3__point_"]`).count(), outcome).toBeGreaterThan(0);
  }
  await expect(page.locator('.check-rests a')).toHaveText(['3. člen, točka (a)', '3. člen, točka (b)', '3. člen, točka (c)', '3. člen, točka (d)']);
  // what follows: identification, the two tracks, procedural guarantees, the refugee check
  for (const href of ['/sl/notes/procedural-and-reception-guarantees/#identification-and-referral', '/sl/notes/two-tracks/', '/sl/check/refugee/']) {
    await expect(page.locator(`.check-next a[href="${href}"]`)).toHaveCount(1);
  }
});

test('the outcome names what is missing, and what consent and age change', async ({ page }) => {
  const missing = () => page.locator('[data-outcome="not-met"] [data-missing]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-missing')));
  await page.goto(path('en', 'means=fraud&consent=yes'));
  expect(await missing()).toEqual(['act', 'purpose']);
  await expect(page.locator('[data-when="consent-without-means"]')).toBeHidden();
  await page.goto(path('en', 'act=recruitment&consent=yes'));
  expect(await missing()).toEqual(['means', 'purpose']);
  await expect(page.locator('[data-when="unless-child"]')).toBeVisible();
  await expect(page.locator('[data-when="consent-without-means"]')).toBeVisible();
  await page.goto(path('en', 'act=recruitment&purpose=slavery&age=child&consent=yes'));
  await expect(page.locator('[data-outcome="met"] [data-when]:visible')).toHaveText([/child/, /child agreed/]);
  await page.goto(path('en', 'act=recruitment&purpose=slavery'));
  await expect(page.locator('[data-outcome="incomplete"] [data-when="age-open"]')).toBeVisible();
});

test('ticking writes the address; reopening it restores the check; the outcome is announced', async ({ page }) => {
  await page.goto(path('sr'));
  await page.locator('input[name="purpose"][value="forced-labour-or-services"]').focus();
  await page.keyboard.press('Space');
  for (const [name, value] of [['act', 'recruitment'], ['means', 'deception'], ['age', 'adult']]) await page.locator(`input[name="${name}"][value="${value}"]`).check();
  const query = 'act=recruitment&means=deception&purpose=forced-labour-or-services&age=adult';
  await expect(page).toHaveURL(path('sr', query));
  await expect(page.locator('#announcer')).toHaveText(ui('sr', 'check.outcome.met'));
  await page.reload();
  expect(await tickedQuery(page)).toBe(query);
  await expectOutcome(page, 'sr', 'met');
  await page.locator('input[name="means"][value="deception"]').uncheck();
  await expect(page).toHaveURL(path('sr', 'act=recruitment&purpose=forced-labour-or-services&age=adult'));
  await expectOutcome(page, 'sr', 'not-met');
});

test('unknown, repeated and malformed parameters leave a working page with a note, as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
  await page.goto(`${path('en')}?act=%3Cscript%3Ealert(1)%3C/script%3E&means=x&means=fraud&foo=1&means=fraud&age=child&age=adult`);
  await expect(page).toHaveURL(path('en', 'means=fraud&age=child'));
  const note = page.locator('#check-ignored');
  await expect(note).toBeVisible();
  await expect(note).toContainText('act=<script>alert(1)</script>');
  await expect(note).toContainText('foo=1');
  await expect(note.locator('*')).toHaveCount(0);
  expect(await tickedQuery(page)).toBe('means=fraud&age=child');
  await expectOutcome(page, 'en', 'not-met');
  await page.locator('input[name="act"][value="receipt"]').check();
  await page.locator('input[name="purpose"][value="slavery"]').check();
  await expectOutcome(page, 'en', 'met');
  expect(dialogs).toBe(0);
});

test('a 5,000-character value is cut short in the note, and the page still fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${path('sr-latn')}?purpose=${'x'.repeat(5000)}&act=transfer&${'y'.repeat(5000)}=1`);
  const note = page.locator('#check-ignored');
  await expect(note).toBeVisible();
  expect((await note.innerText()).length).toBeLessThan(300);
  await expect(page).toHaveURL(path('sr-latn', 'act=transfer'));
  await expectOutcome(page, 'sr-latn', 'not-met');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('nothing is stored and nothing is sent: no storage, cookies or service worker, no request while ticking', async ({ page, context }) => {
  await page.goto(path('en', 'act=recruitment'));
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => { if (!isTabIcon(request.url())) requests.push(request.url()); });
  await tick(page, 'means=coercion&purpose=slavery&age=adult&consent=yes');
  await page.locator('#check-form').evaluate((form) => (form as HTMLFormElement).requestSubmit()); // the script keeps it on the page
  await expectOutcome(page, 'en', 'met');
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  // no field asks for anything personal: the form is boxes and radios only
  expect(await page.locator('#check-form input').evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).type))].sort())).toEqual(['checkbox', 'radio']);
  await expect(page.locator('#check-form :is(textarea, select)')).toHaveCount(0);
});

test('printed, a check is a one-page worksheet: choices, outcome, provisions cited, the date and its address', async ({ page }) => {
  const query = 'act=recruitment&means=deception&purpose=forced-labour-or-services&age=adult';
  await page.goto(path('en', query));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#check-form input[value="deception"]')).toBeVisible();
  await expect(page.locator('#check-form input[value="deception"]')).toBeChecked();
  await expectOutcome(page, 'en', 'met');
  await expect(page.locator('.check-rests')).toContainText(`Art. 3(a) ${new URL('/art/3/a/', page.url()).href}`);
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  await expect(page.locator('.check-date')).toHaveText(`Date of the check: ${today}`);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-source'))).toContain(new URL(`/en/check/trafficking/?${query}`, page.url()).href);
  for (const hidden of ['.check-definition', '#check-age .embedded-provision', '.check-prose', '.check-next', '.check-help']) await expect(page.locator(hidden).first()).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('trafficking or smuggling: the two side by side on four points, the definition quoted as the ICMPD paper quotes it', async ({ page }) => {
  await page.goto(path('sr'));
  const section = page.locator('.check-prose');
  await expect(section.locator('h2#trafficking-or-smuggling')).toHaveText(ui('sr', 'check.next.smugglingLink'));
  await expect(section.locator('h3')).toHaveCount(4);
  await expect(section.locator('h3 + ul > li')).toHaveCount(8);
  await expect(section.locator('.quotation[data-source="smuggling-protocol"] .quotation-translation')).toBeVisible();
  await expect(page.locator('.references li')).not.toHaveCount(0);
  await expect(page.locator('.check-next a[href="#trafficking-or-smuggling"]')).toHaveCount(1);
});

for (const locale of locales) {
  test(`${locale}: the refugee check lists the points of GIP No. 7, each linked to its guideline section, and decides nothing`, async ({ page }) => {
    await page.goto(`/${locale}/check/refugee/`);
    await expect(page.locator('h1')).toHaveText(ui(locale, 'check.refugee.title'));
    await expect(page.locator('.check-limits')).toContainText(ui(locale, 'check.refugee.decidesNothing'));
    await expect(page.locator('.embedded-provision[data-provision="art_14__para_1"]')).toHaveCount(1);
    for (const id of ['definitional-issues', 'well-founded-fear', 'agents-of-persecution', 'causal-link', 'convention-grounds', 'procedural-issues']) {
      await expect(page.locator(`.check-prose a[href$="/guidelines/gip-7/#${id}"]`).first()).toBeVisible();
    }
    await expect(page.locator('.check-prose a[href$="/guidelines/gip-4/#trafficking-victims"]')).toHaveCount(1);
    // content links are relative: they stay in the page's edition
    for (const href of await page.locator('.check-prose a[href*="guidelines/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect(new URL(href).pathname).toMatch(new RegExp(`^/${locale}/guidelines/`));
    }
    for (const id of ['saving-clause', 'situation', 'well-founded-fear', 'persecution', 'agents-of-persecution', 'internal-relocation', 'causal-link', 'convention-grounds']) {
      await expect(page.locator(`.check-prose h2#${id}`)).toHaveText(script[locale]);
    }
    await expect(page.locator(`a[href="/${locale}/check/trafficking/"]`)).toHaveCount(1);
  });
}

test('the home page leads by the reader\'s question: a term, a provision, a case', async ({ page }) => {
  await page.goto('/sl/');
  await expect(page.locator('.home h3')).toHaveText([ui('sl', 'home.ask.term'), ui('sl', 'home.ask.provision'), ui('sl', 'home.ask.case')]);
  const cases = page.locator('.home h3:nth-of-type(3) + .ways-in a');
  await expect(cases).toHaveCount(2);
  await expect(cases.first()).toHaveAttribute('href', '/sl/check/trafficking/');
  await cases.nth(1).click();
  await expect(page).toHaveURL('/sl/check/refugee/');
});
