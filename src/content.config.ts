import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { strictGlob } from './loaders/strict-glob.ts';
import { z } from 'astro/zod';
import { isProvisionId } from './lib/provisions.ts';

const chapterNumber = z.enum(['I', 'II', 'III', 'IV'], { error: 'A chapter number is one of I, II, III, IV.' });

/** The Protocol's title lines, chapters and closing formula, one file per language. */
const protocolEditions = defineCollection({
  loader: glob({ base: './content/protocol', pattern: '*/index.md' }),
  schema: z.strictObject({
    heading: z.string().min(1),
    title: z.string().min(1),
    preambleHeading: z.string().min(1),
    chapters: z
      .array(z.strictObject({ number: chapterNumber, title: z.string().min(1), articles: z.tuple([z.number().int(), z.number().int()]) }))
      .length(4, { error: 'The Protocol has four chapters (I–IV).' }),
    conclusions: z.string().min(1),
    /** When this edition's text was last compared with its source; printed under every page of the text. */
    lastChecked: z.coerce.date(),
  }),
});

/** The preamble and articles 1–20, one file per provision and language; the body is the treaty text. */
const protocolText = defineCollection({
  loader: glob({ base: './content/protocol', pattern: '*/{preamble,art-*}.md' }),
  schema: z.union(
    [
      z.strictObject({ article: z.number().int().min(1).max(20), title: z.string().min(1) }),
      z.strictObject({ kind: z.literal('preamble') }),
    ],
    { error: 'An article file needs `article: N` (1–20) and `title: "…"`; the preamble file needs `kind: preamble`.' },
  ),
});

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use an English slug: lowercase letters, digits and hyphens.' });

const termEntry = z.strictObject({
  term: z.string().min(1),
  otherTerms: z.array(z.strictObject({ term: z.string().min(1), usage: z.string().min(1) })).default([]),
  forms: z.array(z.string().min(1)).default([]),
  definition: z.string().min(20, { error: 'Write a definition of one to three sentences.' }),
});

/** One file per concept, all three languages in it: a concept missing a language fails here. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: z.strictObject({
    definedBy: z.union(
      [
        z.strictObject({ provision: z.string().refine(isProvisionId, { error: 'Not a provision id (e.g. art_3__point_a).' }) }),
        z.strictObject({ source: slug, pinpoint: z.string().optional() }),
      ],
      { error: 'definedBy needs either `provision: art_…` or `source: key` (with an optional `pinpoint`).' },
    ),
    related: z.array(slug).default([]),
    en: termEntry,
    sl: termEntry,
    sr: termEntry,
  }),
});

const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '*.yaml' }),
  schema: z.strictObject({
    type: z.enum(['treaty', 'legislation', 'guidelines', 'report', 'article', 'book', 'web']),
    author: z.string().optional(),
    title: z.string().min(1),
    reference: z.string().optional(),
    date: z.coerce.date().optional(),
    year: z.number().int().optional(),
    url: z.url().optional(),
    note: z.string().optional(),
  }),
});

/** Whether a lawyer has reviewed a page, and when its facts were last checked against the sources. */
const review = z.strictObject({
  status: z.enum(['unreviewed', 'reviewed']),
  reviewer: z.string().optional(),
  lastChecked: z.coerce.date(),
});

/** Guidelines and notes share one shape: a brief answer, the sources, and the review status. */
const guidance = z.strictObject({
  title: z.string().min(1),
  brief: z.string().min(1),
  order: z.number().int(),
  /** For a summary: the source that holds the text it summarises, linked from the page. */
  original: slug.optional(),
  sources: z.array(slug).default([]),
  review,
});

const guidelines = defineCollection({ loader: strictGlob({ base: './content/guidelines', pattern: '*/*.mdx' }), schema: guidance });
const notes = defineCollection({ loader: strictGlob({ base: './content/notes', pattern: '*/*.mdx' }), schema: guidance });

/** What each provision means, one file per article (or the preamble) and language: see content/README.md. */
const explanations = defineCollection({
  loader: strictGlob({ base: './content/explanations', pattern: '*/*.mdx' }),
  schema: z.union(
    [
      z.strictObject({ article: z.number().int().min(1).max(20), sources: z.array(slug).default([]), review }),
      z.strictObject({ kind: z.literal('preamble'), sources: z.array(slug).default([]), review }),
    ],
    { error: 'An explanation file needs `article: N` (1–20), or `kind: preamble` for preamble.mdx, with `sources: [...]` and `review:`.' },
  ),
});

export const collections = { protocolEditions, protocolText, glossary, sources, guidelines, notes, explanations };
