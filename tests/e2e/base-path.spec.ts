import { expect, test } from '@playwright/test';
import { BASE_PATH_PORT } from '../../playwright.config.ts';

const origin = `http://localhost:${BASE_PATH_PORT}`;

test('under /nexus/ every link, stylesheet and script stays under the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(response.url()); });
  await page.goto(`${origin}/nexus/en/protocol/art-3/`);
  await expect(page.locator('#art_3__point_a')).toContainText('Trafficking in persons');
  const hrefs = await page.locator('a[href^="/"], link[href^="/"], script[src^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toMatch(/^\/nexus\//);
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px'); // the stylesheet loaded
  await page.getByRole('link', { name: 'Slovenščina' }).click();
  await expect(page).toHaveURL(`${origin}/nexus/sl/protocol/art-3/`);
  await page.goto(`${origin}/nexus/art/3/`);
  await expect(page).toHaveURL(`${origin}/nexus/en/protocol/art-3/`);
  expect(failed).toEqual([]);
});
