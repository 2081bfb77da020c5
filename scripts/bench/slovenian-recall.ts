import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { expandBraces } from '../../src/lib/glossary.ts';
import { stemSlovenianQuery } from '../../src/lib/search.ts';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';

interface Concept { definedBy: { provision?: string }; sl: { term: string; otherTerms?: { term: string }[]; forms?: string[] } }

/**
 * How well Slovenian inflected queries find their article: every Slovenian form of every glossary concept defined by
 * a Protocol provision is searched as typed and as our stemmer cuts it; a hit is the defining article in the top 10.
 */
export async function slovenianRecall(dist: string): Promise<string> {
  const cases: { query: string; article: string }[] = [];
  for (const file of readdirSync('content/glossary')) {
    const concept = parse(readFileSync(join('content/glossary', file), 'utf8')) as Concept;
    const article = concept.definedBy.provision?.match(/^art_(\d+)/)?.[1];
    if (!article) continue;
    const forms = [concept.sl.term, ...(concept.sl.otherTerms ?? []).map((o) => o.term), ...(concept.sl.forms ?? []).flatMap(expandBraces)];
    for (const query of new Set(forms)) cases.push({ query, article: `/sl/protocol/art-${article}/` });
  }
  const { origin, close } = await serve(dist);
  const browser = await chromium.launch(await launchOptionsOrExit());
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/sl/search/`);
    const found = await page.evaluate(async ({ cases, stems }) => {
      const bundle = '/pagefind/sl/pagefind.js'; // served by the page's origin, not resolved by TypeScript
      const pagefind = await import(bundle);
      await pagefind.init();
      /** The rank of the article among the results, or -1. */
      const rank = async (query: string, article: string) => {
        const search = await pagefind.search(query);
        const urls = await Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
        return urls.findIndex((url: string) => url.startsWith(article));
      };
      const counts = { typedTop: 0, typedAny: 0, stemmedTop: 0, stemmedAny: 0 };
      for (const [i, { query, article }] of cases.entries()) {
        const typed = await rank(query, article);
        const stemmed = await rank(stems[i]!, article);
        counts.typedAny += Number(typed >= 0);
        counts.typedTop += Number(typed >= 0 && typed < 10);
        counts.stemmedAny += Number(stemmed >= 0);
        counts.stemmedTop += Number(stemmed >= 0 && stemmed < 10);
      }
      return counts;
    }, { cases, stems: cases.map((c) => stemSlovenianQuery(c.query)) });
    const percent = (n: number) => `${n} (${Math.round((100 * n) / cases.length)} %)`;
    return table(['query', 'forms searched', 'defining article found', 'in the top 10'], [
      ['as typed', cases.length, percent(found.typedAny), percent(found.typedTop)],
      ['stemmed (ours)', cases.length, percent(found.stemmedAny), percent(found.stemmedTop)],
    ]);
  } finally {
    await browser.close();
    close();
  }
}
