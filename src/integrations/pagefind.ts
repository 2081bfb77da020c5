import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { searchEditions } from '../lib/search.ts';

/**
 * Builds one Pagefind bundle per search edition after the site is built: `pagefind/en/`, `pagefind/sl/`,
 * `pagefind/sr-latn/`. Serbian is searched in its Latin edition from both scripts (see src/lib/search.ts).
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
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind', edition) });
          if (written.errors.length) throw new Error(`Pagefind (${edition}): ${written.errors.join('; ')}`);
          logger.info(`${edition}: indexed ${added.page_count} pages`);
        }
        await close();
      },
    },
  };
}
