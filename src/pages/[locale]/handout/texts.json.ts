import type { APIRoute } from 'astro';
import { handoutTexts } from '../../../data/handout.ts';
import { localePaths } from '../../../data/paths.ts';
import type { Locale } from '../../../lib/locales.ts';

export const getStaticPaths = localePaths;

/** The Protocol's text in one edition, loaded by the handout page for each language a handout shows. */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify(await handoutTexts(locale)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
