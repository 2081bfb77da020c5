import type { APIRoute } from 'astro';
import { inScript } from '../../../data/glossary.ts';
import { explanationOf } from '../../../data/explanations.ts';
import { guidancePageRef, guidancePages } from '../../../data/guidance.ts';
import { articleNumbers, localePaths } from '../../../data/paths.ts';
import { getEdition } from '../../../data/protocol.ts';
import { t, type UiKey } from '../../../i18n/index.ts';
import { provisionLabel } from '../../../lib/citation.ts';
import { checkKinds } from '../../../lib/check.ts';
import { checkContent } from '../../../data/checks.ts';
import { answerTo, closestQuestion, firstSentence } from '../../../lib/explanations.ts';
import { contentLanguageOf, type Locale } from '../../../lib/locales.ts';
import type { StoredQuestion } from '../../../lib/query.ts';
import type { ProvisionId } from '../../../lib/provisions.ts';
import { urls } from '../../../site.ts';

export const getStaticPaths = localePaths;

/**
 * Every question the explanations answer, and what readers type for each in their own words (`<SearchedAs>`, and the
 * `searchedAs` of guidelines, notes and checks), with the place that answers it and the sentence of the explanation that
 * answers it (src/lib/explanations.ts, answerTo); and
 * what each guideline, note and case check is about, in its own words (its title, and the first sentence of its
 * brief or lead): the search page puts that place first when a reader asks the same question, or names the same
 * subject, in other words (src/lib/query.ts, askedBefore). Loaded by the search page only.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const language = contentLanguageOf(locale);
  const edition = await getEdition(language);
  const questions: StoredQuestion[] = [];
  for (const article of ['preamble' as const, ...articleNumbers]) {
    const page = await explanationOf(article, locale);
    const pageTitle = article === 'preamble' ? t(locale, 'explained.preambleTitle') : `${t(locale, 'explained.title', { number: article })}: ${edition.articles[article - 1]!.title}`;
    for (const block of page.blocks) {
      const id = block.ids[0] as ProvisionId;
      const title = inScript(`${pageTitle} · ${provisionLabel(id, language)}`, locale);
      const url = urls.explanation(locale, id);
      const asked = block.questions.map(({ text }) => questions.push({ question: inScript(text, locale), answer: inScript(answerTo(text, block.prose ?? ''), locale), url, title, kind: 'explanation' }) - 1);
      // Everyday phrasings share the place and answer of the question they are closest to; of an explanation that
      // asks none, the first carries them.
      for (const { text } of block.searchedAs ?? []) {
        const closest = closestQuestion(text, block.questions.map((q) => q.text));
        if (closest !== undefined) questions.push({ phrasing: inScript(text, locale), of: asked[closest]! });
        else questions.push({ question: inScript(text, locale), phrasing: true, answer: inScript(answerTo(text, block.prose ?? ''), locale), url, title, kind: 'explanation' });
      }
    }
  }
  for (const section of ['guidelines', 'notes'] as const) {
    // A page shown in English on another edition is not indexed there, so it answers nothing there either.
    for (const page of (await guidancePages(section, locale)).filter((p) => !p.isFallback)) {
      const title = inScript(page.entry.data.title, locale);
      const at = questions.push({ question: title, answer: inScript(firstSentence(page.entry.data.brief), locale), url: urls.page(locale, guidancePageRef(section, page.slug)), title, kind: section === 'notes' ? 'note' : 'guideline' }) - 1;
      for (const text of page.entry.data.searchedAs) questions.push({ phrasing: inScript(text, locale), of: at });
    }
  }
  for (const kind of checkKinds) {
    const title = inScript(t(locale, `check.${kind}.title` as UiKey), locale);
    const at = questions.push({ question: title, answer: inScript(firstSentence(t(locale, `check.${kind}.lead` as UiKey)), locale), url: urls.page(locale, { type: 'check', kind }), title, kind: 'check' }) - 1;
    for (const text of (await checkContent(kind, locale)).entry.data.searchedAs) questions.push({ phrasing: inScript(text, locale), of: at });
  }
  return new Response(JSON.stringify(questions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
