import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Citation } from '../plugins/remark-citations.ts';
import { contentLanguageOf, type ContentLanguage, type Locale } from '../lib/locales.ts';
import { parseProvisionId, type ProvisionId } from '../lib/provisions.ts';
import type { PageRef } from '../lib/urls.ts';

export type Section = 'guidelines' | 'notes';
export type GuidanceEntry = CollectionEntry<Section>;

export interface GuidancePage {
  section: Section;
  slug: string;
  entry: GuidanceEntry;
  /** The language the page is shown in: the locale's, or English where no translation exists yet. */
  language: ContentLanguage;
  isFallback: boolean;
}

/** What the Markdown plugins recorded while rendering a page. */
export interface RenderedGuidance {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  citations: Citation[];
  provisions: ProvisionId[];
  terms: string[];
}

const slugOf = (entry: GuidanceEntry) => entry.id.split('/')[1]!;

/** The page a guideline or note is published at. */
export const guidancePageRef = (section: Section, slug: string): PageRef =>
  section === 'notes' ? { type: 'note', slug } : { type: 'guideline', slug };

/** One page per English original, in the locale's language where it exists, ordered as the front matter says. */
export async function guidancePages(section: Section, locale: Locale): Promise<GuidancePage[]> {
  const entries = await getCollection(section);
  const language = contentLanguageOf(locale);
  return entries
    .filter((e) => e.id.startsWith('en/'))
    .map((original) => {
      const slug = slugOf(original);
      const translation = entries.find((e) => e.id === `${language}/${slug}`);
      return { section, slug, entry: translation ?? original, language: translation ? language : 'en', isFallback: !translation } satisfies GuidancePage;
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export async function renderGuidance(page: GuidancePage): Promise<RenderedGuidance> {
  const { Content, remarkPluginFrontmatter: recorded } = await render(page.entry);
  return {
    Content,
    citations: (recorded['citations'] ?? []) as Citation[],
    provisions: (recorded['provisions'] ?? []) as ProvisionId[],
    terms: (recorded['terms'] ?? []) as string[],
  };
}

export interface Discussion {
  page: GuidancePage;
  provisions: ProvisionId[];
}

/** Every guidance page of a locale with what it recorded while rendering; built once per locale and build. */
const renderedByLocale = new Map<Locale, Promise<{ page: GuidancePage; rendered: RenderedGuidance }[]>>();
export function renderedGuidance(locale: Locale): Promise<{ page: GuidancePage; rendered: RenderedGuidance }[]> {
  if (!renderedByLocale.has(locale)) {
    renderedByLocale.set(locale, (async () => {
      const pages = [...(await guidancePages('guidelines', locale)), ...(await guidancePages('notes', locale))];
      return Promise.all(pages.map(async (page) => ({ page, rendered: await renderGuidance(page) })));
    })());
  }
  return renderedByLocale.get(locale)!;
}

/** Every guideline and note that links a provision of this article: the "Discussed in" list, computed, never kept by hand. */
export async function discussionsOf(article: number, locale: Locale): Promise<Discussion[]> {
  const found: Discussion[] = [];
  for (const { page, rendered } of await renderedGuidance(locale)) {
    const here = rendered.provisions.filter((id) => parseProvisionId(id).article === article);
    if (here.length) found.push({ page, provisions: here });
  }
  return found;
}
