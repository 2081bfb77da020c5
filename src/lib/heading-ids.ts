/**
 * MDX reads `{…}` as a JavaScript expression, so the heading id syntax `## Title {#id}` would not parse. Escaping the
 * brace keeps the authors' syntax: MDX then passes `{#id}` through as text, and remark-heading-ids turns it into the id.
 * Line numbers are unchanged, so error messages still point at the right line.
 */
const HEADING_WITH_ID = /^(#{1,6}[ \t].*?)(?<!\\)\{#([a-z0-9-]+)\}([ \t]*)$/gm;

export function escapeHeadingIds(source: string): string {
  return source.replace(HEADING_WITH_ID, (_, heading: string, id: string, trailing: string) => `${heading}\\{#${id}}${trailing}`);
}
