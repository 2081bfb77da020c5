import type { APIRoute } from 'astro';
import { equivalents } from '../../data/equivalents.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await equivalents(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
