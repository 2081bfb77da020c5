import type { APIRoute } from 'astro';
import { localePaths } from '../../data/paths.ts';
import { protocolData } from '../../data/protocol-data.ts';
import type { Locale } from '../../lib/locales.ts';
import { akomaNtoso } from '../../lib/protocol-data.ts';

export const getStaticPaths = localePaths;

/** The Protocol in one edition as Akoma Ntoso 3.0, made from the same data as protocol.json. */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(akomaNtoso(await protocolData(locale)), { headers: { 'content-type': 'application/akn+xml; charset=utf-8' } });
};
