/**
 * Where a glossary concept is defined: a provision of the Protocol, or a source with a pinpoint, that says what the
 * term means (or lays down the rule it names); or, when none of the texts cited here does, `notDefined: true` and the
 * texts where it is discussed instead. `content/glossary/*.yaml` writes it as `definedBy` (schema in
 * src/content.config.ts, rules in content/README.md); the build checks every text it names (`definedByProblems`).
 */

/** A text the glossary points to: a provision of the Protocol, or a source by key with an optional pinpoint. */
export type TextReference = { provision: string } | { source: string; pinpoint?: string | undefined };

/** The Protocol (and every text cited here) leaves the term undefined; these texts discuss it. */
export interface NotDefined {
  notDefined: true;
  discussedIn: TextReference[];
}

export type DefinedBy = TextReference | NotDefined;

export const isNotDefined = (definedBy: DefinedBy): definedBy is NotDefined => 'notDefined' in definedBy;

/** Every text an entry names, with the field that names it (`definedBy`, `definedBy.discussedIn[1]`). */
export function textsNamed(definedBy: DefinedBy): { field: string; reference: TextReference }[] {
  if (!isNotDefined(definedBy)) return [{ field: 'definedBy', reference: definedBy }];
  return definedBy.discussedIn.map((reference, index) => ({ field: `definedBy.discussedIn[${index}]`, reference }));
}

export interface KnownTexts {
  provisionIds: ReadonlySet<string>;
  sourceKeys: ReadonlySet<string>;
  /** The nearest real provision ids to a wrong one, for "did you mean". */
  nearestProvisions: (wrong: string) => string[];
}

/** The 1-based line of the first line holding `needle` (1 when none does: the problem is about the file). */
function lineOf(text: string, needle: RegExp): number {
  const index = text.split('\n').findIndex((line) => needle.test(line));
  return index < 0 ? 1 : index + 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is wrong with an entry's `definedBy`, one sentence per unknown provision or source, each starting
 * `file:line:` and saying what to fix. `text` is the YAML file as written, for the line.
 */
export function definedByProblems(file: string, text: string, definedBy: DefinedBy, known: KnownTexts): string[] {
  const problems: string[] = [];
  for (const { field, reference } of textsNamed(definedBy)) {
    if ('provision' in reference) {
      if (known.provisionIds.has(reference.provision)) continue;
      const line = lineOf(text, new RegExp(`provision:\\s*["']?${escape(reference.provision)}\\b`));
      const nearest = known.nearestProvisions(reference.provision).map((id) => `"${id}"`).join(', ');
      problems.push(`${file}:${line}: ${field}: provision "${reference.provision}" is not in the Protocol; the nearest ids are ${nearest}.`);
    } else if (!known.sourceKeys.has(reference.source)) {
      const line = lineOf(text, new RegExp(`source:\\s*["']?${escape(reference.source)}\\b`));
      problems.push(`${file}:${line}: ${field}: source "${reference.source}" does not exist in content/sources/; add content/sources/${reference.source}.yaml or fix the key.`);
    }
  }
  return problems;
}
