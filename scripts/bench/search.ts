import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FEWEST_HOLDING_ALL, indexConcepts, planQuery, readQuery, searchesOf, spelledAs, type ConceptIndex, type Searches } from '../../src/lib/query.ts';
import { queryFor } from '../../src/lib/search.ts';
import { stemmerFor, type Stem } from '../../src/lib/stemming.ts';
import type { Locale } from '../../src/lib/locales.ts';
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
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const percentile95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

const FIRST_QUERY_TRIALS = 7;
/** The editions measured: all four, or those named in BENCH_EDITIONS (comma-separated), to look into one. */
const EDITIONS = process.env.BENCH_EDITIONS?.split(',') ?? ['en', 'sl', 'sr', 'sr-latn'];
const ROUNDS = 3;

/**
 * Opens the search page, which loads the engine as it opens (pagefind.js, its worker and WebAssembly, the filters,
 * the stemmer, the glossary's names and the explanations' questions): `engineBytes` counts those files.
 */
async function openSearch(browser: Browser, origin: string, locale: string) {
  const page = await browser.newPage();
  const pending: Promise<number>[] = [];
  const isEngine = (url: string) => /\/pagefind\/|\/_astro\/(english|serbian|stemming|index)[^/]*\.js|names\.json|questions\.json/.test(url);
  page.on('requestfinished', (r) => pending.push(isEngine(r.url()) ? r.sizes().then((s) => s.responseBodySize, () => 0) : Promise.resolve(0)));
  /** Bytes fetched since the last call: waits for the network to settle, then for every response to be counted. */
  const bytesSinceLast = async () => {
    await page.waitForLoadState('networkidle');
    return (await Promise.all(pending.splice(0))).reduce((a, b) => a + b, 0);
  };
  await page.goto(`${origin}/${locale}/search/`);
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
    // The moment the status line names the query, which the page writes once the results are in the DOM; observed
    // as it happens (a frame-by-frame check would add up to a frame to every time).
    const complete = await new Promise<number>((resolve) => {
      if ((status.textContent ?? '').includes(q)) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!(status.textContent ?? '').includes(q)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    return { shown: (times.shown || complete) - times.start, complete: complete - times.start };
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
    for (const locale of EDITIONS) {
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

/** The engine alone, in a page whose search script has loaded it: `search()` and the first ten `data()`, in ms. */
async function engineTime(page: Page, prepared: string): Promise<number> {
  return page.evaluate(async (q) => {
    const bundle = document.querySelector<HTMLElement>('[data-search]')!.dataset.bundle!;
    const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const started = performance.now();
    const search = await pagefind.search(q);
    await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
    return performance.now() - started;
  }, prepared);
}

/**
 * The engine making the searches the page makes for a query (src/lib/query.ts, searchesOf), with nothing of the
 * page's own: its wordings at once, each word on its own as well should they find fewer than three pages, then ten
 * `data()` from what they found. Against this, the page's time is what the page itself adds.
 */
async function engineSearchesTime(page: Page, searches: Searches): Promise<number> {
  return page.evaluate(async ({ together, eachWord, fewest }) => {
    type Found = { results: { id: string; data: () => Promise<unknown> }[] } | null;
    const bundle = document.querySelector<HTMLElement>('[data-search]')!.dataset.bundle!;
    const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const started = performance.now();
    const searchAll = (queries: string[]): Promise<Found[]> => Promise.all(queries.map((q) => pagefind.search(q)));
    let lists = await searchAll(together);
    const holdingAll = new Set(lists.flatMap((list) => list?.results.map((r) => r.id) ?? []));
    if (holdingAll.size < fewest && eachWord.length > 1) lists = [...lists, ...(await searchAll(eachWord.flat()))];
    // Ten different pages, the lists taking turns, as many as the page shows.
    const pages = new Map<string, { data: () => Promise<unknown> }>();
    for (let i = 0; pages.size < 10 && lists.some((list) => list?.results[i]); i++) {
      for (const list of lists) if (list?.results[i] && pages.size < 10) pages.set(list.results[i]!.id, list.results[i]!);
    }
    await Promise.all([...pages.values()].map((r) => r.data()));
    return performance.now() - started;
  }, { ...searches, fewest: FEWEST_HOLDING_ALL });
}

/** A fresh search page, its engine loaded as the page does on opening, nothing searched yet. */
async function freshSearchPage(browser: Browser, origin: string, locale: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/${locale}/search/`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(watchResults);
  return page;
}

/** A reader's query as the engine is given it: the page's planned words alone, and the page's searches. */
export interface EngineQuery { words: string; searches: Searches }

/**
 * How the page plans a reader's query, with the built site's glossary names: the planned words as the engine is
 * given them, and the searches the page makes of them (the same functions the page uses).
 */
export function engineQueries(dist: string): (locale: string, query: string) => Promise<EngineQuery> {
  const editions = new Map<string, Promise<{ stem: Stem; concepts: ConceptIndex }>>();
  const edition = (locale: Locale) => {
    if (!editions.has(locale)) {
      editions.set(locale, stemmerFor(locale).then((stem) => ({ stem, concepts: indexConcepts(locale, stem, JSON.parse(readFileSync(join(dist, locale, 'glossary/names.json'), 'utf8'))) })));
    }
    return editions.get(locale)!;
  };
  return async (name, query) => {
    const locale = name as Locale;
    const { stem, concepts } = await edition(locale);
    const plan = planQuery(locale, query);
    const { together, eachWord } = searchesOf(readQuery(locale, stem, plan.words.map((word) => spelledAs(locale, stem, word, concepts)), concepts));
    const prepared = (text: string) => queryFor(locale, text);
    return { words: prepared(plan.words.join(' ')), searches: { together: together.map(prepared), eachWord: eachWord.map((words) => words.map(prepared)) } };
  };
}

/**
 * What the search page adds to the engine: for each query, the page's time from submitting to the status line
 * that follows the rendered results, divided by the engine's own time for the same query (`search()` and the first
 * ten `data()`), each measured on its own fresh page in the same run, so neither warms the other. First queries on
 * fresh pages (every query of the edition), later ones on one set of pages; each three times, its median kept.
 * Two engine times: for the reader's words alone, and for the searches the page makes of them (its wordings,
 * word by word when nothing holds them all), so the second ratio is the page's own overhead. Goal: at most 1.25.
 */
export async function searchOverhead(dist: string, queriesOf: (locale: string) => string[], prepare: (locale: string, query: string) => Promise<EngineQuery>): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  // Both the median of the per-query ratios and the ratio of the summed times: at 10–20 ms a query, one slow frame
  // moves a single ratio a lot, and the sums say what a reader waits in all.
  const ratios = (page: number[], engine: number[]) =>
    `${median(page.map((ms, i) => ms / Math.max(engine[i]!, 1))).toFixed(2)} / ${(sum(page) / Math.max(sum(engine), 1)).toFixed(2)}`;
  type Runs = { page: number[]; words: number[]; searches: number[] };
  const fresh = () => ({ page: [], words: [], searches: [] }) as Runs;
  try {
    for (const locale of EDITIONS) {
      const queries = queriesOf(locale);
      const prepared = await Promise.all(queries.map((query) => prepare(locale, query)));
      const firstRuns = queries.map(fresh);
      const laterRuns = queries.slice(1).map(fresh);
      const measure = async (run: Runs, [reader, words, searches]: Page[], i: number) => {
        run.words.push(await engineTime(words!, prepared[i]!.words));
        run.searches.push(await engineSearchesTime(searches!, prepared[i]!.searches));
        run.page.push((await submitAndTime(reader!, queries[i]!)).complete);
      };
      const threePages = () => Promise.all([0, 1, 2].map(() => freshSearchPage(browser, origin, locale)));
      for (let round = 0; round < ROUNDS; round++) {
        for (const i of queries.keys()) {
          const pages = await threePages();
          await measure(firstRuns[i]!, pages, i);
          await Promise.all(pages.map((p) => p.close()));
        }
        const pages = await threePages();
        await measure(fresh(), pages, 0);
        for (const i of queries.keys()) if (i > 0) await measure(laterRuns[i - 1]!, pages, i);
        await Promise.all(pages.map((p) => p.close()));
      }
      // Each query's time is its median over the rounds: at these times one slow frame would move a single run a lot.
      const medians = (runs: Runs[]) => ({ page: runs.map((r) => median(r.page)), words: runs.map((r) => median(r.words)), searches: runs.map((r) => median(r.searches)) });
      const [first, later] = [medians(firstRuns), medians(laterRuns)];
      if (process.env.BENCH_VERBOSE) queries.forEach((q, i) => console.log(locale, q, first.page[i], first.words[i], first.searches[i], later.page[i - 1], later.words[i - 1], later.searches[i - 1]));
      rows.push([
        locale,
        Math.round(median(first.page)), ratios(first.page, first.words), ratios(first.page, first.searches),
        Math.round(median(later.page)), ratios(later.page, later.words), ratios(later.page, later.searches), queries.length,
      ]);
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['edition', 'first: page ms', 'first: page / engine, reader\'s words (median / sums)', 'first: page / engine, the page\'s searches', 'later: page ms', 'later: page / engine, reader\'s words', 'later: page / engine, the page\'s searches', 'queries'], rows);
}

/**
 * Where the search page spends a later query's time, from the marks it sets (src/scripts/search.ts, `phase`): the
 * searches it makes (the reader's words, the treaty's wordings, word by word when nothing holds them all), the text of
 * the first results, the cards' lookups (a definition, an answering explanation, the provision that defines a term),
 * and drawing the list; medians in ms over the edition's queries after the first, each query once on one page.
 */
export async function searchPhases(dist: string, queriesOf: (locale: string) => string[]): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const phases = ['start', 'searched', 'loaded', 'cards', 'shown'] as const;
  const rows: (string | number)[][] = [];
  try {
    for (const locale of EDITIONS) {
      const page = await freshSearchPage(browser, origin, locale);
      const spans: number[][] = phases.slice(1).map(() => []);
      for (const [i, query] of queriesOf(locale).entries()) {
        await page.evaluate(() => performance.clearMarks());
        await submitAndTime(page, query);
        const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('search:')).map((m) => [m.name.slice(7), m.startTime])));
        if (i === 0 || phases.some((name) => marks[name] === undefined)) continue;
        phases.slice(1).forEach((name, p) => spans[p]!.push(marks[name]! - marks[phases[p]!]!));
      }
      await page.close();
      rows.push([locale, ...spans.map((s) => median(s).toFixed(1)), spans[0]!.length]);
    }
  } finally {
    await browser.close();
    close();
  }
  return table(['edition', 'searches ms', 'first results\' text ms', 'cards\' lookups ms', 'drawing the list ms', 'queries'], rows);
}
