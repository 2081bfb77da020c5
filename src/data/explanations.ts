import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { explanationProblems, readExplanationBlocks, type ExplainedBlock, type ExplanationFile } from '../lib/explanations.ts';
import { capitalised, provisionLabel } from '../lib/citation.ts';
import { contentLanguageOf, contentLanguages, isLocale, type ContentLanguage, type Locale } from '../lib/locales.ts';
import { findProvision, parseProvisionId, toProvisionId, type ProvisionId } from '../lib/provisions.ts';
import { getEdition } from './protocol.ts';
import type { Citation } from '../plugins/remark-citations.ts';
import { articleNumbers, provisionIds } from './paths.ts';

export type ExplanationEntry = CollectionEntry<'explanations'>;

/** The file an explanation entry is read from, as messages show it. */
const displayPath = (entry: ExplanationEntry) => relative(process.cwd(), entry.filePath!);
const articleOfEntry = (entry: ExplanationEntry): number | 'preamble' => entry.data.article ?? 'preamble';

interface Checked {
  entries: ExplanationEntry[];
  blocks: Map<string, ExplainedBlock[]>; // entry id → its blocks
}

let checked: Promise<Checked> | undefined;

/**
 * Every explanation, checked once per build against the Protocol and across languages; any problem fails the build
 * with all the problems found, each with its file, line and fix.
 */
export function checkedExplanations(): Promise<Checked> {
  checked ??= (async () => {
    const entries = await getCollection('explanations');
    const ids = await provisionIds();
    const files: ExplanationFile[] = [];
    const blocks = new Map<string, ExplainedBlock[]>();
    for (const entry of entries) {
      const [language, name] = entry.id.split('/') as [ContentLanguage, string];
      const article = articleOfEntry(entry);
      const expected = article === 'preamble' ? 'preamble' : `art-${article}`;
      if (name !== expected) throw new Error(`${displayPath(entry)}: its front matter says ${article === 'preamble' ? 'kind: preamble' : `article: ${article}`}, so the file is named ${expected}.mdx.`);
      const found = readExplanationBlocks(readFileSync(entry.filePath!, 'utf8'));
      blocks.set(entry.id, found);
      files.push({ file: displayPath(entry), language, article, blocks: found });
    }
    const problems = explanationProblems(files, contentLanguages, {
      provisionIds: ids,
      articleOf: (id) => parseProvisionId(id as ProvisionId).article,
      isArticle: (id) => /^art_\d+$/.test(id),
    });
    if (problems.length) throw new Error(`The explanations (content/explanations/) have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    return { entries, blocks };
  })();
  return checked;
}

export interface ExplanationPage {
  entry: ExplanationEntry;
  article: number | 'preamble';
  language: ContentLanguage;
  blocks: ExplainedBlock[];
}

/** The explanation file of an article (or the preamble) in a locale's language. */
export async function explanationOf(article: number | 'preamble', locale: Locale): Promise<ExplanationPage> {
  const { entries, blocks } = await checkedExplanations();
  const language = contentLanguageOf(locale);
  const entry = entries.find((e) => e.id === `${language}/${article === 'preamble' ? 'preamble' : `art-${article}`}`);
  if (!entry) throw new Error(`content/explanations/${language}/${article === 'preamble' ? 'preamble' : `art-${article}`}.mdx is missing: every article is explained in every language.`);
  return { entry, article, language, blocks: blocks.get(entry.id)! };
}

export interface RenderedExplanation {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  citations: Citation[];
  /** The provisions its text links or embeds (not the ones it explains): for "Discussed in". */
  provisions: ProvisionId[];
}

const rendered = new Map<string, Promise<RenderedExplanation>>();
/** Renders an explanation file once per build, with what the Markdown plugins recorded. */
export function renderExplanation(page: ExplanationPage): Promise<RenderedExplanation> {
  if (!rendered.has(page.entry.id)) {
    rendered.set(page.entry.id, render(page.entry).then(({ Content, remarkPluginFrontmatter: recorded }) => ({
      Content,
      citations: (recorded['citations'] ?? []) as Citation[],
      provisions: (recorded['provisions'] ?? []) as ProvisionId[],
    })));
  }
  return rendered.get(page.entry.id)!;
}

/** The explanations of other articles that link a provision of this one: part of its "Discussed in" list. */
export async function explanationsReferring(article: number, locale: Locale): Promise<{ article: number | 'preamble'; provisions: ProvisionId[] }[]> {
  const found: { article: number | 'preamble'; provisions: ProvisionId[] }[] = [];
  for (const other of ['preamble' as const, ...articleNumbers]) {
    if (other === article) continue;
    const { provisions } = await renderExplanation(await explanationOf(other, locale));
    const here = provisions.filter((id) => parseProvisionId(id).article === article);
    if (here.length) found.push({ article: other, provisions: here });
  }
  return found;
}

/** What an `<Explanation of="…">` covers, as both its renderings (the explanation page, the study questions) need it. */
export interface ExplainedProvisions {
  locale: Locale;
  ids: ProvisionId[];
  language: ContentLanguage;
  /** An article with parts explained as a whole: its parts follow, each with its own words. */
  wholeArticle: boolean;
  /** "Art. 3(a), art. 3(b)": the ids' labels, capitalised. */
  label: string;
}

export async function explainedProvisions(of: string, locale: string | undefined): Promise<ExplainedProvisions> {
  if (!isLocale(locale)) throw new Error(`<Explanation of="${of}"> is only for pages under /{locale}/.`);
  const ids = of.trim().split(/\s+/).map(toProvisionId);
  const language = contentLanguageOf(locale);
  const edition = await getEdition(language);
  const [first] = ids;
  const { article } = parseProvisionId(first!);
  const parts = article === undefined ? [] : (findProvision(edition.articles[article - 1]!.provision, first!)?.children ?? []);
  const wholeArticle = ids.length === 1 && /^art_\d+$/.test(first!) && parts.length > 0;
  return { locale, ids, language, wholeArticle, label: capitalised(ids.map((id) => provisionLabel(id, language)).join(', ')) };
}
