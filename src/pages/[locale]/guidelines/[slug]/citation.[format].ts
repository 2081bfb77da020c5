import type { APIRoute } from 'astro';
import { guidanceCitation } from '../../../../data/citations.ts';
import type { GuidancePage } from '../../../../data/guidance.ts';
import { localeGuidancePaths } from '../../../../data/paths.ts';
import { citationFile, citationFormatInfo, citationFormats, type CitationFormat } from '../../../../lib/citation-files.ts';
import type { Locale } from '../../../../lib/locales.ts';

/** Every guideline summary's citation as RIS, BibTeX and CSL-JSON: `/en/guidelines/{slug}/citation.ris`. */
export const getStaticPaths = async () =>
  (await localeGuidancePaths('guidelines')()).flatMap(({ params, props }) => citationFormats.map((format) => ({ params: { ...params, format }, props: { ...props, format } })));

export const GET: APIRoute = ({ props }) => {
  const { locale, page, format } = props as { locale: Locale; page: GuidancePage; format: CitationFormat };
  return new Response(citationFile[format](guidanceCitation(page, locale)), { headers: { 'content-type': `${citationFormatInfo[format].mediaType}; charset=utf-8` } });
};
