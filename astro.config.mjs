// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdown } from './src/plugins/markdown.ts';
import viteMdxHeadingIds from './src/plugins/vite-mdx-heading-ids.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offline from './src/integrations/offline.ts';
import protocolPdf from './src/integrations/protocol-pdf.ts';
import siteUrl from './src/integrations/site-url.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/security-headers.ts';

// BASE_PATH serves the site under a sub-path (e.g. /nexus/). SITE_URL is the public origin: without it no file names an
// origin (no sitemap; canonical and hreflang links root-relative), and short links, QR codes and printed footers take
// the origin the browser is on (src/site.ts). PUBLISHER_NAME and REPORT_TO say who publishes the site and where reports
// of problems go (src/lib/publisher.ts).
const base = process.env.BASE_PATH ?? '/';
const publicOrigin = process.env.SITE_URL || undefined;

/**
 * In the browser build, every page's own script (src/scripts/page.ts, with the term previews and provision tools) and
 * the small modules that pages' scripts share (provision ids and short links, the handout's query, placeholders, the
 * print footer) go into one file, rather than one file each: an article page then loads one script where it
 * loaded five, which keeps it within its byte budget (tests/e2e/quality.spec.ts).
 * @returns {import('vite').Plugin}
 */
function sharedScriptsInOneFile() {
  const shared = /src[\\/](lib[\\/](short-links|provisions|handout-url|placeholders|print-source)|scripts[\\/](page|print-source|provision-tools|term-preview))\.ts$/;
  return {
    name: 'nexus-shared-scripts-in-one-file',
    configEnvironment(name) {
      if (name !== 'client') return;
      return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: shared }] } } } } };
    },
  };
}

export default defineConfig({
  ...(publicOrigin ? { site: publicOrigin } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  env: {
    schema: {
      SITE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      PUBLISHER_NAME: envField.string({ context: 'server', access: 'public', optional: true }),
      REPORT_TO: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  // Stylesheets as files, never inlined: an inlined one adds its hash to the CSP in every page's <meta>, which costs
  // every page more than the one request it saves.
  build: { inlineStylesheets: 'never' },
  // 'jsx' compression glues words across inline elements, which breaks search for them.
  compressHTML: true,
  // The site loads nothing from other hosts: a Content-Security-Policy that allows only its own origin. The same
  // directives go into the headers files for real hosts (src/integrations/security-headers.ts).
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // Our remark and rehype plugins, in src/plugins/markdown.ts. The bad-content tests compile MDX with it, through
  // viteMdxHeadingIds() and mdx() as below (scripts/compile-mdx.ts): keep that script in step with any change here.
  markdown,
  // Guidelines and notes are MDX; this keeps their `## Heading {#id}` syntax (see src/lib/heading-ids.ts).
  vite: {
    plugins: [viteMdxHeadingIds(), sharedScriptsInOneFile()],
    // Astro's own "use astro:head-inject" directive in compiled MDX is harmless, and the bundler warned of it once per
    // MDX file, burying the build's own warnings.
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx\b/.test(warning.id ?? '')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    siteUrl(), // says once what the build publishes without SITE_URL, PUBLISHER_NAME or REPORT_TO
    mdx(),
    protocolPdf(), // prints /{locale}/protocol.pdf from the print page; before the steps that list the built files
    pagefind(),
    securityHeaders(),
    offline(), // last: its manifest lists every file the others wrote
    // A sitemap lists absolute URLs: made only when the build knows its origin.
    ...(publicOrigin ? [sitemap({
      // Short links and the not-found page are not pages to list.
      filter: (page) => !/\/art\//.test(page) && !page.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } },
    })] : []),
  ],
});
