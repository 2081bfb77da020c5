import type { APIRoute } from 'astro';
import { protocolJsonSchema } from '../lib/protocol-data.ts';

/** The JSON Schema every edition's protocol.json follows; the tests validate the built files against this file. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(protocolJsonSchema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
