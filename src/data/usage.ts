import { t } from '../i18n/index.ts';
import { contentLanguageOf, type ContentLanguage, type Locale } from '../lib/locales.ts';
import { flatten } from '../lib/provisions.ts';
import type { PageRef } from '../lib/urls.ts';
import { linkedTreatyText } from './glossary.ts';
import { guidancePageRef, renderedGuidance } from './guidance.ts';
import { getEdition } from './protocol.ts';

export interface Usage {
  page: PageRef;
  title: string;
}

const protocolUsage = new Map<ContentLanguage, Promise<Map<string, Usage[]>>>();

/** Which articles link each concept, in one language: the same linking the article pages do. */
function conceptsInProtocol(locale: Locale): Promise<Map<string, Usage[]>> {
  const language = contentLanguageOf(locale);
  if (!protocolUsage.has(language)) {
    protocolUsage.set(language, (async () => {
      const edition = await getEdition(language);
      const byConcept = new Map<string, Usage[]>();
      const add = (concept: string, usage: Usage) => byConcept.set(concept, [...(byConcept.get(concept) ?? []), usage]);
      for (const concept of (await linkedTreatyText(edition.preamble, locale)).concepts) add(concept, { page: { type: 'protocol' }, title: edition.preambleHeading });
      for (const article of edition.articles) {
        const linked = new Set<string>();
        for (const provision of flatten(article.provision)) for (const c of (await linkedTreatyText(provision.text, locale)).concepts) linked.add(c);
        const title = `${t(locale, 'protocol.article', { number: article.number })} ${article.title}`;
        for (const concept of linked) add(concept, { page: { type: 'article', article: article.number }, title });
      }
      return byConcept;
    })());
  }
  return protocolUsage.get(language)!;
}

/** Every page of the locale that links a concept: articles, guidelines, notes. Computed at build time. */
export async function pagesUsing(concept: string, locale: Locale): Promise<Usage[]> {
  const usages = [...((await conceptsInProtocol(locale)).get(concept) ?? [])];
  for (const { page, rendered } of await renderedGuidance(locale)) {
    if (rendered.terms.includes(concept)) {
      usages.push({ page: guidancePageRef(page.section, page.slug), title: page.entry.data.title });
    }
  }
  return usages;
}
