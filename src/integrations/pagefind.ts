import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageKey, searchEditions } from '../lib/search.ts';

/**
 * Each indexed page's result id by its key (`glossary/causal-link/`), read back from the fragments Pagefind wrote
 * (gzip, a signature, then JSON): the search page finds the page it puts first as a card by this map, rather than
 * by a filter on every page, whose values would travel with every answer of the engine's worker.
 */
function pageIds(bundle: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const file of readdirSync(join(bundle, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids[pageKey(url, '/')] = file.replace(/\.pf_fragment$/, '');
  }
  return ids;
}

/**
 * Builds one Pagefind bundle per search edition after the site is built: `pagefind/en/`, `pagefind/sl/`,
 * `pagefind/sr-latn/`. Serbian is searched in its Latin edition from both scripts (see src/lib/search.ts). Beside
 * each, `pages.json`: every page's result id by its key.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'nexus-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const edition of searchEditions) {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: `${edition}/**/*.html` });
          if (added.errors.length) throw new Error(`Pagefind (${edition}): ${added.errors.join('; ')}`);
          const bundle = join(site, 'pagefind', edition);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new Error(`Pagefind (${edition}): ${written.errors.join('; ')}`);
          writeFileSync(join(bundle, 'pages.json'), JSON.stringify(pageIds(bundle)));
          logger.info(`${edition}: indexed ${added.page_count} pages`);
        }
        await close();
      },
    },
  };
}
