import { printSourceValue } from '../lib/print-source.ts';

/** Hands the page's `.print-source` line to the print margin box; without JS that line prints once, at the end. */
export function applyPrintSource(): void {
  const source = document.querySelector('.print-source');
  if (!source) return;
  const parts = [...source.children].map((part) => part.textContent ?? '');
  document.documentElement.style.setProperty('--print-source', printSourceValue(parts));
  document.documentElement.classList.add('print-source-in-margin');
}
