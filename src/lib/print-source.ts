/**
 * Printed pages say where they are from in a page-margin box (`@page { @bottom-left { content: var(--print-source) } }`),
 * which repeats on every sheet and never covers the text. A margin box cannot read the page, so the text is handed
 * over as a CSS string custom property.
 */
export function printSourceValue(parts: readonly string[]): string {
  const text = parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean).join('  ·  ');
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
