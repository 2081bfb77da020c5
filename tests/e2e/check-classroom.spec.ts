/**
 * The trafficking check in a classroom: the outcome in view while ticking, on a projector and on a phone; the three
 * outcomes told apart by more than colour, on screen and on paper; the caveats inside the outcomes they belong to;
 * nothing that reloads the check empty without JavaScript; and the worked scenarios, each opening the outcome it
 * should.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkOutcome, parseCheckQuery, type CheckOutcome } from '../../src/lib/check.ts';
import { scenarios } from '../../src/lib/scenarios.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { browserEditions, locales } from './pages.ts';

type Locale = (typeof locales)[number];
const strings = Object.fromEntries(['en', 'sl', 'sr'].map((l) => [l, JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
const ui = (locale: Locale, key: string) => (locale === 'sr-latn' ? cyrillicToLatin(strings.sr![key]!) : strings[locale]![key]!);
const verdictKey = { met: 'check.outcome.met', 'not-met': 'check.outcome.notMet', incomplete: 'check.outcome.incomplete' } as const;
const path = (locale: Locale, query = '') => `/${locale}/check/trafficking/${query ? `?${query}` : ''}`;

async function tick(page: Page, query: string) {
  for (const [name, value] of new URLSearchParams(query)) await page.locator(`#check-form input[name="${name}"][value="${value}"]`).check();
}
const tickedQuery = (page: Page) =>
  page.locator('#check-form input:checked').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => `${i.name}=${i.value}`).join('&'));

async function expectShown(page: Page, locale: Locale, outcome: CheckOutcome) {
  await expect(page.locator('[data-outcome]:visible')).toHaveCount(1);
  await expect(page.locator(`[data-outcome="${outcome}"] .check-verdict`)).toHaveText(ui(locale, verdictKey[outcome]));
}

/** Whether two boxes on the screen overlap. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('the outcome stays in view while ticking act, means, purpose and age, and never covers the box', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 640 }]) {
    for (const locale of browserEditions) {
      test(`${viewport.width}×${viewport.height}, ${locale}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path(locale));
        const panel = page.locator('#check-outcome');
        const steps: [string, string, CheckOutcome][] = [
          ['act', 'recruitment', 'not-met'],
          ['means', 'deception', 'not-met'],
          ['purpose', 'forced-labour-or-services', 'met'],
          ['age', 'adult', 'met'],
        ];
        for (const [index, [name, value, outcome]] of steps.entries()) {
          const input = page.locator(`#check-form input[name="${name}"][value="${value}"]`);
          // Half by keyboard, as a focused control must not hide under the summary either.
          if (index % 2) {
            await input.focus();
            await page.keyboard.press('Space');
          } else await input.check();
          await expect(input).toBeChecked();
          await expect(input).toBeFocused();
          const verdict = page.locator(`[data-outcome="${outcome}"] .check-verdict`);
          await expect(verdict).toHaveText(ui(locale, verdictKey[outcome]));
          await expect(verdict).toBeInViewport({ ratio: 1 });
          await expect(input).toBeInViewport({ ratio: 1 });
          expect(overlap((await input.boundingBox())!, (await panel.boundingBox())!), `${name} under the outcome`).toBe(false);
        }
        if (viewport.width < 600) {
          // the compact summary opens to the whole outcome in place, and a box focused then still shows above it
          await page.locator('[data-outcome="met"] .check-why > summary').click();
          await expect(page.locator('[data-outcome="met"] [data-when="means"]')).toBeInViewport();
          const consent = page.locator('#check-form input[name="consent"]');
          await consent.focus();
          await expect(consent).toBeInViewport({ ratio: 1 });
          expect(overlap((await consent.boundingBox())!, (await panel.boundingBox())!)).toBe(false);
          // compact, it takes at most a fifth of the screen, measured in the same task as the click: the hidden
          // outcomes' reasons close with the shown one's, not a task later
          const compactHeight = await page.evaluate(() => {
            document.querySelector<HTMLElement>('[data-outcome="met"] .check-why > summary')!.click();
            return document.querySelector('#check-outcome')!.getBoundingClientRect().height;
          });
          expect(compactHeight).toBeLessThanOrEqual(viewport.height / 5);
          await expect(page.locator('.check-why[open]')).toHaveCount(0);
        }
      });
    }
  }
});

/** How the shown outcome looks: its bar, its icon and the icon's colour. */
const looks = (page: Page) =>
  page.locator('[data-outcome]:visible').evaluate((block) => {
    const icon = block.querySelector('.check-icon')!;
    const style = getComputedStyle(block);
    return {
      bar: `${style.borderLeftStyle} ${style.borderLeftWidth}`,
      icon: `${icon.getAttribute('data-icon')} ${[...icon.querySelectorAll('path')].map((p) => p.getAttribute('d')).join()}`,
      iconShown: getComputedStyle(icon).display !== 'none' && icon.getBoundingClientRect().width > 0,
      colour: getComputedStyle(icon).stroke,
    };
  });

for (const media of ['screen', 'print'] as const) {
  test(`the three outcomes differ by bar and icon, not only by words or colour (${media})`, async ({ page }) => {
    const seen: Record<string, Awaited<ReturnType<typeof looks>>> = {};
    for (const [outcome, query] of [['met', 'act=recruitment&means=deception&purpose=slavery&age=adult'], ['not-met', 'act=recruitment&age=adult'], ['incomplete', '']] as const) {
      await page.goto(path('en', query));
      await page.emulateMedia({ media });
      await expectShown(page, 'en', outcome);
      seen[outcome] = await looks(page);
      expect(seen[outcome]!.iconShown, outcome).toBe(true);
    }
    const all = Object.values(seen);
    for (const aspect of ['bar', 'icon', 'colour'] as const) expect(new Set(all.map((l) => l[aspect])).size, aspect).toBe(3);
  });
}

// What each state shows: which caveats, in which outcome.
const caveatCases: { query: string; outcome: CheckOutcome; shown: string[]; hidden: string[] }[] = [
  { query: 'act=recruitment&means=deception&purpose=other&age=unknown', outcome: 'met', shown: ['purpose', 'other-form', 'age'], hidden: ['smuggling'] },
  { query: 'act=transportation&age=adult&consent=yes', outcome: 'not-met', shown: ['smuggling', 'purpose'], hidden: ['other-form', 'age'] },
  { query: 'act=receipt&purpose=forced-labour-or-services&age=unknown', outcome: 'incomplete', shown: ['age', 'purpose'], hidden: ['smuggling', 'other-form'] },
  { query: 'means=coercion&purpose=other&age=adult', outcome: 'not-met', shown: ['smuggling', 'other-form'], hidden: ['purpose', 'age'] },
];
const caveatKey = { purpose: 'check.caveat.purpose', 'other-form': 'check.caveat.otherForm', age: 'check.caveat.age', smuggling: 'check.caveat.smuggling' } as const;
const caveatRests = { purpose: ['art_3__point_a'], 'other-form': ['art_3__point_a', 'art_5__para_1'], age: ['art_3__point_c', 'art_3__point_d'] } as const;

async function expectCaveats(page: Page, locale: Locale, { outcome, shown, hidden }: (typeof caveatCases)[number]) {
  await expectShown(page, locale, outcome);
  const block = page.locator(`[data-outcome="${outcome}"]`);
  for (const caveat of shown as (keyof typeof caveatKey)[]) {
    const paragraph = block.locator(`[data-caveat="${caveat}"]`);
    await expect(paragraph, caveat).toBeVisible();
    await expect(paragraph).toContainText(ui(locale, caveatKey[caveat]));
    if (caveat === 'smuggling') {
      // the comparison on the page, and the definition it rests on, numbered in the page's sources
      await expect(paragraph.locator('a[href="#trafficking-or-smuggling"]')).toHaveText(ui(locale, 'check.next.smugglingLink'));
      const reference = await paragraph.locator('a.cite').getAttribute('href');
      await expect(page.locator(`.references li${reference}`)).toContainText(/Smuggling of Migrants/);
    } else {
      for (const id of caveatRests[caveat]) await expect(paragraph.locator(`a[href$="#${id}"]`)).toHaveCount(1);
    }
  }
  for (const caveat of hidden) await expect(page.locator(`[data-caveat="${caveat}"]:visible`), caveat).toHaveCount(0);
}

for (const locale of browserEditions) {
  test(`${locale}: each caveat where it applies, from an address and ticked without JavaScript`, async ({ page, browser }) => {
    for (const state of caveatCases) {
      await page.goto(path(locale, state.query));
      await expectCaveats(page, locale, state);
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const offline = await context.newPage();
    for (const state of caveatCases) {
      await offline.goto(path(locale));
      await tick(offline, state.query);
      await expectCaveats(offline, locale, state);
    }
    await context.close();
  });
}

/** No button, and no link back to this page with a query: without JavaScript either would bring it back empty. */
async function expectNoEmptyReload(page: Page) {
  await expect(page.locator('#check :is(button, input[type="submit"], input[type="reset"], input[type="image"]):visible')).toHaveCount(0);
  const here = new URL(page.url());
  const links = await page.locator('#check a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  for (const href of links) {
    const target = new URL(href);
    if (target.pathname === here.pathname) expect(target.search, href).toBe('');
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`${locale}: no visible control reloads the check empty`, async ({ page }) => {
      await page.goto(path(locale));
      await expect(page.locator('.check-without-script')).toHaveText(ui(locale, 'check.needsScript'));
      await expectNoEmptyReload(page);
      await page.goto(`/${locale}/check/trafficking/scenario/${scenarios[0].id}/`);
      await expectNoEmptyReload(page);
      const before = await tickedQuery(page);
      await page.locator('#check-form input:checked').first().focus();
      await page.keyboard.press('Enter');
      expect(await tickedQuery(page)).toBe(before);
    });
  }
});

async function openScenarios(browser: Browser, javaScriptEnabled: boolean, locale: Locale) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(path(locale));
  const links = await page.locator('#check-scenarios li > a').evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, title: a.textContent! })));
  expect(links.map((l) => new URL(l.href).pathname)).toEqual(scenarios.map((s) => `/${locale}/check/trafficking/scenario/${s.id}/`));
  for (const [index, scenario] of scenarios.entries()) {
    const { href, title } = links[index]!;
    await page.goto(href);
    await expect(page.locator('#check-scenario-heading')).toContainText(title);
    expect(await tickedQuery(page), scenario.id).toBe(scenario.query);
    expect(checkOutcome(parseCheckQuery(scenario.query).choices)).toBe(scenario.outcome);
    await expectShown(page, locale, scenario.outcome);
    // its one-line summary cites where the pattern is described
    const cite = page.locator('.check-scenario a.cite').first();
    await expect(page.locator(`.references li${await cite.getAttribute('href')}`)).toContainText(/ICMPD|Atina/);
  }
  await context.close();
}

for (const locale of browserEditions) {
  test(`${locale}: every worked scenario opens the check with its boxes ticked and the outcome it should have, with JavaScript`, async ({ browser }) => {
    await openScenarios(browser, true, locale);
  });
  test(`${locale}: every worked scenario opens the check with its boxes ticked and the outcome it should have, without JavaScript`, async ({ browser }) => {
    await openScenarios(browser, false, locale);
  });
}

test('a scenario keeps its own address until a box changes; then the address is the check\'s, with the choices', async ({ page }) => {
  const scenario = scenarios.find((s) => s.outcome === 'not-met')!;
  await page.goto(`/sl/check/trafficking/scenario/${scenario.id}/`);
  await expect(page).toHaveURL(`/sl/check/trafficking/scenario/${scenario.id}/`);
  await tick(page, 'means=deception&purpose=servitude');
  const query = 'act=transportation&means=deception&purpose=servitude&age=adult&consent=yes';
  await expect(page).toHaveURL(path('sl', query));
  await expectShown(page, 'sl', 'met');
  await page.reload();
  expect(await tickedQuery(page)).toBe(query);
});

test('printed, a scenario is still a one-page worksheet naming the scenario', async ({ page }) => {
  await page.goto(`/en/check/trafficking/scenario/${scenarios[0].id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#check-scenario-heading')).toBeVisible();
  await expect(page.locator('.check-scenarios')).toBeHidden();
  await expect(page.locator('[data-outcome="met"] [data-caveat="purpose"]')).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

/** What the refugee page must say, in each language's words. */
const refugee = {
  en: { speaker: 'Grubović', art6: 'in appropriate cases and to the extent possible under its domestic law', gip7: /Guidelines on International Protection No\. 7[^]*, para\. 1[23]\.$/ },
  sl: { speaker: 'Grubović', art6: 'v ustreznih primerih in v obsegu, kot ga dopušča njeno notranje pravo', gip7: /Guidelines on International Protection No\. 7[^]*, odst\. 1[23]\.$/ },
  sr: { speaker: 'Грубовић', art6: 'у одговарајућим случајевима и у мери у којој је то могуће према њеном унутрашњем праву', gip7: /Guidelines on International Protection No\. 7[^]*, пар\. 1[23]\.$/ },
  'sr-latn': { speaker: 'Grubović', art6: cyrillicToLatin('у одговарајућим случајевима и у мери у којој је то могуће према њеном унутрашњем праву'), gip7: /Guidelines on International Protection No\. 7[^]*, par\. 1[23]\.$/ },
} as const;

for (const locale of locales) {
  test(`${locale}: the refugee page cites GIP No. 7 by paragraphs 12 and 13 only, names the 2025 speaker, gives art. 6 its limits, and covers subsidiary protection and CAT art. 3`, async ({ page }) => {
    await page.goto(`/${locale}/check/refugee/`);
    const words = refugee[locale];
    const gip7 = await page.locator('.references li').filter({ hasText: 'Guidelines on International Protection No. 7' }).allInnerTexts();
    expect(gip7.length).toBeGreaterThan(0);
    for (const reference of gip7) expect(reference.trim()).toMatch(words.gip7);
    // every statement resting on the 2025 meeting report names the speaker or the participants, not the Office alone
    for (const text of await page.locator('.check-prose :is(p, li):has(a.cite[data-cite="atina-cop-2025"])').allInnerTexts()) {
      expect(text).toContain(words.speaker);
    }
    // art. 6(1) is cited with its limits
    for (const text of await page.locator('.check-prose p:has(a[href$="#art_6__para_1"])').allInnerTexts()) expect(text).toContain(words.art6);
    const other = page.locator('.check-prose h2#other-protection');
    await expect(other).toHaveText(/^8\. /);
    const section = page.locator('.check-prose h2#other-protection ~ *').filter({ has: page.locator('a.cite[data-cite="cat"]') }).first();
    await expect(section.locator('a[href$="/glossary/subsidiary-protection/"]')).toHaveCount(1);
    await expect(section.locator('a.cite[data-cite="icmpd-mixed-migration-paper"]')).not.toHaveCount(0);
    const cat = await section.locator('a.cite[data-cite="cat"]').first().getAttribute('href');
    await expect(page.locator(`.references li${cat}`)).toContainText('Convention against Torture');
  });
}
