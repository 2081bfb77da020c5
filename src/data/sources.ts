import { getCollection, type CollectionEntry } from 'astro:content';
import { formatReference as referenceText } from '../lib/citation.ts';
import { contentLanguageOf, type Locale } from '../lib/locales.ts';

export type Source = CollectionEntry<'sources'>;

let sources: Promise<Map<string, Source>> | undefined;
/** The sources once loaded, so that a reference can name the source it was found through without waiting. */
let loaded: Map<string, Source> | undefined;

/** A `via` must name another source that exists and is itself read first-hand. */
function checkVia(all: Map<string, Source>): void {
  const problems: string[] = [];
  for (const source of all.values()) {
    const via = source.data.via;
    if (via === undefined) continue;
    const file = `content/sources/${source.id}.yaml`;
    const through = all.get(via);
    if (via === source.id) problems.push(`${file}: via: a source cannot be known through itself; name the source that cites it.`);
    else if (!through) problems.push(`${file}: via: "${via}" is not a source; add content/sources/${via}.yaml or fix the key.`);
    else if (through.data.via !== undefined) problems.push(`${file}: via: "${via}" is itself known only through "${through.data.via}"; name "${through.data.via}" instead.`);
  }
  if (problems.length) throw new Error(`The sources have problems:\n  - ${problems.join('\n  - ')}`);
}

export function getSources(): Promise<Map<string, Source>> {
  sources ??= getCollection('sources').then((all) => {
    const map = new Map(all.map((s) => [s.id, s]));
    checkVia(map);
    loaded = map;
    return map;
  });
  return sources;
}

/** The parts of a reference in the reader's language: what a document without a title is. */
const partsOf = (data: Source['data'], locale: Locale) => ({ ...data, describedAs: data.describedAs?.[contentLanguageOf(locale)] });

/**
 * A full reference in the reader's language (the date, "cited in …" for a source known only through another, what a
 * document without a title is); titles stay in the language the document was published in. Call it after
 * getSources() or requireSource().
 */
export const formatReference = (source: Source, locale: Locale): string => {
  const via = source.data.via === undefined ? undefined : loaded?.get(source.data.via);
  if (source.data.via !== undefined && !via) throw new Error(`content/sources/${source.id}.yaml: via: "${source.data.via}" is not a loaded source.`);
  // a source read first-hand has no `via` of its own (checkVia makes sure)
  return referenceText({ ...partsOf(source.data, locale), via: via ? { ...partsOf(via.data, locale), via: undefined } : undefined }, locale);
};

/** What the document is, for the reader, in the page's language (Serbian in Cyrillic; the Latin edition is made from it). */
export const aboutSource = (source: Source, locale: Locale): string => source.data.about[contentLanguageOf(locale)];

export async function requireSource(key: string, usedIn: string): Promise<Source> {
  const source = (await getSources()).get(key);
  if (!source) throw new Error(`${usedIn}: unknown source key "${key}": add content/sources/${key}.yaml or fix the key.`);
  return source;
}
