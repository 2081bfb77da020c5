import type { APIRoute } from 'astro';
import { localePaths } from '../../data/paths.ts';
import { protocolData } from '../../data/protocol-data.ts';
import type { Locale } from '../../lib/locales.ts';

export const getStaticPaths = localePaths;

/** The Protocol in one edition as data for reusers, described by /protocol.schema.json (see the README). */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(`${JSON.stringify(await protocolData(locale), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
