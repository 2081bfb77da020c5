/**
 * Does every form of every glossary term find that term first? Each query runs through the real search page in
 * Chromium: the term as preferred, its other terms, its listed forms, each without diacritics, and Serbian in the
 * other script. Prints the share found first and among the first three, per locale and kind, and what each query
 * cost: time from typing to the first result shown, and bytes fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chromium, type Page } from '@playwright/test';
import { expandBraces, type TermEntry } from '../../src/lib/glossary.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { kb, serve, table } from './serve.ts';

type Kind = 'term' | 'other term' | 'listed form' | 'no diacritics' | 'other script';
interface Query { locale: string; kind: Kind; text: string; concept: string }

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function queries(): Query[] {
  const list: Query[] = [];
  for (const file of readdirSync('content/glossary').filter((f) => f.endsWith('.yaml'))) {
    const concept = file.replace('.yaml', '');
    const data = parse(readFileSync(`content/glossary/${file}`, 'utf8')) as Record<'en' | 'sl' | 'sr', TermEntry>;
    for (const language of ['en', 'sl', 'sr'] as const) {
      const entry = data[language];
      const own: [Kind, string][] = [['term', entry.term], ...(entry.otherTerms ?? []).map((o): [Kind, string] => ['other term', o.term]), ...(entry.forms ?? []).flatMap(expandBraces).map((f): [Kind, string] => ['listed form', f])];
      const seen = new Set<string>();
      const add = (locale: string, kind: Kind, text: string) => { const key = `${locale}|${text.toLowerCase()}`; if (!seen.has(key)) { seen.add(key); list.push({ locale, kind, text, concept }); } };
      for (const [kind, text] of own) {
        const locale = language;
        add(locale, kind, text);
        if (fold(text) !== text) add(locale, 'no diacritics', fold(text));
        if (language === 'sr') { add('sr-latn', kind, cyrillicToLatin(text)); add('sr', 'other script', cyrillicToLatin(text)); add('sr-latn', 'other script', text); }
      }
    }
  }
  return list;
}

async function runQuery(page: Page, text: string): Promise<{ hrefs: string[]; definition: string | null; ms: number }> {
  // Set without an input event, then submit: one search per query, at once, without the typing pause.
  await page.locator('#search-input').evaluate((input, value) => { (input as HTMLInputElement).value = value; }, text);
  const started = await page.evaluate(() => performance.now());
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q) || false, text.trim(), { timeout: 20_000 }).catch(() => undefined);
  const shown = await page.evaluate(() => performance.now());
  const hrefs = await page.locator('#search-results > li a.result-title').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  const definition = await page.locator('#search-results > li.result-definition a.result-title').first().getAttribute('href', { timeout: 50 }).catch(() => null);
  return { hrefs, definition, ms: shown - started };
}

export async function termRecall(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const all = queries();
  const rows: (string | number)[][] = [];
  const speed: (string | number)[][] = [];
  const misses: string[] = [];
  try {
    // Two editions at a time: one per core.
    const measure = async (locale: string) => {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', async (r) => { if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length; });
      await page.goto(`${origin}/${locale}/search/`);
      await page.locator('#search-input').focus();
      await page.waitForLoadState('networkidle');
      const byKind = new Map<string, { n: number; first: number; top3: number }>();
      const times: number[] = [];
      const perQueryBytes: number[] = [];
      for (const query of all.filter((q) => q.locale === locale)) {
        const before = bytes;
        const { hrefs, definition, ms } = await runQuery(page, query.text);
        perQueryBytes.push(bytes - before);
        times.push(ms);
        const target = `/glossary/${query.concept}/`;
        const stats = byKind.get(query.kind) ?? { n: 0, first: 0, top3: 0 };
        stats.n++;
        if (hrefs[0]?.includes(target) && definition?.includes(target)) stats.first++;
        else misses.push(`${locale} ${query.kind} "${query.text}" → ${hrefs[0] ?? 'nothing'}`);
        if (hrefs.some((h) => h.includes(target))) stats.top3++;
        byKind.set(query.kind, stats);
      }
      const pct = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
      const total = [...byKind.values()].reduce((t, s) => ({ n: t.n + s.n, first: t.first + s.first, top3: t.top3 + s.top3 }), { n: 0, first: 0, top3: 0 });
      const tableRows: (string | number)[][] = [...byKind].map(([kind, s]) => [locale, kind, s.n, pct(s.first, s.n), pct(s.top3, s.n)]);
      tableRows.push([locale, 'all', total.n, pct(total.first, total.n), pct(total.top3, total.n)]);
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      const later = sorted(times.slice(1));
      const speedRow = [locale, Math.round(times[0]!), Math.round(later[Math.floor(later.length / 2)]!), Math.round(later[Math.floor(later.length * 0.95)]!), kb(sorted(perQueryBytes.slice(1))[Math.floor(perQueryBytes.length / 2)]!), kb(Math.max(...perQueryBytes))];
      await page.close();
      return { tableRows, speedRow };
    };
    for (const pair of [['en', 'sl'], ['sr', 'sr-latn']]) {
      for (const { tableRows, speedRow } of await Promise.all(pair.map(measure))) {
        rows.push(...tableRows);
        speed.push(speedRow);
      }
    }
  } finally {
    await browser.close();
    close();
  }
  return [
    table(['locale', 'kind', 'queries', 'term first', 'in first three'], rows),
    `\nMisses (${misses.length}):\n${misses.slice(0, 40).map((m) => `- ${m}`).join('\n')}`,
    `\n${table(['locale', 'first query ms', 'later: median ms', 'later: 95th pct ms', 'KB per query (median)', 'KB per query (max)'], speed)}`,
  ].join('\n');
}
