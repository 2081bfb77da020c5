/**
 * One interface (issue 29), what only a browser shows: the header holds still from one page type to the next and
 * nothing in it is cut off, the keyboard hint shows only where there is a keyboard, the home page's search box is on a
 * phone's first screen, and the provision tools work by keyboard and by touch. What the built pages show by their
 * markup alone (one header, its sections, the home page's order, the tools' names) is in tests/site/interface.test.ts.
 * Each test loads as few pages as it can.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { locales, pageTypes } from './pages.ts';

const phone = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

/** The header's height, where its search box is, and every label or placeholder in it that does not fit its box. */
function measureHeader(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('body > .site-header')!;
    const box = header.getBoundingClientRect();
    const cut: string[] = [];
    if (header.scrollWidth > header.clientWidth) cut.push('the header scrolls sideways');
    for (const label of header.querySelectorAll<HTMLElement>('a:not(.skip-link), summary')) {
      if (!label.checkVisibility()) continue;
      const { left, right } = label.getBoundingClientRect();
      if (label.scrollWidth > label.clientWidth || left < box.left || right > box.right) cut.push(label.textContent!.trim());
    }
    // A placeholder never overflows its box's scrollWidth: measure its words against the room inside the box, which
    // the keyboard hint, where shown, takes its share of.
    const input = header.querySelector<HTMLInputElement>('#site-search')!;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (context.measureText(input.placeholder).width > room) cut.push(input.placeholder);
    const hint = header.querySelector<HTMLElement>('.search-key');
    if (hint?.checkVisibility() && hint.getBoundingClientRect().width > parseFloat(style.paddingRight)) cut.push(hint.textContent!.trim());
    const search = input.getBoundingClientRect();
    return { height: box.height, search: { x: search.x, y: search.y, width: search.width }, cut };
  });
}

/**
 * The header's markup is the same on every page of an edition (tests/site/interface.test.ts); what only a browser
 * shows is whether each page's styles leave it alone. Each page is loaded once, measured at 1280 px, then narrowed to
 * 360 px and measured again: the header at 360 px is the same whether or not the screen is a touch screen (the keyboard
 * hint, the one part that tells them apart, is hidden below 30rem either way, and takes no height).
 */
test.describe('one header', () => {
  for (const locale of locales) {
    test(`${locale}: the same height and search box on every page type at 1280 and at 360 px, and every label whole`, async ({ page }) => {
      const seen: Record<number, { type: string; height: number; search: { x: number; y: number; width: number } }[]> = { 1280: [], 360: [] };
      for (const [type, path] of Object.entries(pageTypes(locale))) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(path);
        for (const width of [1280, 360]) {
          if (width === 360) await page.setViewportSize({ width, height: 640 });
          const { height, search, cut } = await measureHeader(page);
          expect(cut, `${path} at ${width} px: cut off`).toEqual([]);
          seen[width]!.push({ type, height, search });
        }
      }
      for (const [width, pages] of Object.entries(seen)) {
        const [first] = pages;
        for (const { type, height, search } of pages) {
          expect(Math.abs(height - first!.height), `${width} px, ${type}: ${height} px against the ${first!.type}'s ${first!.height} px`).toBeLessThanOrEqual(2);
          for (const side of ['x', 'y', 'width'] as const) expect(Math.abs(search[side] - first!.search[side]), `${width} px, ${type}: search box ${side}`).toBeLessThanOrEqual(2);
        }
      }
      // On a phone the sections and languages open from the Menu button, every one whole.
      await page.locator('.site-menu > summary').click();
      await expect(page.locator('.site-nav a').first()).toBeVisible();
      const { cut } = await measureHeader(page);
      expect(cut, 'the open menu: cut off').toEqual([]);
    });
  }
});

test('the keyboard hint shows with a mouse and keyboard, says "/", and goes while the box is in use; a touch screen, however wide, has none', async ({ page, browser }) => {
  await page.goto('/sl/glossary/');
  const hint = page.locator('.search-key');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('tipka /');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect(hint).toBeHidden();
  const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  const touch = await tablet.newPage();
  await touch.goto('/sl/glossary/');
  expect(await touch.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), 'the tablet has no fine pointer').toBe(false);
  await expect(touch.locator('#site-search')).toBeVisible();
  await expect(touch.locator('.search-key')).toBeHidden();
  await tablet.close();
});

test.describe('the home page starts with the reader\'s question', () => {
  test('on a 360×640 phone the search box and its button are on the first screen in every edition, with no keyboard hint', async ({ browser }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(`/${locale}/`);
      await expect(page.locator('#home-search'), locale).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.home-search button[type="submit"]'), locale).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.search-key'), locale).toBeHidden();
    }
    await context.close();
  });

  test('on a wide screen what is new stands beside the search box, and the three ways in share a row', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/');
    const search = (await page.locator('#home-search').boundingBox())!;
    const news = (await page.locator('.home-new').boundingBox())!;
    expect(news.x).toBeGreaterThan(search.x + search.width);
    expect(news.y).toBeLessThan(search.y + search.height);
    const ways = await page.locator('.home-way').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(new Set(ways).size).toBe(1);
    await expect(page.locator('.home-way').last()).toBeInViewport();
  });
});

/** A context that may read and write the clipboard. */
const withClipboard = (browser: Browser, options = {}) => browser.newContext({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('the provision tools', () => {
  test('one named button per provision, with a tooltip on hover and on focus; its menu names every action and works by keyboard', async ({ browser }) => {
    const context = await withClipboard(browser);
    const page = await context.newPage();
    await page.goto('/en/protocol/art-3/');
    expect(await page.locator('.tools-toggle').count()).toBe(await page.locator('a.provision-num').count());
    const toggle = page.getByRole('button', { name: 'Link and cite: art. 3(a)' });
    const tooltip = () => toggle.evaluate((el) => getComputedStyle(el, '::after').content);
    await page.locator('#art_3__point_a > a.provision-num').focus();
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    expect(await tooltip()).toBe('"Link and cite"');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('group', { name: 'Link and cite: art. 3(a)' });
    await expect(menu).toBeVisible();
    for (const [role, label] of [['button', 'Copy link'], ['button', 'Copy short link'], ['button', 'Copy citation'], ['link', 'Add to handout'], ['link', 'Report a problem with this provision']] as const) {
      const control = menu.getByRole(role, { name: `${label}: art. 3(a)`, exact: true });
      await expect(control).toBeVisible();
      await expect(control).toHaveText(label); // the name starts with the words on the screen
    }
    // Buttons and links alike, the actions' words start on one line down the menu.
    const starts = await menu.locator('li > button, li > a').evaluateAll((controls) => controls.filter((c) => c.checkVisibility()).map((c) => {
      const words = document.createRange();
      words.selectNodeContents(c);
      return Math.round(words.getBoundingClientRect().left);
    }));
    expect(new Set(starts).size, `where the words start: ${starts}`).toBe(1);
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'Copy link: art. 3(a)' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // copy short link
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/localhost:\d+\/art\/3\/a\/$/);
    await expect(menu).toBeHidden();
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Link and cite: art. 3(b)' }).hover();
    expect(await page.getByRole('button', { name: 'Link and cite: art. 3(b)' }).evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Link and cite"');
    await context.close();
  });

  test('on a touch phone one button per provision opens them as a sheet at the foot of the screen, each a full-width target', async ({ browser }) => {
    const context = await withClipboard(browser, phone);
    const page = await context.newPage();
    await page.goto('/sr/protocol/art-3/');
    await expect(page.locator('.tools-menu:popover-open')).toHaveCount(0);
    const toggle = page.getByRole('button', { name: 'Веза и навод: члан 3. тачка (а)' });
    expect(await toggle.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await toggle.tap();
    const menu = page.getByRole('group', { name: 'Веза и навод: члан 3. тачка (а)' });
    await expect(menu).toBeInViewport({ ratio: 1 });
    const sheet = (await menu.boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(640, 0);
    expect(sheet.width).toBe(360);
    for (const control of await menu.locator('button, a').all()) expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await menu.getByRole('button', { name: 'Копирај навод: члан 3. тачка (а)' }).tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Протокол за превенцију, сузбијање и кажњавање трговине људским бићима, члан 3. тачка (а)');
    await expect(page.locator('#announcer')).toHaveText('Навод за члан 3. тачка (а) је копиран');
    await expect(menu).toBeHidden();
    await toggle.tap();
    await menu.getByRole('button', { name: 'Затвори' }).tap();
    await expect(menu).toBeHidden();
    await context.close();
  });
});
