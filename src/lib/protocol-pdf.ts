/**
 * The Protocol's PDF, one per edition (`/{locale}/protocol.pdf`), printed by Chromium from the print page after the
 * build (src/integrations/protocol-pdf.ts). What is pure about it lives here: the running footer Chromium repeats on
 * every page, the font it is set in, and where the build's files are.
 */
import type { PDFDict } from 'pdf-lib';
import type { Locale } from './locales.ts';

/** A piece of "Page {page} of {pages}": words, or a number Chromium fills in on each page. */
export type PageOfPart = { text: string } | { counter: 'pageNumber' | 'totalPages' };

/**
 * Splits a "Page {page} of {pages}" string into its words and the two numbers, which a Chromium footer writes as
 * `<span class="pageNumber">` and `<span class="totalPages">`. The words may put the numbers in any order.
 */
export function pageOfParts(template: string): PageOfPart[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part): PageOfPart => (part === '{page}' ? { counter: 'pageNumber' } : part === '{pages}' ? { counter: 'totalPages' } : { text: part }));
}

/** The family the footer is set in: the print page's own font (Noto Serif), loaded under a name of its own. */
export const FOOTER_FONT_FAMILY = 'Nexus PDF footer';

/** One subset of the font: the Unicode range it covers and its WOFF2 file. */
export interface FontSubset {
  name: string;
  unicodeRange: string;
  woff2: Uint8Array;
}

/**
 * `@font-face` rules for the footer, each file as a data: URL. Chromium draws a PDF's footer in a document of its
 * own that waits for nothing: a font there is used only when the page being printed has already loaded the very
 * same data: URL (found by trying; given the page's own font URL, or a data: URL the page never loaded, the footer
 * falls back to a system font, which differs between machines). The integration adds these rules to the page too.
 */
export function footerFontFaces(subsets: readonly FontSubset[]): string {
  return subsets
    .map((subset) => `@font-face{font-family:'${FOOTER_FONT_FAMILY}';font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,${Buffer.from(subset.woff2).toString('base64')}) format('woff2');unicode-range:${subset.unicodeRange}}`)
    .join('');
}

/**
 * Chromium's `footerTemplate`: the font, the footer's style and the footer's words as the print page gives them
 * (its `<template id="protocol-pdf-footer">`, in the edition's language and script). The footer box spans the
 * sheet, so it is indented by the page's side margins (src/styles/print.css: 14 mm).
 */
export function footerTemplate(contentHtml: string, fontFaces: string): string {
  const style = [
    fontFaces,
    `.pdf-footer{box-sizing:border-box;width:100%;margin:0 14mm 5mm;display:flex;justify-content:space-between;align-items:end;gap:6mm;font:7.5pt/1.35 '${FOOTER_FONT_FAMILY}';color:#000;-webkit-print-color-adjust:exact}`,
    '.pdf-footer p{margin:0}',
    '.pdf-footer-page{white-space:nowrap}',
  ].join('');
  return `<style>${style}</style>${contentHtml}`;
}

/** Where an edition's PDF is written in the built site, and served: `en/protocol.pdf`. */
export const protocolPdfPath = (locale: Locale): string => `${locale}/protocol.pdf`;

/**
 * A request's path in the built folder, for a server that serves a build made under a base path (`/nexus/`):
 * `/nexus/en/protocol/print/` → `/en/protocol/print/`. Outside the base, undefined.
 */
export function pathInBuild(requestPath: string, base: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (requestPath === root.slice(0, -1)) return '/';
  return requestPath.startsWith(root) ? `/${requestPath.slice(root.length)}` : undefined;
}

/**
 * Where a link in the print page points in the PDF: a fragment stays (a link inside the document); any other link
 * is made absolute on the site's public origin, or, when the build was given none (SITE_URL), dropped, since the
 * only origin the build knows is the local server it printed from.
 */
export function pdfLinkTarget(href: string, siteUrl: string | undefined): string | undefined {
  if (href.startsWith('#')) return href;
  return siteUrl ? new URL(href, siteUrl).href : undefined;
}

/**
 * Gives a PDF's bookmarks the titles of the headings they stand for, in document order. Chromium makes a bookmark of
 * each heading (`outline: true`) but titles it with the text it drew for it, which in Chromium 153 may repeat a line
 * ("Article 5 Article 5 Criminalization") and joins lines without their space. Nothing else in the file changes:
 * the structure tree, the language and the metadata stay as Chromium wrote them.
 */
export async function retitleBookmarks(pdf: Uint8Array, titles: readonly string[]): Promise<Uint8Array> {
  const { PDFDict, PDFDocument, PDFHexString, PDFName } = await import('pdf-lib'); // only after printing
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const items: PDFDict[] = [];
  const walk = (parent: PDFDict | undefined) => {
    for (let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      walk(item);
    }
  };
  walk(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict));
  if (items.length !== titles.length) throw new Error(`The PDF has ${items.length} bookmarks for ${titles.length} headings: Chromium no longer makes one per heading.`);
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index]!)));
  return document.save({ updateFieldAppearances: false });
}
