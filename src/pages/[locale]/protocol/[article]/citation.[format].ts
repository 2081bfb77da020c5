import type { APIRoute } from 'astro';
import { articleCitation } from '../../../../data/citations.ts';
import { localeArticlePaths } from '../../../../data/paths.ts';
import { citationFile, citationFormatInfo, citationFormats, type CitationFormat } from '../../../../lib/citation-files.ts';
import type { Locale } from '../../../../lib/locales.ts';

/** Every article page's citation as RIS, BibTeX and CSL-JSON: `/en/protocol/art-3/citation.ris`. */
export const getStaticPaths = () =>
  localeArticlePaths().flatMap(({ params, props }) => citationFormats.map((format) => ({ params: { ...params, format }, props: { ...props, format } })));

export const GET: APIRoute = async ({ props }) => {
  const { locale, article, format } = props as { locale: Locale; article: number; format: CitationFormat };
  return new Response(citationFile[format](await articleCitation(locale, article)), { headers: { 'content-type': `${citationFormatInfo[format].mediaType}; charset=utf-8` } });
};
