/**
 * The content linter: rules that keep the words of the site quotable, each failing with the file, the line and the
 * fix. Pure: `scripts/lint-content.ts` reads the files and the YAML and passes them in; the rules are documented in
 * content/README.md ("Content linter: …"). One rule per file in `rules/`:
 *
 * - preferred-term: guidance, notes, checks and explanations do not use a wording a glossary concept lists under
 *   `avoid`, or a rejected wording that is no concept (content/rejected-wordings.yaml), except inside quotation
 *   marks, a <Quote> or an embedded <Provision> (a deliberate quotation of it).
 * - quote-translation: a <Quote> whose source is published in another language than the page's says
 *   translation="ours", and the sentence before it says the words are our translation; a quotation in the source's
 *   own language does not.
 * - via: a source known only through another names it in `via:`, and that source exists.
 * - placeholder-title: a source's title is a title, not a placeholder in brackets.
 * - latin-in-cyrillic: Serbian Cyrillic text has no Latin letters but those allowed (`latinAllowed`).
 * - glossary: the glossary's own `official` and `avoid` fields make sense.
 *
 * This file runs them: which rules read which kind of file, in the order their problems are reported.
 */
import type { ConceptFacts, SourceFacts } from './facts.ts';
import { readPage, type PageContext, type PageKind } from './page.ts';
import type { Language, Problem } from './problem.ts';
import { conceptProblems } from './rules/glossary.ts';
import { latinInCyrillicYamlProblems, latinInCyrillicPageProblems } from './rules/latin-in-cyrillic.ts';
import { placeholderTitleProblems } from './rules/placeholder-title.ts';
import { preferredTermProblems } from './rules/preferred-term.ts';
import { quoteTranslationProblems } from './rules/quote-translation.ts';
import { viaProblems } from './rules/via.ts';

export { formatProblem, languages, type Language, type Problem, type Rule } from './problem.ts';
export { sourceLanguage, type AvoidSpec, type ConceptFacts, type RejectedWording, type SourceFacts, type TermFacts } from './facts.ts';
export type { PageContext, PageKind } from './page.ts';
export { avoidedWordings, rejectedWordings, rejectedWordingsProblems, wordingPattern, type Avoided } from './rules/preferred-term.ts';
export { isPlaceholderTitle, placeholderTitleFix } from './rules/placeholder-title.ts';
export { latinAllowed } from './rules/latin-in-cyrillic.ts';

/** A source file: placeholder-title, then via. */
export function lintSource(file: string, text: string, source: SourceFacts, all: ReadonlyMap<string, SourceFacts>): Problem[] {
  return [...placeholderTitleProblems(file, text, source), ...viaProblems(file, text, source, all)];
}

/** A glossary file's own fields (the glossary rule); its Serbian is read by `lintSerbianInYaml`. */
export function lintConcept(file: string, text: string, concept: ConceptFacts): Problem[] {
  return conceptProblems(file, text, concept);
}

/**
 * A guideline, note, check or explanation (preferred-term, quote-translation, and latin-in-cyrillic in Serbian), or the
 * Protocol's text (only latin-in-cyrillic, in Serbian). Problems in line order.
 */
export function lintPage(file: string, text: string, language: Language, context: PageContext, kind: PageKind = 'guidance'): Problem[] {
  const page = readPage(file, text, language, context);
  const problems: Problem[] = [];
  if (kind !== 'protocol') problems.push(...preferredTermProblems(page), ...quoteTranslationProblems(page));
  if (language === 'sr') problems.push(...latinInCyrillicPageProblems(page));
  return problems.sort((a, b) => a.line - b.line);
}

/** Latin letters in the `sr:` parts of a YAML file (glossary concepts, sources). */
export const lintSerbianInYaml = latinInCyrillicYamlProblems;
