import { getCollection, type CollectionEntry } from 'astro:content';

export type Source = CollectionEntry<'sources'>;

let sources: Promise<Map<string, Source>> | undefined;
export function getSources(): Promise<Map<string, Source>> {
  sources ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return sources;
}

/** A full reference: author, title, reference, year. Titles stay in the language the document was published in. */
export function formatReference(source: Source): string {
  const { author, title, reference, date, year } = source.data;
  const when = date ? String(date.getUTCFullYear()) : year ? String(year) : undefined;
  return [author, title, reference, when].filter(Boolean).join(', ') + '.';
}

export async function requireSource(key: string, usedIn: string): Promise<Source> {
  const source = (await getSources()).get(key);
  if (!source) throw new Error(`${usedIn}: unknown source key "${key}": add content/sources/${key}.yaml or fix the key.`);
  return source;
}
