/** What the rules know of sources and glossary concepts: `scripts/lint-content.ts` reads them from the YAML. */

export interface SourceFacts {
  key: string;
  title?: string | undefined;
  /** ISO 639-1 code of the language the source is published in; without it, English. */
  language?: string | undefined;
  via?: string | undefined;
  /** A document without a title says what it is instead (`describedAs:`). */
  describedAs?: boolean | undefined;
  /** The English description for readers (`about.en`) and the editors' note (`editorsNote`). */
  about?: string | undefined;
  editorsNote?: string | undefined;
}

/** The language a source is published in: its `language`, or English. */
export const sourceLanguage = (source: SourceFacts | undefined): string => source?.language ?? 'en';

export type AvoidSpec = string | { wording: string; use: string };

export interface TermFacts {
  term: string;
  official?: string | undefined;
  avoid?: readonly AvoidSpec[] | undefined;
}

/**
 * A wording a translation choice rejected that is no glossary concept (content/rejected-wordings.yaml): flagged in
 * prose like a concept's `avoid:`, with what to write instead and why.
 */
export interface RejectedWording {
  wording: string;
  use: string;
  why: string;
}

export interface ConceptFacts {
  id: string;
  en: TermFacts;
  sl: TermFacts;
  sr: TermFacts;
}
