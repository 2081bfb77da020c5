/**
 * Compiles MDX content files the way `astro build` does, stopping at the first that fails with its message: the
 * bad-content tests' quick way to the errors our remark and rehype plugins raise (tests/build/bad-content.test.ts).
 * The same steps in the same order, from the same objects: the config's Vite plugin that keeps `{#id}` headings, then
 * the Vite plugin of the MDX integration (front matter, then the MDX compile with the config's `markdown` setting,
 * src/plugins/markdown.ts). Run it in the project whose content it compiles: the plugins read the rest of the content
 * (provision ids, sources, glossary) from the working directory's content/ (src/plugins/content-index.ts).
 *
 *   node scripts/compile-mdx.ts content/notes/en/two-tracks.mdx …   (no files: every MDX file under content/)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, TransformResult } from 'vite';
import mdx from '@astrojs/mdx';
import { markdown } from '../src/plugins/markdown.ts';
import viteMdxHeadingIds from '../src/plugins/vite-mdx-heading-ids.ts';

type Transform = { filter: { id: RegExp }; handler: (this: unknown, code: string, id: string) => Promise<TransformResult | string> | TransformResult | string };
/** What the transforms see of Vite's plugin context: the environment, as in the build's server-side pass. */
const context = { environment: { name: 'ssr' } };

/** The MDX integration's Vite plugins, set up through its hooks as Astro sets them up for the build. */
async function mdxVitePlugins(root: string): Promise<Plugin[]> {
  const integration: AstroIntegration = mdx();
  const plugins: Plugin[] = [];
  const config = { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(join(root, 'src/')), base: '/', trailingSlash: 'always', markdown };
  const logger = { info() {}, warn: (message: string) => console.warn(message), error: (message: string) => console.error(message) };
  const none = () => {};
  type Hook = (params: unknown) => Promise<void> | void;
  await (integration.hooks['astro:config:setup'] as Hook)({
    config,
    logger,
    updateConfig: (update: { vite?: { plugins?: Plugin[] } }) => plugins.push(...(update.vite?.plugins ?? [])),
    addRenderer: none,
    addPageExtension: none,
    addContentEntryType: none,
  });
  await (integration.hooks['astro:config:done'] as Hook)({ config, logger });
  for (const plugin of plugins) (plugin.configResolved as Hook | undefined)?.({ build: { sourcemap: false }, plugins: [] });
  return plugins;
}

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

if (import.meta.main) {
  const root = process.cwd();
  // In the build's order: ours runs first (`enforce: 'pre'`, from the config), then the integration's.
  const transforms = [viteMdxHeadingIds(), ...(await mdxVitePlugins(root))].map((p) => p.transform as Transform | undefined).filter((t) => t !== undefined);
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(root, f)) : mdxFiles(join(root, 'content')).sort();
  for (const file of files) {
    let code = readFileSync(file, 'utf8');
    try {
      for (const transform of transforms) {
        if (!transform.filter.id.test(file)) continue;
        const result = await transform.handler.call(context, code, file);
        code = typeof result === 'string' ? result : (result.code ?? code);
      }
    } catch (error) {
      const { message, loc } = error as Error & { loc?: { file?: string; line?: number; column?: number } };
      console.error(`${message}${loc?.file ? `\n  Location:\n    ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}` : ''}`);
      process.exit(1);
    }
  }
  console.log(`compiled ${files.length} MDX file${files.length === 1 ? '' : 's'}`);
}
