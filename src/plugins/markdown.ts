/**
 * Astro's `markdown` setting (astro.config.mjs): how Markdown and MDX content is compiled, with our remark and rehype
 * plugins. One definition, so that the bad-content tests compile MDX through exactly what the build uses
 * (scripts/compile-mdx.ts).
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkContentLinks from './remark-content-links.ts';
import remarkCitations from './remark-citations.ts';
import remarkComponents from './remark-components.ts';
import rehypeGlossaryLinks from './rehype-glossary-links.ts';

export const markdown = {
  // No code blocks to colour, and Shiki's inline styles would need a looser CSP.
  syntaxHighlight: false as const,
  processor: unified({
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkHeadingIds, remarkContentLinks, remarkComponents, remarkCitations],
    rehypePlugins: [rehypeSlug, rehypeGlossaryLinks],
  }),
};
