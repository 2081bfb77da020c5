/**
 * The site's HTTP security and caching rules, in one place: the Content-Security-Policy directives that Astro puts
 * into every page's `<meta>` (astro.config.mjs reads them from here), and the header files a host reads, generated
 * after the build from the same directives plus the script and style hashes Astro computed.
 */

import { createHash } from 'node:crypto';

type CspDirective = `${'default-src' | 'img-src' | 'connect-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** Pagefind compiles its WebAssembly in the browser ('wasm-unsafe-eval') and runs it in a worker. */
export const cspDirectives: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/** Only a header can forbid framing; a `<meta>` CSP ignores frame-ancestors. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The CSP for the header: the union of every page's `<meta>` policy (pages differ only in which script and style
 * hashes they list), plus what only a header can say. Both policies apply in the browser, so a page is held to its
 * own `<meta>` and the header adds the framing rule without taking anything away.
 */
export function headerCsp(metaPolicies: Iterable<string>): string {
  const sources = new Map<string, Set<string>>();
  for (const policy of metaPolicies) {
    for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...values] = directive.split(/\s+/);
      const set = sources.get(name!) ?? new Set<string>();
      for (const value of values) set.add(value);
      sources.set(name!, set);
    }
  }
  if (sources.size === 0) throw new Error('No page carries a Content-Security-Policy <meta>: is security.csp set in astro.config.mjs?');
  return [...[...sources].map(([name, values]) => [name, ...values].join(' ')), ...headerOnlyDirectives].join('; ');
}

/** The inline scripts a page runs (not JSON data blocks, which never run), each as its CSP hash source. */
export function inlineScriptHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return hashes;
}

/** The inline style elements a page has, each as its CSP hash source. */
export function inlineStyleHashes(html: string): Set<string> {
  return new Set([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`));
}

/**
 * A page's `<meta>` policy with only the hashes of the inline scripts and style elements it has. Astro lists in every
 * page the hashes of every inline script and style of the site; kept to the page's own, the policy allows no more than
 * it needs and each page is some 400 bytes lighter, compressed. Everything else in the policy stays as it is.
 */
export function ownInlineHashes(policy: string, html: string): string {
  const own = { 'script-src': inlineScriptHashes(html), 'style-src': inlineStyleHashes(html) };
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      return ` ${[name, ...values.filter((value) => !value.startsWith("'sha256-") || own[name].has(value))].join(' ')}`;
    })
    .join(';');
}

export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), browsing-topics=()'],
  ];
}

/** Astro's hashed bundles never change under one name; everything else must be checked again on each visit. */
export const immutable = 'public, max-age=31536000, immutable';
export const revalidate = 'no-cache';

/** The paths, under the base path, whose caching is set: hashed assets; the search bundle and the offline worker. */
export const cacheRules = (base: string): [path: string, cacheControl: string][] => [
  [`${base}_astro/*`, immutable],
  [`${base}pagefind/*`, revalidate],
  [`${base}sw.js`, revalidate],
  [`${base}workbox/*`, revalidate],
];

/**
 * `_headers` as Netlify and Cloudflare Pages read it. Both apply every rule whose path matches, and Cloudflare joins
 * two values of one header with a comma, so Cache-Control is never set on the catch-all rule: HTML keeps the hosts'
 * default, which revalidates on every visit.
 */
export function headersFile(base: string, csp: string): string {
  const block = (path: string, headers: [string, string][]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Generated by the build from src/lib/security-headers.ts; do not edit.',
    block(`${base}*`, securityHeaders(csp)),
    ...cacheRules(base).map(([path, cacheControl]) => block(path, [['Cache-Control', cacheControl]])),
    '',
  ].join('\n\n');
}

/** The same headers as nginx `add_header` lines, for deploy/nginx.conf to include in each of its locations. */
export function nginxHeaders(csp: string): string {
  return [
    '# Generated by the build from src/lib/security-headers.ts; do not edit. Included by deploy/nginx.conf.',
    ...securityHeaders(csp).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
