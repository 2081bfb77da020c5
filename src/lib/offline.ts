/**
 * What "Save for offline use" keeps: one edition of the site, chosen by the reader, and the files every edition
 * needs. The build tags each file of the precache manifest with the edition it belongs to; the service worker
 * precaches only the files of the editions the reader saved.
 */
import type { Locale } from './locales.ts';

/** What a reader can save. Serbian is one edition in both scripts (a reader may switch script offline). */
export const offlineEditions = ['en', 'sl', 'sr'] as const;
export type OfflineEdition = (typeof offlineEditions)[number];

export function offlineEditionOf(locale: Locale): OfflineEdition {
  return locale === 'sr-latn' ? 'sr' : locale;
}

export function isOfflineEdition(value: string): value is OfflineEdition {
  return (offlineEditions as readonly string[]).includes(value);
}

/** Files for the server, not the reader; and the worker itself, which the browser keeps on its own. */
const neverSaved = /^(sw\.js|_headers|_nginx-headers\.conf|sitemap[^/]*\.xml)$/;

/**
 * The edition a built file belongs to (its path relative to the site's root folder, e.g. `sr-latn/glossary/index.html`
 * or `pagefind/sl/pagefind.js`), `shared` for files every edition needs (styles, scripts, the 404 page, short links),
 * or undefined for a file never saved.
 */
export function offlineEditionOfFile(path: string): OfflineEdition | 'shared' | undefined {
  if (neverSaved.test(path)) return undefined;
  const [first, second] = path.split('/');
  if (first === 'pagefind') return second === 'sr-latn' ? 'sr' : second && isOfflineEdition(second) ? second : undefined;
  if (first === 'sr-latn') return 'sr';
  if (first && isOfflineEdition(first) && path.includes('/')) return first;
  return 'shared';
}

/** A service worker's own URL names the editions it keeps: `sw.js?editions=en,sr`. */
export function parseSavedEditions(value: string | null): OfflineEdition[] {
  return offlineEditions.filter((edition) => (value ?? '').split(',').includes(edition));
}
