import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestTransform } from 'workbox-build';
import { offlineEditionOfFile, offlineEditions } from '../lib/offline.ts';

const require = createRequire(import.meta.url);
const workboxFiles = ['workbox-sw/build/workbox-sw.js', ...['core', 'precaching', 'routing', 'strategies'].map((m) => `workbox-${m}/build/workbox-${m}.prod.js`)];

/** Tags each file with its edition and leaves out what is never saved (src/lib/offline.ts decides). */
const tagEditions: ManifestTransform = async (entries) => ({
  manifest: entries.flatMap((entry) => {
    const edition = offlineEditionOfFile(entry.url);
    return edition ? [{ ...entry, edition, bytes: entry.size }] : []; // Workbox drops `size` from what it writes
  }),
  warnings: [],
});

/**
 * After the build: the service worker for "Save for offline use" (`sw.js`, from src/service-worker/sw.js, with
 * Workbox's precache manifest of the built files), Workbox's runtime beside it, and `offline.json` with the date of
 * the build and the size of each edition, which the offline page shows before the reader decides.
 */
export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'nexus-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not at the top: every build, even one that fails early, loads this file with the config.
        const { getManifest, injectManifest } = await import('workbox-build');
        const site = fileURLToPath(dir);
        mkdirSync(join(site, 'workbox'), { recursive: true });
        for (const file of workboxFiles) cpSync(require.resolve(file), join(site, 'workbox', file.split('/').pop()!));
        const options = {
          globDirectory: site,
          globPatterns: ['**/*'],
          manifestTransforms: [tagEditions],
          dontCacheBustURLsMatching: /^_astro\//, // their names carry a hash already
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        };
        // Globbed twice on purpose: the sizes go into offline.json, which must itself be in the manifest injected below.
        const { manifestEntries = [] } = await getManifest(options);
        const sizeOf = (edition: string) => {
          const files = (manifestEntries as unknown as { edition: string; bytes: number }[]).filter((e) => e.edition === 'shared' || e.edition === edition);
          return { files: files.length, bytes: files.reduce((sum, e) => sum + e.bytes, 0) };
        };
        const editions = Object.fromEntries(offlineEditions.map((edition) => [edition, sizeOf(edition)]));
        writeFileSync(join(site, 'offline.json'), JSON.stringify({ builtAt: new Date().toISOString(), editions }));
        const { count, size, warnings } = await injectManifest({
          ...options,
          swSrc: join(dirname(fileURLToPath(import.meta.url)), '../service-worker/sw.js'),
          swDest: join(site, 'sw.js'),
        });
        for (const warning of warnings) logger.warn(warning);
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(`sw.js: ${count} files (${mb(size)} MB) in all; ${offlineEditions.map((e) => `${e} ${editions[e]!.files} files, ${mb(editions[e]!.bytes)} MB`).join('; ')}`);
      },
    },
  };
}
