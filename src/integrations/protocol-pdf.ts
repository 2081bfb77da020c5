import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { Browser, BrowserContext } from '@playwright/test';
import { chromiumArgs, findBrowser, missingBrowserMessage, runs } from '../../scripts/browser.ts';
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

/** Whether the browser scripts/browser.ts finds starts (it says its version), or why there is none: cheaper than a launch. */
async function browserStarts(): Promise<{ starts: true } | { starts: false; why: string }> {
  const found = await findBrowser();
  if (!found) return { starts: false, why: missingBrowserMessage() };
  return runs(found.executablePath) ? { starts: true } : { starts: false, why: `${found.executablePath} (${found.source}) does not start here.` };
}

/** Starts the browser scripts/browser.ts finds, or says why there is none. */
async function startBrowser(): Promise<{ browser: Browser } | { why: string }> {
  const found = await findBrowser();
  if (!found) return { why: missingBrowserMessage() };
  try {
    const { chromium } = await import('@playwright/test'); // only when printing: every build loads this file
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

/** One edition: its print page, marked as the export, with the footer's font loaded, printed and its bookmarks titled. */
async function printEdition(context: BrowserContext, address: string, path: string, siteUrl: string | undefined, fontFaces: string): Promise<number> {
  const page = await context.newPage();
  const response = await page.goto(address, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${address} answered ${response?.status()}: is src/pages/[locale]/protocol/print.astro built?`);
  const found = await page.evaluate(
    async ({ fontFaces, family }) => {
      document.documentElement.classList.add('protocol-pdf-export');
      const footer = document.querySelector<HTMLTemplateElement>('#protocol-pdf-footer');
      if (!footer) return undefined;
      document.head.append(Object.assign(document.createElement('style'), { textContent: fontFaces }));
      await document.fonts.load(`10px '${family}'`, `${footer.content.textContent}0123456789`);
      await document.fonts.ready;
      return {
        footer: footer.innerHTML,
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        // A heading may name its bookmark (the title as a reader writes it, not the gazette's letter-spacing).
        headings: [...document.querySelectorAll<HTMLElement>('.protocol-print :is(h1, h2, h3)')].map((h) => (h.dataset['bookmark'] ?? h.textContent ?? '').replace(/\s+/g, ' ').trim()),
      };
    },
    { fontFaces, family: FOOTER_FONT_FAMILY },
  );
  if (!found) throw new Error(`${address} has no <template id="protocol-pdf-footer">: the PDF's footer comes from it.`);
  // Links: inside the document, to the public site, or none (see pdfLinkTarget).
  const targets = found.links.map((href) => pdfLinkTarget(href, siteUrl) ?? null);
  await page.evaluate((targets) => {
    document.querySelectorAll('a[href]').forEach((a, index) => {
      const target = targets[index];
      if (target) a.setAttribute('href', target);
      else a.removeAttribute('href');
    });
  }, targets);
  const printed = await page.pdf({
    format: 'A4',
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(found.footer, fontFaces),
  });
  await page.close();
  const pdf = await retitleBookmarks(printed, found.headings);
  writeFileSync(path, pdf);
  return pdf.length;
}

async function printEditions(browser: Browser, dir: string, base: string, siteUrl: string | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const { origin, server } = await serveBuild(dir, base);
  // The footer's font is added to each page as CSS: the site's CSP rightly refuses it, so this one context sets it aside.
  const context = await browser.newContext({ bypassCSP: true });
  const fontFaces = footerFontFaces(footerSubsets());
  try {
    // The editions side by side: the browser's processes share the machine's cores.
    const sizes = await Promise.all(locales.map((locale) => printEdition(context, `${origin}${base}${locale}/protocol/print/`, join(dir, protocolPdfPath(locale)), siteUrl, fontFaces)));
    logger.info(`protocol.pdf: ${locales.map((locale, index) => `${locale} ${Math.round(sizes[index]! / 1024)} KB`).join('; ')}`);
  } finally {
    await context.close();
    server.close();
  }
}

/**
 * After the build: the whole Protocol as a tagged PDF per edition (`/{locale}/protocol.pdf`, with bookmarks, the
 * title and language, embedded fonts and a running footer), printed from the print page by the browser that
 * scripts/browser.ts finds. Before the pages are built it checks that the browser starts; if it does not, the build
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
        const browser = await browserStarts();
        if (browser.starts) building = true;
        else logger.warn(`No PDF of the Protocol in this build, and no links to one: ${browser.why}`);
        updateConfig({ vite: { define: { 'import.meta.env.NEXUS_PROTOCOL_PDF': JSON.stringify(building) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!building) return;
        const startedAt = performance.now();
        const started = await startBrowser();
        // It said its version before the pages were built, and they now link to PDFs: failing now is an error, not a reason to go without.
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
