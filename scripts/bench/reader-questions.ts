/**
 * Do readers' questions land where they should? Every question of a reader-questions*.tsv set runs through the real
 * search page in Chromium; prints per edition the share whose first result lands on its target (any of its
 * alternatives), the share with the target among the first three, the questions with no results, and those with a
 * result among the first three that lands on a page's list of sources (noise; goal: none), with the misses.
 */
import { chromium } from '@playwright/test';
import { landsOn, landsOnSources, readReaderQuestions, type QuestionSet } from '../../tests/fixtures/reader-questions.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';
import { runQuery } from './term-recall.ts';

export async function readerQuestions(dist: string, set: QuestionSet = 'reader-questions'): Promise<string> {
  const questions = readReaderQuestions(set);
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  const misses: string[] = [];
  const noise: string[] = [];
  const pct = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
  const totals = { n: 0, first: 0, top3: 0, empty: 0, sources: 0 };
  const short = (href: string) => href.replace(/\?[^#]*/, '');
  try {
    for (const locale of ['en', 'sl', 'sr', 'sr-latn'] as const) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${locale}/search/`);
      const stats = { n: 0, first: 0, top3: 0, empty: 0, sources: 0 };
      for (const question of questions.filter((q) => q.locale === locale)) {
        const { hrefs } = await runQuery(page, question.query);
        stats.n++;
        if (!hrefs.length) stats.empty++;
        if (hrefs[0] && landsOn(hrefs[0], question.target)) stats.first++;
        else misses.push(`${locale} "${question.query}" (${question.target}) → ${hrefs.map(short).join(' | ') || 'nothing'}`);
        if (hrefs.some((h) => landsOn(h, question.target))) stats.top3++;
        if (hrefs.some(landsOnSources)) {
          stats.sources++;
          noise.push(`${locale} "${question.query}" → ${hrefs.filter(landsOnSources).map(short).join(' | ')}`);
        }
      }
      await page.close();
      rows.push([locale, stats.n, pct(stats.first, stats.n), pct(stats.top3, stats.n), stats.empty, stats.sources]);
      for (const key of ['n', 'first', 'top3', 'empty', 'sources'] as const) totals[key] += stats[key];
    }
  } finally {
    await browser.close();
    close();
  }
  rows.push(['all', totals.n, pct(totals.first, totals.n), pct(totals.top3, totals.n), totals.empty, totals.sources]);
  return [
    table(['edition', 'questions', 'lands first', 'in first three', 'no results', 'first three on a list of sources'], rows),
    `\nMisses (${misses.length}):${misses.map((m) => `\n- ${m}`).join('')}`,
    ...(noise.length ? [`\nOn a list of sources (${noise.length}):${noise.map((m) => `\n- ${m}`).join('')}`] : []),
  ].join('\n');
}
