import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckKind } from '../lib/check.ts';
import { contentLanguageOf, type Locale } from '../lib/locales.ts';
import type { Citation } from '../plugins/remark-citations.ts';
import { requireSource } from './sources.ts';

export interface CheckContent {
  entry: CollectionEntry<'checks'>;
  /** The content file, for messages. */
  file: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  citations: Citation[];
}

/** The words of a check in the locale's language: every check is written in every language, or the build fails. */
export async function checkContent(kind: CheckKind, locale: Locale): Promise<CheckContent> {
  const language = contentLanguageOf(locale);
  const file = `content/checks/${language}/${kind}.mdx`;
  const entry = (await getCollection('checks')).find((e) => e.id === `${language}/${kind}`);
  if (!entry) throw new Error(`${file} is missing: each check is written in English, Slovenian and Serbian.`);
  for (const key of entry.data.sources) await requireSource(key, file);
  const { Content, remarkPluginFrontmatter: recorded } = await render(entry);
  return { entry, file, Content, citations: (recorded['citations'] ?? []) as Citation[] };
}
