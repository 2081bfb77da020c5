import type { APIRoute } from 'astro';
import { inScript } from '../../../data/glossary.ts';
import { explanationOf } from '../../../data/explanations.ts';
import { articleNumbers, localePaths } from '../../../data/paths.ts';
import { getEdition } from '../../../data/protocol.ts';
import { t } from '../../../i18n/index.ts';
import { provisionLabel } from '../../../lib/citation.ts';
import { contentLanguageOf, type Locale } from '../../../lib/locales.ts';
import type { AnsweredQuestion } from '../../../lib/query.ts';
import type { ProvisionId } from '../../../lib/provisions.ts';
import { urls } from '../../../site.ts';

export const getStaticPaths = localePaths;

/**
 * Every question the explanations answer, with the place that answers it: the search page puts that place first
 * when a reader asks the same question in other words (src/lib/query.ts, askedBefore). Loaded by the search page only.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const language = contentLanguageOf(locale);
  const edition = await getEdition(language);
  const questions: AnsweredQuestion[] = [];
  for (const article of ['preamble' as const, ...articleNumbers]) {
    const page = await explanationOf(article, locale);
    const pageTitle = article === 'preamble' ? t(locale, 'explained.preambleTitle') : `${t(locale, 'explained.title', { number: article })}: ${edition.articles[article - 1]!.title}`;
    for (const block of page.blocks) {
      const id = block.ids[0] as ProvisionId;
      const title = inScript(`${pageTitle} · ${provisionLabel(id, language)}`, locale);
      for (const { text } of block.questions) questions.push({ question: inScript(text, locale), url: urls.explanation(locale, id), title });
    }
  }
  return new Response(JSON.stringify(questions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
