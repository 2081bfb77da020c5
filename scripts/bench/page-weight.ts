import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, table } from './serve.ts';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** What a first visit downloads for one page, read from the built files: HTML, CSS and the JS that runs on load. */
function weigh(dist: string, path: string) {
  const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const external = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('');
  const inline = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).join('');
  const css = external(/<link rel="stylesheet" href="([^"]+)"/g) + inline(/<style[^>]*>([\s\S]*?)<\/style>/g);
  const js = external(/<script type="module" src="([^"]+)"/g) + inline(/<script(?: type="module")?>([\s\S]*?)<\/script>/g);
  return { html, css, js };
}

export function pageWeights(dist: string): string {
  const pages: [string, string][] = [
    ['home', 'en/'], ['Protocol index', 'en/protocol/'], ['article (art. 6)', 'en/protocol/art-6/'], ['article, Serbian Latin', 'sr-latn/protocol/art-6/'],
    ['parallel view', 'en/protocol/art-6/parallel/'], ['glossary index', 'en/glossary/'], ['term', 'en/glossary/trafficking-in-persons/'],
    ['guideline (GIP 7)', 'en/guidelines/gip-7/'], ['note', 'en/notes/two-tracks/'], ['search page', 'en/search/'],
  ];
  const rows = pages.map(([name, path]) => {
    const { html, css, js } = weigh(dist, path);
    const total = html + css + js;
    return [name, kb(Buffer.byteLength(html)), kb(gzip(html)), kb(gzip(css)), kb(gzip(js)), kb(Buffer.byteLength(total)), kb(gzip(html) + gzip(css) + gzip(js))];
  });
  return table(['page', 'HTML KB', 'HTML gz', 'CSS gz', 'JS gz', 'total KB', 'total gz KB'], rows);
}
