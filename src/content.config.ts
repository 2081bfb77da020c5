import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

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

export const collections = { protocolEditions, protocolText };
