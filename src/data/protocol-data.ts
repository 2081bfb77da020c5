import { contentLicence } from '../lib/licence.ts';
import { t } from '../i18n/index.ts';
import { getEdition } from './protocol.ts';
import { formatReference, requireSource, type Source } from './sources.ts';
import { provisionCitation, provisionLabel } from '../lib/citation.ts';
import { contentLanguageOf, languageTag, type Locale } from '../lib/locales.ts';
import { printedTitleOf, standingOf, type ProtocolData, type ProtocolProvisionData, type SourceReference } from '../lib/protocol-data.ts';
import { flatten, toProvisionId, type Provision } from '../lib/provisions.ts';
import { inScript } from '../lib/transliterate.ts';
import { publicUrl, urls } from '../site.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);
const FILE = 'src/data/protocol-data.ts';

/** A source as the data files name it, its reference in the edition's language and script. */
async function sourceReference(key: string, locale: Locale): Promise<SourceReference> {
  const source: Source = await requireSource(key, FILE);
  const date = source.data.date ?? (source.data.year ? new Date(Date.UTC(source.data.year, 0, 1)) : undefined);
  if (!date) throw new Error(`content/sources/${key}.yaml: the Protocol's data files need its date.`);
  const citation = formatReference(source, locale);
  return { key, citation: inScript(citation, locale), date: day(date), language: source.data.language ?? 'en' };
}

/**
 * One edition of the Protocol as data, from the one collection: every provision with its id, label, text (verbatim;
 * Serbian Latin transliterated here), page URL, short link, citation and parent. URLs are on SITE_URL's origin, or
 * root-relative when the build has none.
 */
export async function protocolData(locale: Locale): Promise<ProtocolData> {
  const language = contentLanguageOf(locale);
  const edition = await getEdition(language);
  const script = (text: string) => inScript(text, locale);
  const instrumentTitle = t(locale, 'protocol.shortTitle');
  const status = standingOf[language];

  const common = (id: ReturnType<typeof toProvisionId>) => ({
    label: script(provisionLabel(id, language)),
    url: publicUrl(urls.provision(locale, id)),
    shortLink: publicUrl(urls.shortLink(id, locale)),
    citation: script(provisionCitation(id, language, instrumentTitle)),
  });
  const preamble = toProvisionId('preamble');
  const provisions: ProtocolProvisionData[] = [
    { id: preamble, kind: 'preamble', parent: null, heading: script(edition.preambleHeading), ...common(preamble), text: edition.preamble.map(script) },
  ];
  for (const article of edition.articles) {
    const visit = (provision: Provision, parent: Provision | undefined) => {
      provisions.push({
        id: provision.id,
        kind: provision.kind,
        parent: parent?.id ?? null,
        number: script(provision.kind === 'article' ? t(locale, 'protocol.article', { number: article.number }) : provision.label),
        ...(provision.kind === 'article' ? { heading: script(article.title), chapter: article.chapter.number } : {}),
        ...common(provision.id),
        text: provision.text.map(script),
      });
      for (const child of provision.children) visit(child, provision);
    };
    visit(article.provision, undefined);
  }
  const ids = provisions.map((p) => p.id);
  const expected = [preamble, ...edition.articles.flatMap((a) => flatten(a.provision).map((p) => p.id))];
  if (ids.join() !== expected.join()) throw new Error(`${FILE}: the data file's provisions are not the edition's, in order.`);

  return {
    $schema: publicUrl(urls.asset('protocol.schema.json')),
    locale,
    language: languageTag(locale),
    title: script(edition.name),
    printedTitle: script(printedTitleOf(edition.heading, edition.title)),
    shortTitle: script(instrumentTitle),
    instrument: await sourceReference('palermo-protocol', locale),
    standing: {
      status,
      statement: script(t(locale, 'standing.statement')),
      ...(status === 'unofficial-translation'
        ? { translatedFrom: 'en', officialTranslation: await sourceReference('rs-untoc-ratification', locale) }
        : { printedIn: await sourceReference('si-mptlmok', locale) }),
    },
    lastChecked: day(edition.lastChecked),
    publisher: script(t(locale, 'site.name')),
    license: {
      name: contentLicence.name,
      url: contentLicence.url,
      covers: script(t(locale, status === 'unofficial-translation' ? 'licence.dataTranslation' : 'licence.dataReproduced')),
    },
    url: publicUrl(urls.page(locale, { type: 'protocol' })),
    chapters: edition.chapters.map((c) => ({ number: c.number, title: script(c.title), articles: [c.articles[0], c.articles[1]] })),
    conclusions: script(edition.conclusions),
    provisions,
  };
}
