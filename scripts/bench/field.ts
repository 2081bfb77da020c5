import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { firstTreatyLineBottom } from '../../tests/e2e/first-screen.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;

/** Each saved edition: its size as the build counted it, and the time to save it from the local server in Chromium. */
export async function offlineEditions(dist: string): Promise<string> {
  const info = JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as { editions: Record<string, { files: number; bytes: number }> };
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    for (const [edition, { files, bytes }] of Object.entries(info.editions)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${edition}/offline/`);
      const started = performance.now();
      await page.locator('#offline-save').click();
      await page.locator('#offline-remove:enabled').waitFor({ timeout: 300_000 });
      rows.push([edition, files, (bytes / 1e6).toFixed(2), Math.round(performance.now() - started)]);
      await context.close();
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['edition', 'files', 'MB', 'ms to save (local server)'], rows);
}

/** At 360×640: the header's height and where the first line of treaty words ends, on every article page. */
export async function phoneFirstScreen(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    for (const locale of locales) {
      const headers: number[] = [];
      const firstLines: number[] = [];
      for (let article = 1; article <= 20; article++) {
        await page.goto(`${origin}/${locale}/protocol/art-${article}/`);
        headers.push((await page.locator('body > .site-header').boundingBox())!.height);
        firstLines.push(await page.locator('article.treaty').evaluate(firstTreatyLineBottom));
      }
      const span = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
      rows.push([locale, span(headers), span(firstLines)]);
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['locale', 'header px', 'first treaty line ends at px (of 640)'], rows);
}
