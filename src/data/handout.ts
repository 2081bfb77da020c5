import { t } from '../i18n/index.ts';
import { provisionCitation } from '../lib/citation.ts';
import type { HandoutProvision, HandoutTexts } from '../lib/handout.ts';
import { contentLanguageOf, type Locale } from '../lib/locales.ts';
import { flatten, toProvisionId, type Provision } from '../lib/provisions.ts';
import { inScript } from '../lib/transliterate.ts';
import { getEdition } from './protocol.ts';

/** The Protocol's text for the handout page, verbatim from the collection; Serbian Latin transliterated here. */
export async function handoutTexts(locale: Locale): Promise<HandoutTexts> {
  const language = contentLanguageOf(locale);
  const edition = await getEdition(language);
  const script = (text: string) => inScript(text, locale);
  const instrument = t(locale, 'protocol.shortTitle');
  const entry = (provision: Provision, label: string, title?: string): HandoutProvision => ({
    label: script(label),
    ...(title ? { title: script(title) } : {}),
    citation: script(provisionCitation(provision.id, language, instrument)),
    text: provision.text.map(script),
    children: provision.children.map((child) => child.id),
  });
  const preamble = toProvisionId('preamble');
  const provisions: Record<string, HandoutProvision> = {
    [preamble]: {
      label: script(edition.preambleHeading),
      citation: script(provisionCitation(preamble, language, instrument)),
      text: edition.preamble.map(script),
      children: [],
    },
  };
  for (const article of edition.articles) {
    for (const provision of flatten(article.provision)) {
      provisions[provision.id] =
        provision.kind === 'article' ? entry(provision, t(locale, 'protocol.article', { number: article.number }), article.title) : entry(provision, provision.label);
    }
  }
  return { lastChecked: edition.lastChecked.toISOString().slice(0, 10), standing: script(t(locale, 'standing.column')), order: Object.keys(provisions) as HandoutTexts['order'], provisions };
}
