import { cyrillicToLatin } from '../lib/transliterate.ts';
import { getConcepts } from './glossary.ts';

export const EQUIVALENT_COLUMNS = ['concept', 'en', 'sl', 'sr-Cyrl', 'sr-Latn'] as const;
export type EquivalentRow = Record<(typeof EQUIVALENT_COLUMNS)[number], string>;

/** Every concept in every language and script, in English alphabetical order: the equivalents table and its downloads. */
export async function equivalents(): Promise<EquivalentRow[]> {
  return (await getConcepts())
    .map((c) => ({ concept: c.id, en: c.data.en.term, sl: c.data.sl.term, 'sr-Cyrl': c.data.sr.term, 'sr-Latn': cyrillicToLatin(c.data.sr.term) }))
    .sort((a, b) => a.en.localeCompare(b.en, 'en'));
}
