/** Glossary terms: the forms a concept is found by in running text, and a matcher that finds them. */

export interface OtherTerm {
  term: string;
  usage: string;
}

export interface TermEntry {
  term: string;
  otherTerms?: OtherTerm[] | undefined;
  forms?: string[] | undefined;
  /** Everyday words search finds the concept by; never matched in running text. */
  searchedAs?: string[] | undefined;
  definition: string;
}

export interface ConceptForms {
  concept: string;
  forms: string[];
}

export interface TermMatch {
  concept: string;
  start: number;
  end: number;
}

/** `трговин{а,е,и} људима` → three forms. Several groups multiply out. */
export function expandBraces(pattern: string): string[] {
  const group = pattern.match(/\{([^{}]*)\}/);
  if (!group) return [pattern];
  const [whole, options] = group;
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index! + whole.length);
  return options!.split(',').flatMap((option) => expandBraces(`${before}${option.trim()}${after}`));
}

export const normaliseForm = (form: string) => form.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every form of a term in one language: the preferred term, the other terms, and the listed forms expanded. */
export function formsOf(entry: TermEntry): string[] {
  const all = [entry.term, ...(entry.otherTerms ?? []).map((o) => o.term), ...(entry.forms ?? []).flatMap(expandBraces)];
  return [...new Set(all.map(normaliseForm).filter(Boolean))];
}

/** The everyday words a concept is searched by in one language, expanded and normalised as forms are. */
export const searchedAsOf = (entry: TermEntry): string[] => [...new Set((entry.searchedAs ?? []).flatMap(expandBraces).map(normaliseForm).filter(Boolean))];

/** Forms claimed by more than one concept in one language: each must belong to exactly one. */
export function formConflicts(concepts: ConceptForms[]): { form: string; concepts: string[] }[] {
  const owners = new Map<string, string[]>();
  for (const { concept, forms } of concepts) for (const form of forms) owners.set(form, [...(owners.get(form) ?? []), concept]);
  return [...owners].filter(([, c]) => c.length > 1).map(([form, c]) => ({ form, concepts: c }));
}

/**
 * Everyday words (`searchedAs`) that are another concept's name or form. An everyday word may belong to several
 * concepts (a word with several senses points to each), but a word the glossary names a concept by is that concept's.
 */
export function everydayWordConflicts(concepts: (ConceptForms & { searchedAs: string[] })[]): { word: string; concept: string; namedBy: string }[] {
  const namedBy = new Map<string, string>();
  for (const { concept, forms } of concepts) for (const form of forms) namedBy.set(form, concept);
  return concepts.flatMap(({ concept, searchedAs }) => searchedAs.flatMap((word) => {
    const owner = namedBy.get(word);
    return owner !== undefined && owner !== concept ? [{ word, concept, namedBy: owner }] : [];
  }));
}

/**
 * Everyday phrases (`searchedAs`) of several words that search reads as one: the others are stop words, which a
 * query loses too ("police were in on it" is read as "police", "no nationality" as "nationality"), so every query
 * holding that one word would name the concept. Unless the one word is itself listed for the concept, the phrase says
 * what it does not mean.
 */
export function everydayPhrasesReadAsOneWord(concepts: { concept: string; searchedAs: string[] }[], isStopWord: (word: string) => boolean): { phrase: string; concept: string; readAs: string }[] {
  return concepts.flatMap(({ concept, searchedAs }) => searchedAs.flatMap((phrase) => {
    const words = phrase.split(' ');
    const kept = words.filter((word) => !isStopWord(word));
    return words.length > 1 && kept.length <= 1 && !searchedAs.includes(kept[0] ?? '') ? [{ phrase, concept, readAs: kept[0] ?? '' }] : [];
  }));
}

/** What to tell a content editor about everyday phrases search reads as one word. */
export function describeEverydayPhrasesReadAsOneWord(language: string, phrases: { phrase: string; concept: string; readAs: string; line?: number | undefined }[]): string {
  return (
    `Glossary (${language}): an everyday phrase (searchedAs) must keep two words that are not stop words, as search leaves those out of a query.\n` +
    phrases.map((p) => `  - content/glossary/${p.concept}.yaml${p.line ? `:${p.line}` : ''}: "${p.phrase}" in searchedAs is read as ${p.readAs ? `"${p.readAs}" alone` : 'nothing at all'}: add a word that says the situation, list "${p.readAs}" on its own if that word alone means the concept, or remove the phrase.`).join('\n')
  );
}

/** What to tell a content editor about conflicting forms. */
export function describeFormConflicts(language: string, conflicts: { form: string; concepts: string[] }[]): string {
  return (
    `Glossary (${language}): a word form may belong to one concept only.\n` +
    conflicts.map((c) => `  - "${c.form}" is claimed by ${c.concepts.map((id) => `content/glossary/${id}.yaml`).join(' and ')}: remove it from all but one.`).join('\n')
  );
}

/** What to tell a content editor about everyday words that name another concept. */
export function describeEverydayWordConflicts(language: string, conflicts: { word: string; concept: string; namedBy: string }[]): string {
  return (
    `Glossary (${language}): an everyday word (searchedAs) may not be another concept's name or form.\n` +
    conflicts.map((c) => `  - "${c.word}" in the searchedAs of content/glossary/${c.concept}.yaml is a name or form of content/glossary/${c.namedBy}.yaml: remove it from searchedAs.`).join('\n')
  );
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}\p{M}]/u.test(ch);

/** Lower case without changing any index, so matches map back onto the original text. */
const lowerKeepingIndexes = (text: string) =>
  Array.from(text.normalize('NFC'), (ch) => {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }).join('');

/** Finds concept forms in text: case-insensitive, whole words only, the longest match first, no overlaps. */
export function createTermMatcher(concepts: ConceptForms[]) {
  const byFirstChar = new Map<string, { form: string; concept: string }[]>();
  for (const { concept, forms } of concepts) {
    for (const form of forms) byFirstChar.set(form[0]!, [...(byFirstChar.get(form[0]!) ?? []), { form, concept }]);
  }
  for (const candidates of byFirstChar.values()) candidates.sort((a, b) => b.form.length - a.form.length);

  return function findTerms(text: string): TermMatch[] {
    const lower = lowerKeepingIndexes(text);
    const matches: TermMatch[] = [];
    for (let i = 0; i < lower.length; i++) {
      if (isWordChar(lower[i - 1])) continue;
      const found = byFirstChar.get(lower[i]!)?.find(({ form }) => lower.startsWith(form, i) && !isWordChar(lower[i + form.length]));
      if (found) {
        matches.push({ concept: found.concept, start: i, end: i + found.form.length });
        i += found.form.length - 1;
      }
    }
    return matches;
  };
}
export type TermMatcher = ReturnType<typeof createTermMatcher>;
