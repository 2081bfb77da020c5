import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { compareProvisionIds, describeAlignmentProblems } from '../lib/alignment.ts';
import { contentLanguages, type ContentLanguage } from '../lib/locales.ts';
import { isPrintedTitle } from '../lib/protocol-data.ts';
import { flatten, parseArticle, TreatyStructureError, type Provision } from '../lib/provisions.ts';

export interface Chapter {
  number: 'I' | 'II' | 'III' | 'IV';
  title: string;
  articles: readonly [number, number];
}

export interface Article {
  number: number;
  title: string;
  chapter: Chapter;
  provision: Provision;
}

export interface ProtocolEdition {
  language: ContentLanguage;
  heading: string;
  title: string;
  /** The title as a reader writes it, in normal case (search results, protocol.json). */
  name: string;
  preambleHeading: string;
  preamble: string[];
  chapters: Chapter[];
  articles: Article[];
  conclusions: string;
  lastChecked: Date;
  /** Changes to the edition's text a reader should know of, newest first: re-checks against the source, corrections. */
  history: { date: Date; note: string }[];
}

export const ARTICLE_COUNT = 20;

/** Where a body line sits in its file: the front matter comes first. */
function fileLine(entry: CollectionEntry<'protocolText'>, bodyLine: number): number {
  const raw = readFileSync(entry.filePath!, 'utf8');
  const frontMatterLines = raw.split('\n').indexOf('---', 1) + 1;
  return frontMatterLines + bodyLine;
}

function parseEntry(entry: CollectionEntry<'protocolText'>, article: number): Provision {
  try {
    return parseArticle(article, entry.body ?? '');
  } catch (error) {
    if (error instanceof TreatyStructureError) throw new Error(`${entry.filePath}:${fileLine(entry, error.line)}: ${error.message}`);
    throw error;
  }
}

async function loadEdition(language: ContentLanguage): Promise<ProtocolEdition> {
  const [meta] = await getCollection('protocolEditions', (e) => e.id === language);
  if (!meta) throw new Error(`content/protocol/${language}/index.md is missing: every language needs the Protocol's title, chapters and closing formula.`);
  const texts = await getCollection('protocolText', (e) => e.id.startsWith(`${language}/`));
  const chapters = meta.data.chapters;
  if (!isPrintedTitle(meta.data.name, meta.data.heading, meta.data.title)) {
    throw new Error(`content/protocol/${language}/index.md: name: "${meta.data.name}" is not the printed heading and title in normal case; write "${meta.data.heading} ${meta.data.title}" letter for letter, only the case and the letter-spacing changed.`);
  }

  const preambleEntry = texts.find((e) => 'kind' in e.data);
  if (!preambleEntry) throw new Error(`content/protocol/${language}/preamble.md is missing.`);

  const articles: Article[] = [];
  for (let number = 1; number <= ARTICLE_COUNT; number++) {
    const entry = texts.find((e) => 'article' in e.data && e.data.article === number);
    if (!entry) throw new Error(`content/protocol/${language}/art-${number}.md is missing: every article must exist in every language.`);
    if (!entry.id.endsWith(`/art-${number}`)) throw new Error(`${entry.filePath}: front matter says article ${number} but the file is named ${entry.id}.md; rename it art-${number}.md.`);
    const chapter = chapters.find((c) => number >= c.articles[0] && number <= c.articles[1]);
    if (!chapter) throw new Error(`content/protocol/${language}/index.md: no chapter contains article ${number}; fix the chapters' article ranges.`);
    const title = 'title' in entry.data ? entry.data.title : '';
    articles.push({ number, title, chapter, provision: parseEntry(entry, number) });
  }
  return {
    language,
    heading: meta.data.heading,
    title: meta.data.title,
    name: meta.data.name,
    preambleHeading: meta.data.preambleHeading,
    preamble: (preambleEntry.body ?? '').split('\n').map((l) => l.trim().normalize('NFC')).filter(Boolean),
    chapters,
    articles,
    conclusions: meta.data.conclusions,
    lastChecked: meta.data.lastChecked,
    history: meta.data.history,
  };
}

/** Every translation must have exactly the provisions of the English original. */
function checkAlignment(editions: ProtocolEdition[]): void {
  const [original, ...translations] = editions;
  const problems: string[] = [];
  for (const translation of translations) {
    for (const article of translation.articles) {
      const originalIds = flatten(original!.articles[article.number - 1]!.provision).map((p) => p.id);
      const found = compareProvisionIds(originalIds, flatten(article.provision).map((p) => p.id));
      if (found.length) problems.push(describeAlignmentProblems(`content/protocol/${translation.language}/art-${article.number}.md`, found));
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

let editions: Promise<Map<ContentLanguage, ProtocolEdition>> | undefined;

/** The Protocol in every content language, parsed and checked once per build. */
export function getProtocol(): Promise<Map<ContentLanguage, ProtocolEdition>> {
  editions ??= (async () => {
    const loaded = await Promise.all(contentLanguages.map(loadEdition));
    checkAlignment(loaded);
    return new Map(loaded.map((e) => [e.language, e]));
  })();
  return editions;
}

export async function getEdition(language: ContentLanguage): Promise<ProtocolEdition> {
  return (await getProtocol()).get(language)!;
}
