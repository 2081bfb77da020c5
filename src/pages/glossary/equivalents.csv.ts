import type { APIRoute } from 'astro';
import { EQUIVALENT_COLUMNS, equivalents } from '../../data/equivalents.ts';

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The glossary's equivalents as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the diacritics). */
export const GET: APIRoute = async () => {
  const rows = [EQUIVALENT_COLUMNS.join(','), ...(await equivalents()).map((row) => EQUIVALENT_COLUMNS.map((c) => cell(row[c])).join(','))];
  return new Response(`\uFEFF${rows.join('\r\n')}\r\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
