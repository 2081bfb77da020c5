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

/** An article's provisions, or undefined with the problem recorded: its file and line, and what is wrong. */
function parseEntry(entry: CollectionEntry<'protocolText'>, article: number, problems: string[]): Provision | undefined {
  try {
    return parseArticle(article, entry.body ?? '');
  } catch (error) {
    if (!(error instanceof TreatyStructureError)) throw error;
    problems.push(`${entry.filePath}:${fileLine(entry, error.line)}: ${error.message}`);
    return undefined;
  }
}

/**
 * An edition as far as it can be read, recording every problem found on the way rather than stopping at the first;
 * its articles are the ones that could be read.
 */
async function loadEdition(language: ContentLanguage, problems: string[]): Promise<ProtocolEdition | undefined> {
  const [meta] = await getCollection('protocolEditions', (e) => e.id === language);
  if (!meta) {
    problems.push(`content/protocol/${language}/index.md is missing: every language needs the Protocol's title, chapters and closing formula.`);
    return undefined;
  }
  const texts = await getCollection('protocolText', (e) => e.id.startsWith(`${language}/`));
  const chapters = meta.data.chapters;
  if (!isPrintedTitle(meta.data.name, meta.data.heading, meta.data.title)) {
    problems.push(`content/protocol/${language}/index.md: name: "${meta.data.name}" is not the printed heading and title in normal case; write "${meta.data.heading} ${meta.data.title}" letter for letter, only the case and the letter-spacing changed.`);
  }

  const preambleEntry = texts.find((e) => 'kind' in e.data);
  if (!preambleEntry) problems.push(`content/protocol/${language}/preamble.md is missing.`);

  const articles: Article[] = [];
  for (let number = 1; number <= ARTICLE_COUNT; number++) {
    const entry = texts.find((e) => 'article' in e.data && e.data.article === number);
    if (!entry) {
      problems.push(`content/protocol/${language}/art-${number}.md is missing: every article must exist in every language.`);
      continue;
    }
    if (!entry.id.endsWith(`/art-${number}`)) {
      problems.push(`${entry.filePath}: front matter says article ${number} but the file is named ${entry.id}.md; rename it art-${number}.md.`);
      continue;
    }
    const chapter = chapters.find((c) => number >= c.articles[0] && number <= c.articles[1]);
    if (!chapter) problems.push(`content/protocol/${language}/index.md: no chapter contains article ${number}; fix the chapters' article ranges.`);
    const provision = parseEntry(entry, number, problems);
    if (!chapter || !provision) continue;
    const title = 'title' in entry.data ? entry.data.title : '';
    articles.push({ number, title, chapter, provision });
  }
  return {
    language,
    heading: meta.data.heading,
    title: meta.data.title,
    name: meta.data.name,
    preambleHeading: meta.data.preambleHeading,
    preamble: (preambleEntry?.body ?? '').split('\n').map((l) => l.trim().normalize('NFC')).filter(Boolean),
    chapters,
    articles,
    conclusions: meta.data.conclusions,
    lastChecked: meta.data.lastChecked,
    history: meta.data.history,
  };
}

/** Every translation must have exactly the provisions of the English original: compared article by article, where the translation's could be read. */
function alignmentProblems(original: ProtocolEdition, translations: (ProtocolEdition | undefined)[]): string[] {
  const problems: string[] = [];
  for (const translation of translations) {
    for (const article of translation?.articles ?? []) {
      const found = compareProvisionIds(flatten(original.articles[article.number - 1]!.provision).map((p) => p.id), flatten(article.provision).map((p) => p.id));
      if (found.length) problems.push(describeAlignmentProblems(`content/protocol/${translation!.language}/art-${article.number}.md`, found));
    }
  }
  return problems;
}

const failure = (problems: string[]) => new Error(`The Protocol (content/protocol/) has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);

const [originalLanguage, ...translationLanguages] = contentLanguages;
let original: Promise<ProtocolEdition> | undefined;
let editions: Promise<Map<ContentLanguage, ProtocolEdition>> | undefined;

/**
 * The English original, parsed and checked once per build: what the translations are checked against, and where the
 * provision ids come from that the glossary and the explanations are checked against (src/data/paths.ts), so that
 * their problems are found even while a translation has problems of its own.
 */
export function getOriginal(): Promise<ProtocolEdition> {
  original ??= (async () => {
    const problems: string[] = [];
    const edition = await loadEdition(originalLanguage, problems);
    if (problems.length) throw failure(problems);
    return edition!;
  })();
  return original;
}

/**
 * The Protocol in every content language, parsed and checked once per build: the original first; then any problem
 * of the translations fails the build with all the problems found in every one, each with its file (and line, where
 * it has one) and fix.
 */
export function getProtocol(): Promise<Map<ContentLanguage, ProtocolEdition>> {
  editions ??= (async () => {
    const en = await getOriginal();
    const problems = translationLanguages.map((): string[] => []);
    const translations = await Promise.all(translationLanguages.map((language, i) => loadEdition(language, problems[i]!)));
    const all = [...problems.flat(), ...alignmentProblems(en, translations)];
    if (all.length) throw failure(all);
    return new Map([en, ...translations.map((e) => e!)].map((e) => [e.language, e]));
  })();
  return editions;
}

export async function getEdition(language: ContentLanguage): Promise<ProtocolEdition> {
  return (await getProtocol()).get(language)!;
}
