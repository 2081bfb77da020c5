import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findBrowser, missingBrowserMessage } from '../../scripts/browser.ts';
import { locales } from '../lib/locales.ts';
import { footerFontFaces, footerTemplate, FOOTER_FONT_FAMILY, pathInBuild, pdfLinkTarget, protocolPdfPath, retitleBookmarks, type FontSubset } from '../lib/protocol-pdf.ts';

const require = createRequire(import.meta.url);

/** The footer's font: the print page's Noto Serif, regular, in the subsets the editions use (src/styles/protocol-print.css). */
function footerSubsets(): FontSubset[] {
  const ranges = JSON.parse(readFileSync(require.resolve('@fontsource/noto-serif/unicode.json'), 'utf8')) as Record<string, string>;
  return ['latin', 'latin-ext', 'cyrillic'].map((name) => ({
    name,
    unicodeRange: ranges[name]!,
    woff2: readFileSync(require.resolve(`@fontsource/noto-serif/files/noto-serif-${name}-400-normal.woff2`)),
  }));
}

/** Starts the browser scripts/browser.ts finds, or says why there is none. */
async function startBrowser(): Promise<{ browser: Browser } | { why: string }> {
  const found = await findBrowser();
  if (!found) return { why: missingBrowserMessage() };
  try {
    return { browser: await chromium.launch({ executablePath: found.executablePath, args: chromiumArgs }) };
  } catch (error) {
    return { why: `${found.executablePath} (${found.source}) did not start: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Serves the built folder at the site's base path on a free local port, as the site will be served. */
async function serveBuild(dir: string, base: string): Promise<{ origin: string; server: Server }> {
  const files = sirv(dir, { dev: true });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = pathInBuild(url.pathname, base);
    if (path === undefined) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = `${path}${url.search}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function printEditions(browser: Browser, dir: string, base: string, siteUrl: string | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const { origin, server } = await serveBuild(dir, base);
  // The footer's font is added to each page as CSS: the site's CSP rightly refuses it, so this one context sets it aside.
  const context = await browser.newContext({ bypassCSP: true });
  const fontFaces = footerFontFaces(footerSubsets());
  try {
    const made: string[] = [];
    for (const locale of locales) {
      const page = await context.newPage();
      const address = `${origin}${base}${locale}/protocol/print/`;
      const response = await page.goto(address, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${address} answered ${response?.status()}: is src/pages/[locale]/protocol/print.astro built?`);
      const footer = await page.evaluate(
        async ({ fontFaces, family, siteUrl }) => {
          const html = document.documentElement;
          html.classList.add('protocol-pdf-export');
          const footerContent = document.querySelector<HTMLTemplateElement>('#protocol-pdf-footer');
          if (!footerContent) return undefined;
          const style = document.createElement('style');
          style.textContent = fontFaces;
          document.head.append(style);
          await document.fonts.load(`10px '${family}'`, `${footerContent.content.textContent}0123456789`);
          await document.fonts.ready;
          return {
            html: footerContent.innerHTML,
            links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
            headings: [...document.querySelectorAll('.protocol-print :is(h1, h2, h3)')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
            siteUrl,
          };
        },
        { fontFaces, family: FOOTER_FONT_FAMILY, siteUrl },
      );
      if (!footer) throw new Error(`${address} has no <template id="protocol-pdf-footer">: the PDF's footer comes from it.`);
      // Links: in the document, to the public site, or none (see pdfLinkTarget).
      const targets = footer.links.map((href) => pdfLinkTarget(href, siteUrl) ?? null);
      await page.evaluate((targets) => {
        document.querySelectorAll('a[href]').forEach((a, index) => {
          const target = targets[index];
          if (target) a.setAttribute('href', target);
          else a.removeAttribute('href');
        });
      }, targets);
      const path = join(dir, protocolPdfPath(locale));
      const printed = await page.pdf({
        format: 'A4',
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footer.html, fontFaces),
      });
      await page.close();
      const pdf = await retitleBookmarks(printed, footer.headings);
      writeFileSync(path, pdf);
      made.push(`${locale} ${Math.round(pdf.length / 1024)} KB`);
    }
    logger.info(`protocol.pdf: ${made.join('; ')}`);
  } finally {
    await context.close();
    server.close();
  }
}

/**
 * After the build: the whole Protocol as a tagged PDF per edition (`/{locale}/protocol.pdf`, with bookmarks, the
 * title and language, embedded fonts and a running footer), printed from the print page by the browser that
 * scripts/browser.ts finds. Before the pages are built it checks that the browser starts; if none does, the build
 * goes on without PDFs, the pages leave the PDF links out (`protocolPdfBuilt` in src/site.ts), and the build says why.
 */
export default function protocolPdfIntegration(siteUrl: string | undefined = process.env.SITE_URL): AstroIntegration {
  let building = false;
  let base = '/';
  return {
    name: 'nexus-protocol-pdf',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        if (command !== 'build') return; // `astro dev` serves no PDFs: its pages leave the links out
        const started = await startBrowser();
        if ('browser' in started) {
          await started.browser.close();
          building = true;
        } else {
          logger.warn(`No PDF of the Protocol in this build, and no links to one: ${started.why}`);
        }
        updateConfig({ vite: { define: { 'import.meta.env.NEXUS_PROTOCOL_PDF': JSON.stringify(building) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!building) return;
        const startedAt = performance.now();
        const started = await startBrowser();
        // It started a minute ago; the pages now link to PDFs, so failing here is an error, not a reason to go without.
        if (!('browser' in started)) throw new Error(`The PDFs of the Protocol could not be made: ${started.why}`);
        try {
          await printEditions(started.browser, fileURLToPath(dir), base, siteUrl, logger);
        } finally {
          await started.browser.close();
        }
        logger.info(`protocol.pdf: ${locales.length} editions in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
      },
    },
  };
}
