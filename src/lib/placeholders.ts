/**
 * Fills `{name}` placeholders in a UI string: the one way, on the server (`t()`) and in the browser scripts. A
 * placeholder without a value stays as it is, so a page can fill some at build time and the browser the rest.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
