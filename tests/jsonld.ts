/**
 * Expands a page's JSON-LD with the `jsonld` processor, in safe mode: a term it cannot map, an IRI it cannot resolve or
 * a value it would drop is an error, not a silent loss.
 *
 * The pages name their context "https://schema.org". The tests never reach the network, so the loader answers that
 * address with a stand-in that declares what matters here: schema.org's vocabulary, http://schema.org/, the one its
 * published context declares. The pages write every IRI value as {"@id": …}, so the published context's type
 * coercions would not change what they say.
 */
import jsonld from 'jsonld';

export const SCHEMA = 'http://schema.org/';

const contexts: Record<string, object> = {
  'https://schema.org': { '@context': { '@vocab': SCHEMA } },
  'https://schema.org/': { '@context': { '@vocab': SCHEMA } },
};

const documentLoader = async (url: string) => {
  const document = contexts[url];
  if (!document) throw new Error(`The tests load no context from ${url}: only https://schema.org has a stand-in.`);
  return { contextUrl: undefined, documentUrl: url, document };
};

/** The JSON-LD of one page, expanded against the page's own URL. */
export async function expandJsonLd(data: object, base: string): Promise<Record<string, unknown>[]> {
  const options = { base, documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1];
  return (await jsonld.expand(data as Parameters<typeof jsonld.expand>[0], options)) as Record<string, unknown>[];
}

/** The values of one schema.org property in an expanded node: `@value`s and `@id`s, nested nodes as they are. */
export function values(node: Record<string, unknown> | undefined, property: string): unknown[] {
  const found = (node?.[`${SCHEMA}${property}`] ?? []) as Record<string, unknown>[];
  return found.map((v) => v['@value'] ?? (Object.keys(v).length === 1 && v['@id'] ? v['@id'] : v));
}
