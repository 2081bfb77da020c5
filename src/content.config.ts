import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { strictGlob } from './loaders/strict-glob.ts';
import { z } from 'astro/zod';
import { isProvisionId } from './lib/provisions.ts';
import { isPlaceholderTitle, placeholderTitleFix } from './lib/content-lint/index.ts';

/** A day, written YYYY-MM-DD. */
const day = z.coerce.date({ error: 'Write a date as YYYY-MM-DD, e.g. 2026-12-07.' }).refine((date) => !Number.isNaN(date.getTime()), {
  error: 'Not a date: write YYYY-MM-DD, e.g. 2026-12-07.',
});

const chapterNumber = z.enum(['I', 'II', 'III', 'IV'], { error: 'A chapter number is one of I, II, III, IV.' });

/** The Protocol's title lines, chapters and closing formula, one file per language. */
const protocolEditions = defineCollection({
  loader: glob({ base: './content/protocol', pattern: '*/index.md' }),
  schema: z.strictObject({
    heading: z.string().min(1),
    title: z.string().min(1),
    /** The title as a reader writes it, in normal case: the printed heading and title, letter for letter. */
    name: z.string().min(1),
    preambleHeading: z.string().min(1),
    chapters: z
      .array(z.strictObject({ number: chapterNumber, title: z.string().min(1), articles: z.tuple([z.number().int(), z.number().int()]) }))
      .length(4, { error: 'The Protocol has four chapters (I–IV).' }),
    conclusions: z.string().min(1),
    /** When this edition's text was last compared with its source; printed under every page of the text. */
    lastChecked: day,
    /** Changes to the text a reader should know of (re-checks, corrections), newest first: the changes page lists them. */
    history: z.array(z.strictObject({ date: day, note: z.string().min(1) })).min(1, { error: 'history needs at least the entry for when the text was first published.' }),
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

/** A wording not to use in guidance and explanations: the preferred `term` is used instead, or `use` where given. */
const avoidEntry = z.union(
  [z.string().min(1), z.strictObject({ wording: z.string().min(1), use: z.string().min(1) })],
  { error: 'An `avoid` item is a wording ("посебн{а,е} социјалн{а,е} груп{а,е}") or `{ wording: "…", use: "…" }`.' },
);

const termEntry = z.strictObject({
  /** The preferred wording: the one guidance, notes and explanations use. */
  term: z.string().min(1),
  /** The official wording (treaty translation, statute) where it differs from the preferred `term`. */
  official: z.string().min(1).optional(),
  otherTerms: z.array(z.strictObject({ term: z.string().min(1), usage: z.string().min(1) })).default([]),
  forms: z.array(z.string().min(1)).default([]),
  /**
   * Everyday words a reader may search the concept by that the texts do not use for it ("agreed" for consent,
   * "passports" for travel documents): the search page searches the preferred term beside them. Never linked in text.
   */
  searchedAs: z.array(z.string().min(1)).default([]),
  /** Wordings the content linter flags in running prose (outside quotation marks, <Quote> and embedded provisions). */
  avoid: z.array(avoidEntry).default([]),
  definition: z.string().min(20, { error: 'Write a definition of one to three sentences.' }),
});

/** A text a glossary entry points to: a provision of the Protocol, or a source with an optional pinpoint. */
const provisionReference = z.strictObject({ provision: z.string().refine(isProvisionId, { error: 'Not a provision id (e.g. art_3__point_a).' }) });
const sourceReference = z.strictObject({ source: slug, pinpoint: z.string().optional() });
const textReference = z.union([provisionReference, sourceReference], {
  error: 'Each place it is discussed is `provision: art_…` or `source: key` (with an optional `pinpoint`).',
});

/**
 * One file per concept, all three languages in it: a concept missing a language fails here. `definedBy` is the text
 * that defines the term, or `notDefined: true` with the texts that discuss it (src/lib/defined-by.ts); the build checks
 * that every provision and source it names exists (src/data/glossary.ts).
 */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: z.strictObject({
    definedBy: z.union(
      [
        provisionReference,
        sourceReference,
        z.strictObject({
          notDefined: z.literal(true),
          discussedIn: z.array(textReference).min(1, { error: 'Name at least one text where the concept is discussed: `- provision: art_…` or `- source: key`.' }),
        }),
      ],
      {
        error:
          'definedBy needs `provision: art_…` or `source: key` (with an optional `pinpoint`) for the text that defines the term; where none of the texts cited here defines it, `notDefined: true` and `discussedIn:` a list of such texts.',
      },
    ),
    related: z.array(slug).default([]),
    en: termEntry,
    sl: termEntry,
    sr: termEntry,
  }),
});

/** Text for readers: never the editors' words for the documents this site was made from. */
const readersWords = z
  .string()
  .min(1)
  .refine((text) => !/\bseeds?\b/i.test(text), {
    error: 'Readers do not know "the seeds": say what the document is and what is not known about it; put how it was found in `editorsNote:`.',
  });

const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '*.yaml' }),
  schema: z
    .strictObject({
      type: z.enum(['treaty', 'legislation', 'guidelines', 'report', 'article', 'book', 'web']),
      author: z.string().optional(),
      /** The real title; optional only for a source known through another (`via`) that does not give it. */
      title: z
        .string()
        .min(1)
        .refine((title) => !isPlaceholderTitle(title), { error: `A placeholder is not a title: ${placeholderTitleFix}` })
        .optional(),
      reference: z.string().optional(),
      date: z.coerce.date().optional(),
      year: z.number().int().optional(),
      url: z.url().optional(),
      /**
       * What the document is, for readers, in each language (Serbian in Cyrillic): author, title, date, where it was
       * published, what it says that pages rely on, and, once, plainly, what is not known about it. Shown on the
       * Sources page.
       */
      about: z.strictObject({ en: readersWords, sl: readersWords, sr: readersWords }),
      /** For a document without a title: what it is, in each language; references give it in square brackets. */
      describedAs: z.strictObject({ en: readersWords, sl: readersWords, sr: readersWords }).optional(),
      /** The editors' working notes (where a title or date was found, what was checked): never shown to readers. */
      editorsNote: z.string().optional(),
      /** The language the document is published in (ISO 639-1); without it, English. */
      language: z.string().regex(/^[a-z]{2}$/, { error: 'language is a two-letter code: en, sl, sr …' }).optional(),
      /** The key of the source this one is known through (cited there, not read first-hand): rendered "(cited in …)". */
      via: slug.optional(),
      /**
       * Where the site's sources give only some parts of the document: the only pinpoints it may be cited by, as the
       * citations write them in each language ("para. 12", "odst. 12", "пар. 12"). The content linter holds every
       * citation of it to them (src/lib/content-lint/rules/pinpoint.ts).
       */
      pinpoints: z.array(z.string().trim().min(1)).min(1, { error: 'List at least one pinpoint, or leave `pinpoints:` out.' }).optional(),
    })
    .refine((source) => source.title !== undefined || source.via !== undefined || source.describedAs !== undefined, {
      error:
        'A source needs `title:`; only a source known through another (`via: key`) that does not give its title, or a document that has none (`describedAs: { en, sl, sr }`), may leave it out.',
    })
    .refine((source) => source.title === undefined || source.describedAs === undefined, {
      error: 'A source with a `title:` needs no `describedAs:`; remove one of them.',
    }),
});

/**
 * A commentary page's review record, shown at its foot (src/components/ReviewRecord.astro): when its facts were last
 * checked against its sources and by whom, when it is next due, whether a lawyer has reviewed it, and the changes a
 * reader should know of, which also make the changes page and feed (src/data/changes.ts).
 */
const review = z
  .strictObject({
    /** `reviewed` only where a lawyer really reviewed the page; then `reviewer` names who. */
    status: z.enum(['unreviewed', 'reviewed']),
    reviewer: z.string().optional(),
    /** Who checked the facts against the sources: a role, never a person the site cannot name. */
    checkedBy: z.enum(['editors'], { error: 'checkedBy names a role: `editors`.' }),
    lastChecked: day,
    /** Within a year of lastChecked; a page past it shows a notice, and the build warns. */
    nextReview: day,
    /** Changes a reader should know of, newest first; minor edits need none. The first says when the page appeared. */
    history: z
      .array(z.strictObject({ date: day, note: z.string().min(1, { error: 'Say in a sentence what changed.' }) }))
      .min(1, { error: 'history needs at least the entry for when the page was first published.' }),
  }, { error: 'A commentary page needs `review:` with status, checkedBy, lastChecked, nextReview and history (see content/README.md).' })
  .refine((r) => r.status === 'unreviewed' || Boolean(r.reviewer), { error: 'A page marked `status: reviewed` names its `reviewer`.', path: ['reviewer'] })
  .refine((r) => r.nextReview > r.lastChecked && r.nextReview.getTime() - r.lastChecked.getTime() <= 366 * 86_400_000, {
    error: 'nextReview falls after lastChecked and within a year of it.',
    path: ['nextReview'],
  })
  .refine((r) => r.history.every((entry, i) => i === 0 || entry.date <= r.history[i - 1]!.date), {
    error: 'List history newest first.',
    path: ['history'],
  });

/**
 * What readers type into search when this page is their answer, in their own words (2–12 words each): never shown;
 * the search page matches queries against them and puts the page first (content/README.md).
 */
const searchedAs = z
  .array(z.string().trim().refine((text) => { const words = text.split(/\s+/).length; return words >= 2 && words <= 12; }, { error: 'A searchedAs phrasing is what a reader types: 2–12 words.' }))
  .refine((list) => new Set(list.map((t) => t.toLocaleLowerCase())).size === list.length, { error: 'A searchedAs phrasing is listed twice.' })
  .default([]);

/** Guidelines and notes share one shape: a brief answer, the sources, and the review status. */
const guidance = z.strictObject({
  title: z.string().min(1),
  brief: z.string().min(1),
  order: z.number().int(),
  /** For a summary: the source that holds the text it summarises, linked from the page. */
  original: slug.optional(),
  sources: z.array(slug).default([]),
  searchedAs,
  review,
});

const guidelines = defineCollection({ loader: strictGlob({ base: './content/guidelines', pattern: '*/*.mdx' }), schema: guidance });
const notes = defineCollection({ loader: strictGlob({ base: './content/notes', pattern: '*/*.mdx' }), schema: guidance });

/** What each provision means, one file per article (or the preamble) and language: see content/README.md. */
const explanations = defineCollection({
  loader: strictGlob({ base: './content/explanations', pattern: '*/*.mdx' }),
  // One object rather than a union of two, so that a mistake inside `review` is reported at its own field.
  schema: z
    .strictObject({
      article: z.number().int().min(1).max(20).optional(),
      kind: z.literal('preamble').optional(),
      sources: z.array(slug).default([]),
      review,
    })
    .refine((data) => (data.article === undefined) !== (data.kind === undefined), {
      error: 'An explanation file needs `article: N` (1–20), or `kind: preamble` for preamble.mdx, not both.',
    }),
});

/**
 * The words of the two case checks (`/{locale}/check/trafficking/`, `/{locale}/check/refugee/`) beyond the form and
 * its outcome: the points to examine, trafficking beside smuggling. One file per check and language.
 */
const checks = defineCollection({
  loader: strictGlob({ base: './content/checks', pattern: '*/*.mdx' }),
  schema: z.strictObject({
    sources: z.array(slug).default([]),
    /** The trafficking check's worked scenarios in this language: what each ticks is in src/lib/scenarios.ts. */
    scenarios: z.array(z.strictObject({ id: slug, title: z.string().min(1), brief: z.string().min(1) })).optional(),
    searchedAs,
    review,
  }),
});

/** The site's own pages (the about page), one MDX file per page and language: `content/pages/{lang}/{slug}.mdx`. */
const pages = defineCollection({
  loader: strictGlob({ base: './content/pages', pattern: '*/*.mdx' }),
  schema: z.strictObject({ title: z.string().min(1), lead: z.string().min(1) }),
});

export const collections = { protocolEditions, protocolText, glossary, sources, guidelines, notes, explanations, checks, pages };
