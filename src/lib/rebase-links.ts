/**
 * Content is rendered once, for the page it is published on, with links relative to that page (`../../glossary/x/`,
 * `#ref-2`). To show the same HTML on another page (the study questions show the explanations), its relative links
 * are made root-relative, resolved against the page they were written for. Absolute and root-relative links stay.
 */
export function rebaseLinks(html: string, renderedFor: string): string {
  const base = new URL(renderedFor, 'https://site.invalid');
  return html.replace(/(\shref=")([^"]*)"/g, (whole, lead: string, href: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(href)) return whole;
    const url = new URL(href.replaceAll('&amp;', '&'), base);
    return `${lead}${`${url.pathname}${url.search}${url.hash}`.replaceAll('&', '&amp;')}"`;
  });
}
