import { printSourceValue } from '../lib/print-source.ts';

/**
 * Hands the page's `.print-source` line to the print margin box; without JS that line prints once, at the end. Every
 * address shown for printing (`[data-print-url]`) and the report link take the origin this page is served from where
 * the build had none (SITE_URL): as resolvePublicUrl in src/lib/urls.ts, written out here so that every page's script
 * needs no URL module. A report link marked `data-report-shown` (the not-found page's) reports the address in the
 * browser's address bar.
 */
export function applyPrintSource(): void {
  const absolute = (path: string) => new URL(path, location.href).href;
  for (const url of document.querySelectorAll('[data-print-url]')) url.textContent = absolute(url.textContent ?? '');
  for (const report of document.querySelectorAll<HTMLAnchorElement>('a[data-report^="/"]')) {
    const path = report.dataset.report!;
    report.href = report.href.replace(encodeURIComponent(path), encodeURIComponent(absolute(path)));
    report.dataset.report = absolute(path);
  }
  for (const report of document.querySelectorAll<HTMLAnchorElement>('a[data-report-shown]')) {
    report.href = report.href.replace(encodeURIComponent(report.dataset.report!), encodeURIComponent(location.href));
    report.dataset.report = location.href;
  }
  const source = document.querySelector('.print-source');
  if (!source) return;
  const parts = [...source.children].map((part) => part.textContent ?? '');
  document.documentElement.style.setProperty('--print-source', printSourceValue(parts));
  document.documentElement.classList.add('print-source-in-margin');
}
