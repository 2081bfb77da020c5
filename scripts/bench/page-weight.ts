import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptionsOrExit } from '../browser.ts';
import { kb, serve, table } from './serve.ts';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** What a first visit downloads for one page, read from the built files: HTML, CSS and the JS that runs on load. */
function weigh(dist: string, path: string) {
  const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const external = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('');
  const inline = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).join('');
  const css = external(/<link rel="stylesheet" href="([^"]+)"/g) + inline(/<style[^>]*>([\s\S]*?)<\/style>/g);
  const js = external(/<script type="module" src="([^"]+)"/g) + inline(/<script(?: type="module")?>([\s\S]*?)<\/script>/g);
  return { html, css, js };
}

export function pageWeights(dist: string): string {
  const pages: [string, string][] = [
    ['home', 'en/'], ['Protocol index', 'en/protocol/'], ['article (art. 6)', 'en/protocol/art-6/'], ['article, Serbian Latin', 'sr-latn/protocol/art-6/'],
    ['parallel view', 'en/protocol/art-6/parallel/'], ['glossary index', 'en/glossary/'], ['term', 'en/glossary/trafficking-in-persons/'],
    ['guideline (GIP 7)', 'en/guidelines/gip-7/'], ['note', 'en/notes/two-tracks/'], ['search page', 'en/search/'],
  ];
  const rows = pages.map(([name, path]) => {
    const { html, css, js } = weigh(dist, path);
    const total = html + css + js;
    return [name, kb(Buffer.byteLength(html)), kb(gzip(html)), kb(gzip(css)), kb(gzip(js)), kb(Buffer.byteLength(total)), kb(gzip(html) + gzip(css) + gzip(js))];
  });
  return table(['page', 'HTML KB', 'HTML gz', 'CSS gz', 'JS gz', 'total KB', 'total gz KB'], rows);
}

/** Starlight's first load of the same article, all resources, gzip (measured for issue 18). */
export const STARLIGHT_ARTICLE_KIB = 48.3;

/**
 * Every article page's first load in a browser, all resources each compressed on its own (gzip -9), against
 * Starlight's for the same article: the budget is a quarter of it. Per edition: the lightest, the median and the
 * heaviest article.
 */
export async function articleFirstLoads(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    for (const locale of ['en', 'sl', 'sr', 'sr-latn']) {
      const loads: { article: number; bytes: number }[] = [];
      for (let article = 1; article <= 20; article++) {
        const page = await browser.newPage();
        const sizes: Promise<number>[] = [];
        page.on('response', (response) => sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0)));
        await page.goto(`${origin}/${locale}/protocol/art-${article}/`, { waitUntil: 'networkidle' });
        loads.push({ article, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) });
        await page.close();
      }
      loads.sort((a, b) => a.bytes - b.bytes);
      const ratio = (bytes: number) => (bytes / (STARLIGHT_ARTICLE_KIB * 1024)).toFixed(3);
      const [lightest, median, heaviest] = [loads[0]!, loads[10]!, loads[19]!];
      rows.push([locale, `${kb(lightest.bytes)} (art. ${lightest.article})`, kb(median.bytes), `${kb(heaviest.bytes)} (art. ${heaviest.article})`, ratio(heaviest.bytes)]);
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['edition', 'lightest KB', 'median KB', 'heaviest KB', `heaviest / Starlight's ${STARLIGHT_ARTICLE_KIB} KiB (budget 0.25)`], rows);
}
