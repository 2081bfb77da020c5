import { getCollection, type CollectionEntry } from 'astro:content';
import { formatReference as referenceText } from '../lib/citation.ts';
import type { Locale } from '../lib/locales.ts';

export type Source = CollectionEntry<'sources'>;

let sources: Promise<Map<string, Source>> | undefined;
export function getSources(): Promise<Map<string, Source>> {
  sources ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return sources;
}

/** A full reference in the reader's language (the date); titles stay in the language the document was published in. */
export const formatReference = (source: Source, locale: Locale): string => referenceText(source.data, locale);

export async function requireSource(key: string, usedIn: string): Promise<Source> {
  const source = (await getSources()).get(key);
  if (!source) throw new Error(`${usedIn}: unknown source key "${key}": add content/sources/${key}.yaml or fix the key.`);
  return source;
}
