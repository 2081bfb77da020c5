/**
 * What the Markdown plugins need to know about the rest of the content (provision ids, glossary forms, source keys,
 * page slugs), read straight from content/ because plugins run before Astro's collections are available to pages.
 * Read once per process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentLanguages, type ContentLanguage } from '../lib/locales.ts';
import { createTermMatcher, describeFormConflicts, formConflicts, formsOf, type TermEntry, type TermMatcher } from '../lib/glossary.ts';
import { flatten, parseArticle } from '../lib/provisions.ts';

export const CONTENT_DIR = join(process.cwd(), 'content');

/** `content/notes/sr/two-tracks.mdx` → `sr`. */
export function languageOfFile(file: string): ContentLanguage | undefined {
  const [, language] = relative(CONTENT_DIR, file).split(sep);
  return contentLanguages.find((l) => l === language);
}

export const displayPath = (file: string) => relative(process.cwd(), file);

/**
 * The relative path from a content file's page to its locale's root, the same in every locale and under any base:
 * guidelines and notes are published at `/{locale}/{section}/{slug}/`, an article's explanations at
 * `/{locale}/protocol/art-N/explained/`, the preamble's at `/{locale}/protocol/explained/`, the site's own pages
 * (content/pages/) at `/{locale}/{slug}/`.
 */
export function localeRootOf(file: string): string {
  const path = displayPath(file);
  if (path.startsWith('content/pages/')) return '../'; // `/{locale}/about/`
  return /^content\/explanations\/[a-z]+\/art-\d+\.mdx$/.test(path) ? '../../../' : '../../';
}

const once = <T>(load: () => T) => {
  let value: T | undefined;
  return () => (value ??= load());
};

const filesIn = (dir: string, extension: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)) : [];

export const provisionIds = once(() => {
  const ids = new Set<string>(['preamble']);
  for (const file of filesIn(join(CONTENT_DIR, 'protocol/en'), '.md').filter((f) => f.startsWith('art-'))) {
    const body = readFileSync(join(CONTENT_DIR, 'protocol/en', `${file}.md`), 'utf8').split(/^---$/m)[2] ?? '';
    for (const p of flatten(parseArticle(Number(file.slice(4)), body))) ids.add(p.id);
  }
  return ids;
});

export const sourceKeys = once(() => new Set(filesIn(join(CONTENT_DIR, 'sources'), '.yaml')));

export const pageSlugs = (section: 'notes' | 'guidelines') => new Set(filesIn(join(CONTENT_DIR, section, 'en'), '.mdx'));

type ConceptFile = Record<ContentLanguage, TermEntry>;
const concepts = once(() =>
  new Map(filesIn(join(CONTENT_DIR, 'glossary'), '.yaml').map((id) => [id, parseYaml(readFileSync(join(CONTENT_DIR, 'glossary', `${id}.yaml`), 'utf8')) as ConceptFile])),
);
export const conceptIds = () => new Set(concepts().keys());

const matchers = new Map<ContentLanguage, TermMatcher>();
/** The glossary matcher of one language; fails if two concepts claim the same word form. */
export function termMatcher(language: ContentLanguage): TermMatcher {
  let matcher = matchers.get(language);
  if (!matcher) {
    const forms = [...concepts()].filter(([, c]) => c[language]).map(([concept, c]) => ({ concept, forms: formsOf(c[language]) }));
    const conflicts = formConflicts(forms);
    if (conflicts.length) throw new Error(describeFormConflicts(language, conflicts));
    matchers.set(language, (matcher = createTermMatcher(forms)));
  }
  return matcher;
}
