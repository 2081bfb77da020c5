/**
 * Does a glossary term's own page come first when a reader types the term? Each query runs through the real search
 * page in Chromium, and the term must be the first result and the definition shown. Two lists: every form the
 * glossary lists (the term as preferred, its other terms, its listed forms, each without diacritics, Serbian in the
 * other script), and the fixed list of forms no list holds (tests/fixtures/unlisted-forms.tsv). Prints the share
 * found first and among the first three, per locale and kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chromium, type Page } from '@playwright/test';
import { formsOf, type TermEntry } from '../../src/lib/glossary.ts';
import { withoutDiacritics } from '../../src/lib/stemming.ts';
import { cyrillicToLatin } from '../../src/lib/transliterate.ts';
import { readUnlistedForms } from '../../tests/fixtures/unlisted-forms.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';

interface Query { locale: string; kind: string; text: string; concept: string }

/** One form in its own edition, without diacritics, and Serbian in the other script too. */
function variants(language: string, kind: string, text: string, concept: string): Query[] {
  const list: Query[] = [{ locale: language, kind, text, concept }];
  if (withoutDiacritics(text) !== text) list.push({ locale: language, kind: 'no diacritics', text: withoutDiacritics(text), concept });
  if (language === 'sr') {
    const latin = cyrillicToLatin(text);
    list.push({ locale: 'sr-latn', kind, text: latin, concept }, { locale: 'sr', kind: 'other script', text: latin, concept }, { locale: 'sr-latn', kind: 'other script', text, concept });
    if (withoutDiacritics(latin) !== latin) list.push({ locale: 'sr-latn', kind: 'no diacritics', text: withoutDiacritics(latin), concept });
  }
  return list;
}

const unique = (queries: Query[]) => [...new Map(queries.map((q) => [`${q.locale}|${q.text.toLowerCase()}`, q])).values()];

export function listedQueries(): Query[] {
  const list: Query[] = [];
  for (const file of readdirSync('content/glossary').filter((f) => f.endsWith('.yaml'))) {
    const concept = file.replace('.yaml', '');
    const data = parse(readFileSync(`content/glossary/${file}`, 'utf8')) as Record<'en' | 'sl' | 'sr', TermEntry>;
    for (const language of ['en', 'sl', 'sr'] as const) {
      const entry = data[language];
      const others = new Set((entry.otherTerms ?? []).map((o) => o.term.toLowerCase()));
      for (const form of formsOf(entry)) {
        const kind = form === entry.term.toLowerCase() ? 'term' : others.has(form) ? 'other term' : 'listed form';
        list.push(...variants(language, kind, form, concept));
      }
    }
  }
  return unique(list);
}

export function unlistedQueries(): Query[] {
  return unique(readUnlistedForms().flatMap((f) => variants(f.language, f.source === 'paradigm' ? 'unlisted (paradigm)' : 'unlisted (in our text)', f.form, f.concept)));
}

export async function runQuery(page: Page, text: string): Promise<{ hrefs: string[]; definition: string | null }> {
  // Set without an input event, then submit: one search per query, at once, without the typing pause.
  await page.locator('#search-input').evaluate((input, value) => { (input as HTMLInputElement).value = value; }, text);
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), text.trim(), { timeout: 20_000 }).catch(() => undefined);
  // Read at once, in the page: a second round trip with a short timeout missed definitions on a busy machine.
  return page.evaluate(() => {
    const titles = [...document.querySelectorAll('#search-results > li a.result-title')].slice(0, 3).map((a) => a.getAttribute('href') ?? '');
    return { hrefs: titles, definition: document.querySelector('#search-results > li.result-definition a.result-title')?.getAttribute('href') ?? null };
  });
}

export async function termRecall(dist: string, queries: Query[]): Promise<string> {
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  const misses: string[] = [];
  const pct = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
  try {
    const measure = async (locale: string) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/${locale}/search/`);
      const byKind = new Map<string, { n: number; first: number; top3: number }>();
      for (const query of queries.filter((q) => q.locale === locale)) {
        const { hrefs, definition } = await runQuery(page, query.text);
        const target = `/glossary/${query.concept}/`;
        const stats = byKind.get(query.kind) ?? { n: 0, first: 0, top3: 0 };
        stats.n++;
        if (hrefs[0]?.includes(target) && definition?.includes(target)) stats.first++;
        else misses.push(`${locale} ${query.kind} "${query.text}" (${query.concept}) → ${hrefs[0] ?? 'nothing'}`);
        if (hrefs.some((h) => h.includes(target))) stats.top3++;
        byKind.set(query.kind, stats);
      }
      await page.close();
      const total = [...byKind.values()].reduce((t, s) => ({ n: t.n + s.n, first: t.first + s.first, top3: t.top3 + s.top3 }), { n: 0, first: 0, top3: 0 });
      return [...[...byKind].map(([kind, s]) => [locale, kind, s.n, pct(s.first, s.n), pct(s.top3, s.n)]), [locale, 'all', total.n, pct(total.first, total.n), pct(total.top3, total.n)]];
    };
    const locales = [...new Set(queries.map((q) => q.locale))];
    // Two editions at a time: one per core.
    for (let i = 0; i < locales.length; i += 2) for (const part of await Promise.all(locales.slice(i, i + 2).map(measure))) rows.push(...part);
  } finally {
    await browser.close();
    close();
  }
  return [
    table(['locale', 'kind', 'queries', 'term first', 'in first three'], rows),
    `\nMisses (${misses.length}):${misses.slice(0, 40).map((m) => `\n- ${m}`).join('')}`,
  ].join('\n');
}
