/**
 * One interface (issue 29): the header holds still from one page type to the next, nothing in it is cut off, the
 * keyboard hint shows only where there is a keyboard, the home page starts with the search box, and the provision
 * tools are named and work by keyboard and by touch.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { navigation } from '../../src/data/navigation.ts';
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

test.describe('one header', () => {
  for (const width of [1280, 360]) {
    for (const locale of locales) {
      test(`${locale} at ${width} px: the same height and search box on every page type, and every label whole`, async ({ browser }) => {
        const context = await browser.newContext(width === 360 ? phone : { viewport: { width, height: 800 } });
        const page = await context.newPage();
        const seen: { type: string; height: number; search: { x: number; y: number; width: number } }[] = [];
        for (const [type, path] of Object.entries(pageTypes(locale))) {
          await page.goto(path);
          const { height, search, cut } = await measureHeader(page);
          expect(cut, `${path}: cut off`).toEqual([]);
          seen.push({ type, height, search });
        }
        const [first] = seen;
        for (const { type, height, search } of seen) {
          expect(Math.abs(height - first!.height), `${type}: ${height} px against the ${first!.type}'s ${first!.height} px`).toBeLessThanOrEqual(2);
          for (const side of ['x', 'y', 'width'] as const) expect(Math.abs(search[side] - first!.search[side]), `${type}: search box ${side}`).toBeLessThanOrEqual(2);
        }
        await context.close();
      });
    }
  }

  test('the sections reach the Protocol, explanations, glossary, guidance, handouts and the case check, and mark where the reader is', async ({ page }) => {
    await page.goto('/sr/protocol/art-3/explained/');
    const sections = page.getByRole('navigation', { name: 'Главна навигација' });
    await expect(sections.getByRole('link')).toHaveCount(navigation.length);
    for (const [name, href] of [['Протокол', '/sr/protocol/'], ['Објашњења', '/sr/protocol/explained/'], ['Појмовник', '/sr/glossary/'], ['Смернице УНХЦР-а', '/sr/guidelines/'],
      ['Практичне белешке', '/sr/notes/'], ['Материјал за обуку', '/sr/handout/'], ['Проверите случај', '/sr/check/trafficking/']]) {
      await expect(sections.getByRole('link', { name: name!, exact: true })).toHaveAttribute('href', href!);
    }
    await expect(sections.locator('[aria-current]')).toHaveText('Објашњења');
    await page.goto('/sr/check/refugee/');
    await expect(sections.locator('[aria-current]')).toHaveText('Проверите случај');
  });
});

test.describe('the keyboard hint', () => {
  test('is not on a touch-only phone, in any edition, nor in the placeholder', async ({ browser }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), 'the phone has no fine pointer').toBe(false);
    for (const locale of locales) {
      for (const path of [`/${locale}/`, `/${locale}/protocol/art-3/`]) {
        await page.goto(path);
        await expect(page.locator('.search-key')).toBeHidden();
        expect(await page.locator('#site-search').getAttribute('placeholder')).not.toContain('/');
      }
    }
    await context.close();
  });

  test('shows with a keyboard and mouse, says "/", and goes while the box is in use', async ({ page }) => {
    await page.goto('/sl/glossary/');
    const hint = page.locator('.search-key');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText('tipka /');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await expect(hint).toBeHidden();
  });
});

test.describe('the home page starts with the reader\'s question', () => {
  for (const locale of locales) {
    test(`${locale}: the search box is the first control, on the first screen of a 360×640 phone, then the three ways in and what is new`, async ({ browser }) => {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      await page.goto(`/${locale}/`);
      const search = page.locator('#home-search');
      await expect(search).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.querySelector('main')!.querySelector('a[href], input, button, select, textarea')!.id)).toBe('home-search');
      await expect(page.locator('.home-search button[type="submit"]')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.home-way h2')).toHaveCount(3);
      await expect(page.locator('.home-way').last().locator('a').first()).toHaveAttribute('href', `/${locale}/check/trafficking/`);
      const news = page.locator('.home-new');
      expect(await news.locator('li a').count()).toBeGreaterThan(0);
      await expect(news.locator(`a[href="/${locale}/changes/"]`)).toHaveCount(1);
      await search.fill('child');
      await search.press('Enter');
      await expect(page).toHaveURL(`/${locale}/search/?q=child`);
      await context.close();
    });
  }

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
