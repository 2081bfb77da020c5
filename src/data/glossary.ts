import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { compareTerms, initialLetter } from '../lib/alphabets.ts';
import { createTermMatcher, describeEverydayPhrasesReadAsOneWord, describeEverydayWordConflicts, describeFormConflicts, everydayPhrasesReadAsOneWord, everydayWordConflicts, expandBraces, formConflicts, formsOf, normaliseForm, searchedAsOf, type TermMatcher } from '../lib/glossary.ts';
import { isStopWord } from '../lib/query.ts';
import { linkTerms } from '../lib/glossary-links.ts';
import { contentLanguageOf, contentLanguages, type ContentLanguage, type Locale } from '../lib/locales.ts';
import { inScript } from '../lib/transliterate.ts';
import { flatten } from '../lib/provisions.ts';
import { definedByProblems } from '../lib/defined-by.ts';
import { nearestProvisionIds } from '../lib/embeds.ts';
import { urls } from '../site.ts';
import { getSources } from './sources.ts';
import { getOriginal } from './protocol.ts';

export type Concept = CollectionEntry<'glossary'>;

/** What the reader sees: Serbian Latin pages show the Cyrillic text transliterated. */
export { inScript };

export type Term = Concept['data']['en'];
export const termIn = (concept: Concept, locale: Locale): Term => concept.data[contentLanguageOf(locale)];

async function validate(concepts: Concept[]): Promise<void> {
  const ids = new Set(concepts.map((c) => c.id));
  const sources = await getSources();
  const protocolIds = new Set<string>([...(await getOriginal()).articles.flatMap((a) => flatten(a.provision).map((p) => p.id)), 'preamble']);
  const known = { provisionIds: protocolIds, sourceKeys: new Set(sources.keys()), nearestProvisions: (wrong: string) => nearestProvisionIds(wrong, protocolIds) };
  const problems: string[] = [];
  for (const concept of concepts) {
    const file = `content/glossary/${concept.id}.yaml`;
    for (const related of concept.data.related) if (!ids.has(related)) problems.push(`${file}: related concept "${related}" does not exist; add content/glossary/${related}.yaml or fix the id.`);
    problems.push(...definedByProblems(file, readFileSync(concept.filePath ?? file, 'utf8'), concept.data.definedBy, known));
  }
  // Every problem at once, so that an editor fixes them in one go.
  const reports = problems.length ? [`The glossary has problems:\n  - ${problems.join('\n  - ')}`] : [];
  for (const language of contentLanguages) {
    // A name or form belongs to one concept; an everyday word may belong to several, but must not name another.
    const conflicts = formConflicts(concepts.map((c) => ({ concept: c.id, forms: formsOf(c.data[language]) })));
    if (conflicts.length) reports.push(describeFormConflicts(language, conflicts));
    const everyday = everydayWordConflicts(concepts.map((c) => ({ concept: c.id, forms: formsOf(c.data[language]), searchedAs: searchedAsOf(c.data[language]) })));
    if (everyday.length) reports.push(describeEverydayWordConflicts(language, everyday));
    const readAsOne = everydayPhrasesReadAsOneWord(concepts.map((c) => ({ concept: c.id, searchedAs: searchedAsOf(c.data[language]) })), (word) => isStopWord(language, word));
    if (readAsOne.length) reports.push(describeEverydayPhrasesReadAsOneWord(language, readAsOne.map((p) => ({ ...p, line: searchedAsLine(concepts.find((c) => c.id === p.concept)!, language, p.phrase) }))));
  }
  if (reports.length) throw new Error(reports.join('\n'));
}

/** The line of a concept's file that lists an everyday phrase (as written, braces and all), for the editor. */
function searchedAsLine(concept: Concept, language: ContentLanguage, phrase: string): number | undefined {
  const written = (concept.data[language].searchedAs ?? []).find((line) => expandBraces(line).some((form) => normaliseForm(form) === phrase));
  if (!written) return undefined;
  const index = readFileSync(concept.filePath ?? `content/glossary/${concept.id}.yaml`, 'utf8').split('\n').findIndex((line) => line.includes(written));
  return index < 0 ? undefined : index + 1;
}

let concepts: Promise<Concept[]> | undefined;
export function getConcepts(): Promise<Concept[]> {
  concepts ??= getCollection('glossary').then(async (all) => {
    await validate(all);
    return all;
  });
  return concepts;
}

export async function requireConcept(id: string): Promise<Concept> {
  const concept = (await getConcepts()).find((c) => c.id === id);
  if (!concept) throw new Error(`Unknown glossary concept "${id}".`);
  return concept;
}

/** The concepts in the locale's alphabetical order, grouped by initial letter. */
export async function conceptsByLetter(locale: Locale): Promise<Map<string, Concept[]>> {
  const compare = compareTerms(locale);
  const sorted = [...(await getConcepts())].sort((a, b) => compare(inScript(termIn(a, locale).term, locale), inScript(termIn(b, locale).term, locale)));
  const byLetter = new Map<string, Concept[]>();
  for (const concept of sorted) {
    const letter = initialLetter(inScript(termIn(concept, locale).term, locale), locale);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), concept]);
  }
  return byLetter;
}

const matchers = new Map<ContentLanguage, TermMatcher>();
async function matcherFor(language: ContentLanguage): Promise<TermMatcher> {
  if (!matchers.has(language)) {
    matchers.set(language, createTermMatcher((await getConcepts()).map((c) => ({ concept: c.id, forms: formsOf(c.data[language]) }))));
  }
  return matchers.get(language)!;
}

/**
 * A provision's text blocks as HTML with its glossary terms linked: the same linker the Markdown plugin uses,
 * one section per provision. Returns the concepts linked too.
 */
export async function linkedTreatyText(texts: string[], locale: Locale, ownConcept?: string): Promise<{ html: string[]; concepts: Set<string> }> {
  const tree: Root = { type: 'root', children: texts.map((text): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] })) };
  const concepts = linkTerms(tree, { findTerms: await matcherFor(contentLanguageOf(locale)), href: (concept) => urls.page(locale, { type: 'term', concept }), ownConcept });
  return { html: tree.children.map((p) => toHtml(p)), concepts };
}
