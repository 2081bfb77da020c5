import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { launchOptionsOrExit } from '../browser.ts';
import { kb, serve, table } from './serve.ts';

const pageCount = async (pdf: Uint8Array) => (await getDocumentProxy(pdf)).numPages;

/** Each edition's PDF of the Protocol as the build made it: its pages and size. */
export async function protocolPdfs(dist: string): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const locale of ['en', 'sl', 'sr', 'sr-latn']) {
    const path = join(dist, locale, 'protocol.pdf');
    try {
      rows.push([`/${locale}/protocol.pdf`, await pageCount(new Uint8Array(readFileSync(path))), kb(statSync(path).size)]);
    } catch {
      rows.push([`/${locale}/protocol.pdf`, 'not built (no browser?)', '']);
    }
  }
  return table(['file', 'A4 pages', 'KB'], rows);
}

/** Two provisions in two languages, and four in four (a 2 × 2 grid each), the cases of issue 28. */
export const handoutCases = [
  { name: '2 provisions × 2 languages', query: 'p=art_3__point_a,art_14__para_1&l=en,sr' },
  { name: '4 provisions × 4 languages', query: 'p=art_3__point_a,art_14__para_1,art_6__para_3,art_7__para_1&l=en,sl,sr,sr-latn' },
];

/** How many A4 sheets a set of handouts prints on in Chromium, with and without the explanations (`&x=1`). */
export async function handoutSheets(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    for (const { name, query } of handoutCases) {
      const counts: number[] = [];
      for (const explained of ['', '&x=1']) {
        const page = await browser.newPage();
        await page.goto(`${origin}/en/handout/?${query}${explained}`);
        await page.locator('.handout-provision svg').first().waitFor();
        counts.push(await pageCount(new Uint8Array(await page.pdf({ format: 'A4' }))));
        await page.close();
      }
      rows.push([name, counts[0]!, counts[1]!]);
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['handout (A4)', 'pages', 'pages with explanations'], rows);
}
