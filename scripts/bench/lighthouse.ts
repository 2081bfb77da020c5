import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { launchOptionsOrExit } from '../browser.ts';
import { serve, table } from './serve.ts';

// Run Lighthouse on this same Node (the project's Node 24), not on whatever `node` the PATH holds.
const lighthouseCli = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');

/** Lighthouse scores (mobile defaults) for the home, article and glossary pages, run in the local Chromium. */
export async function lighthouseScores(dist: string): Promise<string> {
  const chromiumOptions = await launchOptionsOrExit();
  const { origin, close } = await serve(dist);
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rows: (string | number)[][] = [];
  try {
    for (const [name, path] of [['home', '/en/'], ['article', '/en/protocol/art-3/'], ['glossary', '/en/glossary/']] as const) {
      const report = join(out, `${name}.json`);
      // Asynchronously: the pages are served from this very process.
      const result = await promisify(execFile)(process.execPath, [
        lighthouseCli, `${origin}${path}`, '--quiet', '--output=json', `--output-path=${report}`,
        `--chrome-flags=--headless=new ${chromiumOptions.args.join(' ')}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumOptions.executablePath }, timeout: 180_000 }).catch((error: Error) => error);
      if (result instanceof Error) { rows.push([name, `failed: ${result.message.split('\n')[0]}`, '', '', '']); continue; }
      const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
      rows.push([name, ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((categories[c]?.score ?? 0) * 100))]);
    }
  } finally {
    close();
    rmSync(out, { recursive: true, force: true });
  }
  return table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], rows);
}
