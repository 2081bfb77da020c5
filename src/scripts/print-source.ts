import { printSourceValue } from '../lib/print-source.ts';

/** Hands the page's `.print-source` line to the print margin box; without JS that line prints once, at the end. */
export function applyPrintSource(): void {
  const source = document.querySelector('.print-source');
  if (!source) return;
  // Built without SITE_URL, the address is root-relative: it prints with the origin this page is served from (as
  // resolvePublicUrl in src/lib/urls.ts, written out here so that every page's script needs no URL module).
  for (const url of source.querySelectorAll('[data-print-url]')) url.textContent = new URL(url.textContent ?? '', location.href).href;
  const parts = [...source.children].map((part) => part.textContent ?? '');
  document.documentElement.style.setProperty('--print-source', printSourceValue(parts));
  document.documentElement.classList.add('print-source-in-margin');
}
