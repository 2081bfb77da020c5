/**
 * Do readers' questions land where they should? Every question of tests/fixtures/reader-questions.tsv runs through
 * the real search page in Chromium; prints per locale the share whose first result lands on its target, and the
 * share with the target among the first three, with the misses. Goals: 90 % first, 97 % in the first three.
 */
import { chromium } from '@playwright/test';
import { landsOn, readReaderQuestions, type QuestionSet } from '../../tests/fixtures/reader-questions.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';
import { runQuery } from './term-recall.ts';

export async function readerQuestions(dist: string, set: QuestionSet = 'reader-questions'): Promise<string> {
  const questions = readReaderQuestions(set);
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  const rows: (string | number)[][] = [];
  const misses: string[] = [];
  const pct = (a: number, b: number) => `${Math.round((a / b) * 1000) / 10} %`;
  const totals = { n: 0, first: 0, top3: 0, empty: 0 };
  try {
    for (const locale of ['en', 'sl', 'sr', 'sr-latn'] as const) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${locale}/search/`);
      const stats = { n: 0, first: 0, top3: 0, empty: 0 };
      for (const question of questions.filter((q) => q.locale === locale)) {
        const { hrefs } = await runQuery(page, question.query);
        stats.n++;
        if (!hrefs.length) stats.empty++;
        if (hrefs[0] && landsOn(hrefs[0], question.target)) stats.first++;
        else misses.push(`${locale} "${question.query}" (${question.target}) → ${hrefs.slice(0, 3).map((h) => h.replace(/\?[^#]*/, '')).join(' | ') || 'nothing'}`);
        if (hrefs.some((h) => landsOn(h, question.target))) stats.top3++;
      }
      await page.close();
      rows.push([locale, stats.n, pct(stats.first, stats.n), pct(stats.top3, stats.n), stats.empty]);
      for (const key of ['n', 'first', 'top3', 'empty'] as const) totals[key] += stats[key];
    }
  } finally {
    await browser.close();
    close();
  }
  rows.push(['all', totals.n, pct(totals.first, totals.n), pct(totals.top3, totals.n), totals.empty]);
  return [table(['locale', 'questions', 'lands first', 'in first three', 'no results'], rows), `\nMisses (${misses.length}):${misses.map((m) => `\n- ${m}`).join('')}`].join('\n');
}
