import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, table } from './serve.ts';

/** Lighthouse scores (mobile defaults) for the home, article and glossary pages, run in the local Chromium. */
export async function lighthouseScores(dist: string): Promise<string> {
  const { origin, close } = await serve(dist);
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rows: (string | number)[][] = [];
  try {
    for (const [name, path] of [['home', '/en/'], ['article', '/en/protocol/art-3/'], ['glossary', '/en/glossary/']]) {
      const report = join(out, `${name}.json`);
      const result = spawnSync('node_modules/.bin/lighthouse', [
        `${origin}${path}`, '--quiet', '--output=json', `--output-path=${report}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync',
        '--only-categories=performance,accessibility,best-practices,seo',
      ], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, timeout: 180_000 });
      if (result.status !== 0) { rows.push([name, 'failed', result.stderr.split('\n').slice(-3).join(' '), '', '']); continue; }
      const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
      rows.push([name, ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((categories[c]?.score ?? 0) * 100))]);
    }
  } finally {
    close();
    rmSync(out, { recursive: true, force: true });
  }
  return table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], rows);
}
