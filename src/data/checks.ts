import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckKind } from '../lib/check.ts';
import { scenarioTextProblems, type ScenarioId, type ScenarioText } from '../lib/scenarios.ts';
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

/**
 * The trafficking check's worked scenarios in the locale's language, in the order of src/lib/scenarios.ts, each
 * citing sources the file names: a language that leaves one out, or adds one, fails the build.
 */
export async function scenarioTexts(content: CheckContent): Promise<(ScenarioText & { id: ScenarioId })[]> {
  const texts = content.entry.data.scenarios;
  const problems = scenarioTextProblems(content.file, texts);
  if (problems.length) throw new Error(`The worked scenarios have problems:\n  - ${problems.join('\n  - ')}`);
  for (const text of texts!) {
    for (const [, key] of text.brief.matchAll(/\[@([a-z0-9-]+)/g)) {
      if (!content.entry.data.sources.includes(key!)) throw new Error(`${content.file}: scenario "${text.id}" cites "${key}", which is not in the file's \`sources:\`: add it there.`);
      await requireSource(key!, content.file);
    }
  }
  return texts as (ScenarioText & { id: ScenarioId })[];
}
