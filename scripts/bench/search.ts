import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptionsOrExit } from '../browser.ts';
import { kb, serve, table } from './serve.ts';

const queries: Record<string, string[]> = {
  en: ['appropriate housing', 'non-refoulement', 'consent of a victim'],
  sl: ['izkoriscanje prostitucije', 'ustrezna namestitev', 'soglasje'],
  sr: ['трговина људским бићима', 'odgovarajuci smestaj', 'пристанак'],
  'sr-latn': ['zloupotreba ovlašćenja', 'смештај', 'pristanak zrtve'],
};

const sizeOf = (dir: string): number => readdirSync(dir).reduce((sum, f) => {
  const path = join(dir, f);
  return sum + (statSync(path).isDirectory() ? sizeOf(path) : f.includes('-ui') ? 0 : statSync(path).size);
}, 0);

export function indexSizes(dist: string): string {
  const rows = readdirSync(join(dist, 'pagefind')).map((edition) => [edition, kb(sizeOf(join(dist, 'pagefind', edition)))]);
  return table(['search edition', 'index on disk KB (without UI files)'], rows);
}

/** For each query: bytes the browser fetched for it and the time from typing to the first result shown. */
export async function searchTimings(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    for (const [locale, list] of Object.entries(queries)) {
      const page = await browser.newPage();
      let bytes = 0;
      let gzipped = 0;
      page.on('response', async (r) => {
        if (!r.url().includes('/pagefind/')) return;
        const body = await r.body().catch(() => Buffer.alloc(0));
        bytes += body.length;
        gzipped += gzipSync(body).length; // what a compressing server sends (Pagefind's own index files are already compressed)
      });
      await page.goto(`${origin}/${locale}/search/`);
      // Focusing the box loads the engine (pagefind.js, its worker and WebAssembly) once; queries then fetch index chunks.
      await page.focus('#search-input');
      await page.waitForTimeout(300);
      await page.waitForLoadState('networkidle');
      rows.push([locale, '(focus: engine loads, once)', 'open', '', kb(bytes), kb(gzipped), '']);
      for (const [i, query] of list.entries()) {
        bytes = 0;
        gzipped = 0;
        const ms = await page.evaluate(async (q) => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          const list = document.querySelector('#search-results')!;
          list.replaceChildren();
          const start = performance.now();
          input.value = q;
          input.form!.requestSubmit();
          await new Promise<void>((resolve) => {
            const check = () => (list.children.length || /\S/.test(document.querySelector('#search-status')!.textContent ?? '') && !/…/.test(document.querySelector('#search-status')!.textContent ?? '') ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - start;
        }, query);
        await page.waitForLoadState('networkidle');
        const found = await page.locator('#search-results > li').count();
        rows.push([locale, query, i === 0 ? 'first query' : 'later', found, kb(bytes), kb(gzipped), Math.round(ms)]);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['locale', 'query', 'when', 'first shown', 'fetched KB', 'gzip KB', 'ms to first result'], rows);
}
