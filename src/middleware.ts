import { defineMiddleware } from 'astro:middleware';
import { transliterateHtml } from './lib/transliterate-html.ts';

/**
 * Serbian is written once, in Cyrillic. Whatever a page marks `lang="sr-Latn"` (the whole Latin edition,
 * or a Latin column of the parallel view) is transliterated here, as the page is built.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const body = /lang="sr-Latn"/i.test(html) ? transliterateHtml(html) : html;
  return new Response(body, { status: response.status, headers: response.headers });
});
