import { getCollection, type CollectionEntry } from 'astro:content';
import { formatReference as referenceText } from '../lib/citation.ts';
import type { Locale } from '../lib/locales.ts';

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

/**
 * A full reference in the reader's language (the date, and "cited in …" for a source known only through another);
 * titles stay in the language the document was published in. Call it after getSources() or requireSource().
 */
export const formatReference = (source: Source, locale: Locale): string => {
  const via = source.data.via === undefined ? undefined : loaded?.get(source.data.via);
  if (source.data.via !== undefined && !via) throw new Error(`content/sources/${source.id}.yaml: via: "${source.data.via}" is not a loaded source.`);
  // a source read first-hand has no `via` of its own (checkVia makes sure)
  return referenceText({ ...source.data, via: via ? { ...via.data, via: undefined } : undefined }, locale);
};

export async function requireSource(key: string, usedIn: string): Promise<Source> {
  const source = (await getSources()).get(key);
  if (!source) throw new Error(`${usedIn}: unknown source key "${key}": add content/sources/${key}.yaml or fix the key.`);
  return source;
}
