/**
 * American and British spellings of the words our English text uses. A reader types either; the query is changed
 * to the spelling the text mostly uses (checked against the content by tests/unit/spelling.test.ts), because
 * Pagefind finds a page only when it holds every word of the query. The treaty text is never changed.
 */

type Spelling = 'american' | 'british';

/** [American, British, the one our English text mostly uses]. Stems take the endings in `STEM_ENDINGS`. */
const stems: [string, string, Spelling][] = [
  ['labor', 'labour', 'british'],
  ['organiz', 'organis', 'american'], // the UN texts: "organized criminal group", "organization"
  ['recogniz', 'recognis', 'british'],
  ['criminaliz', 'criminalis', 'american'],
  ['authoriz', 'authoris', 'american'],
  ['summariz', 'summaris', 'british'],
  ['specializ', 'specialis', 'british'],
  ['behavior', 'behaviour', 'british'],
  ['favor', 'favour', 'british'],
];
const STEM_ENDINGS = ['', 's', 'e', 'es', 'ed', 'er', 'ers', 'ing', 'ation', 'ations', 'al'];

/** Whole words whose spellings differ in more than a stem. */
const words: [string, string, Spelling][] = [
  ['counseling', 'counselling', 'british'],
  ['program', 'programme', 'british'],
  ['programs', 'programmes', 'british'],
  ['judgment', 'judgement', 'british'],
  ['center', 'centre', 'british'],
  ['centers', 'centres', 'british'],
  ['defense', 'defence', 'british'],
  ['offense', 'offence', 'british'],
  ['offenses', 'offences', 'british'],
  ['traveling', 'travelling', 'british'],
  ['traveled', 'travelled', 'british'],
];

/** Each word family: its American and British whole words, and the spelling our text uses. */
export const spellingFamilies: { american: string[]; british: string[]; ours: Spelling }[] = [
  ...stems.map(([us, uk, ours]) => ({ american: STEM_ENDINGS.map((e) => us + e), british: STEM_ENDINGS.map((e) => uk + e), ours })),
  ...words.map(([us, uk, ours]) => ({ american: [us], british: [uk], ours })),
];

const toOurs = new Map<string, string>(spellingFamilies.flatMap(({ american, british, ours }) =>
  american.map((us, i): [string, string] => (ours === 'british' ? [us, british[i]!] : [british[i]!, us]))));

/** "forced labor" → "forced labour", "organised crime" → "organized crime"; other words as typed. */
export function toOurSpelling(query: string): string {
  return query.replace(/\p{L}+/gu, (word) => {
    const ours = toOurs.get(word.toLowerCase());
    if (!ours) return word;
    return word[0] === word[0]!.toUpperCase() ? ours[0]!.toUpperCase() + ours.slice(1) : ours;
  });
}
