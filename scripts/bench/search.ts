import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptionsOrExit } from '../browser.ts';
import { listedQueries } from './term-recall.ts';
import { kb, serve, table } from './serve.ts';

const sizeOf = (dir: string): number => readdirSync(dir).reduce((sum, f) => {
  const path = join(dir, f);
  return sum + (statSync(path).isDirectory() ? sizeOf(path) : f.includes('-ui') ? 0 : statSync(path).size);
}, 0);

export function indexSizes(dist: string): string {
  const rows = readdirSync(join(dist, 'pagefind')).map((edition) => [edition, kb(sizeOf(join(dist, 'pagefind', edition)))]);
  return table(['search edition', 'index on disk KB (without UI files)'], rows);
}

/** A sample of what readers type: a few phrases, then every seventh glossary form of the edition. */
function sampleQueries(locale: string): string[] {
  const typed: Record<string, string[]> = {
    en: ['appropriate housing', 'non-refoulement', 'consent of a victim'],
    sl: ['izkoriscanje prostitucije', 'ustrezna namestitev', 'soglasje'],
    sr: ['трговина људским бићима', 'odgovarajuci smestaj', 'пристанак'],
    'sr-latn': ['zloupotreba ovlašćenja', 'смештај', 'pristanak zrtve'],
  };
  const forms = listedQueries().filter((q) => q.locale === locale).filter((_, i) => i % 7 === 0).map((q) => q.text);
  return [...typed[locale]!, ...forms];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const percentile95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

const FIRST_QUERY_TRIALS = 5;

/** Opens the search page and loads the engine (pagefind.js, its worker and WebAssembly, the filters, the stemmer). */
async function openSearch(browser: Browser, origin: string, locale: string) {
  const page = await browser.newPage();
  const pending: Promise<number>[] = [];
  page.on('requestfinished', (r) => pending.push(r.sizes().then((s) => s.responseBodySize, () => 0)));
  /** Bytes fetched since the last call: waits for the network to settle, then for every response to be counted. */
  const bytesSinceLast = async () => {
    await page.waitForLoadState('networkidle');
    return (await Promise.all(pending.splice(0))).reduce((a, b) => a + b, 0);
  };
  await page.goto(`${origin}/${locale}/search/`);
  await bytesSinceLast();
  await page.focus('#search-input');
  await page.waitForTimeout(300);
  return { page, engineBytes: await bytesSinceLast(), bytesSinceLast };
}

/** Watches the results list: the time from the reader's Enter (or a submit) to the first result on screen. */
function watchResults(): void {
  const list = document.querySelector('#search-results')!;
  const times = { start: 0, shown: 0 };
  (window as unknown as { searchTimes: typeof times }).searchTimes = times;
  document.querySelector('#search-input')!.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') [times.start, times.shown] = [performance.now(), 0]; });
  new MutationObserver(() => { if (times.start && !times.shown && list.querySelector('li')) times.shown = performance.now(); }).observe(list, { childList: true });
}

async function submitAndTime(page: Page, query: string): Promise<{ shown: number; complete: number }> {
  return page.evaluate(async (q) => {
    const times = (window as unknown as { searchTimes: { start: number; shown: number } }).searchTimes;
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    const status = document.querySelector('#search-status')!;
    input.value = q;
    [times.start, times.shown] = [performance.now(), 0];
    input.form!.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => ((status.textContent ?? '').includes(q) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return { shown: (times.shown || performance.now()) - times.start, complete: performance.now() - times.start };
  }, query);
}

/**
 * Per edition, one page at a time: what loading the engine costs, then for each query the time from submitting it
 * to the first result on screen (and to the first ten), measured inside the page, and the bytes it fetched. The first
 * query after the engine loaded is measured on fresh pages, five queries each two ways: submitted at once (nothing
 * fetched ahead), and typed at 8 keys a second, as a reader would, while the page preloads what the words so far
 * need, then Enter.
 */
export async function searchTimings(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  try {
    for (const locale of ['en', 'sl', 'sr', 'sr-latn']) {
      const queries = sampleQueries(locale);
      const submittedFirst: number[] = [];
      const typedFirst: number[] = [];
      for (const query of queries.slice(0, FIRST_QUERY_TRIALS)) {
        const cold = await openSearch(browser, origin, locale);
        await cold.page.evaluate(watchResults);
        submittedFirst.push((await submitAndTime(cold.page, query)).shown);
        await cold.page.close();
        const typed = await openSearch(browser, origin, locale);
        await typed.page.evaluate(watchResults);
        await typed.page.keyboard.type(query, { delay: 125 });
        await typed.page.keyboard.press('Enter');
        await typed.page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), query);
        typedFirst.push(await typed.page.evaluate(() => { const t = (window as unknown as { searchTimes: { start: number; shown: number } }).searchTimes; return t.shown - t.start; }));
        await typed.page.close();
      }
      const { page, engineBytes, bytesSinceLast } = await openSearch(browser, origin, locale);
      await page.evaluate(watchResults);
      const first: number[] = [];
      const complete: number[] = [];
      const fetched: number[] = [];
      for (const query of queries) {
        const ms = await submitAndTime(page, query);
        first.push(ms.shown);
        complete.push(ms.complete);
        fetched.push(await bytesSinceLast());
      }
      const later = first.slice(1);
      const heaviest = fetched.indexOf(Math.max(...fetched.slice(1)), 1);
      rows.push([locale, kb(engineBytes), Math.round(median(submittedFirst)), Math.round(median(typedFirst)), kb(fetched[0]!), Math.round(median(later)), Math.round(percentile95(later)), Math.round(median(complete.slice(1))), later.length, kb(median(fetched.slice(1))), kb(percentile95(fetched.slice(1))), `${kb(fetched[heaviest]!)} ("${queries[heaviest]}")`]);
      await page.close();
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['edition', 'engine KB', `first query ms (submitted; median of ${FIRST_QUERY_TRIALS})`, `first query ms (typed; median of ${FIRST_QUERY_TRIALS})`, 'first query KB', 'later: median ms', 'later: 95th pct ms', 'later: median ms to ten', 'later queries', 'later: median KB', 'later: 95th pct KB', 'later: max KB'], rows);
}
