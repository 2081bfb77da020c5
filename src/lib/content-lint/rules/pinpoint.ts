/**
 * pinpoint: a source that declares its pinpoints (`pinpoints:` in content/sources/<key>.yaml, the paragraphs or
 * sections of it that the site's own sources give) is cited by one of them or by none: in a citation mark
 * `[@key, pinpoint]`, in `<Quote source="key" pinpoint="…">`, and in a glossary entry's `definedBy`. A source that
 * declares none may be cited by any pinpoint.
 */
import { citationMarkPattern } from '../../citation-marks.ts';
import { textsNamed, type DefinedBy } from '../../defined-by.ts';
import type { SourceFacts } from '../facts.ts';
import type { Page } from '../page.ts';
import type { Problem } from '../problem.ts';
import { lineAt } from '../text.ts';

/** Pinpoints compare with their whitespace collapsed: a citation mark may break across lines. */
const normalise = (pinpoint: string): string => pinpoint.replace(/\s+/g, ' ').trim();

/** The pinpoints a source declares, when it declares them and `pinpoint` is not one of them. */
function undeclared(sources: ReadonlyMap<string, SourceFacts>, key: string, pinpoint: string | undefined): readonly string[] | undefined {
  const declared = sources.get(key)?.pinpoints;
  if (!declared || pinpoint === undefined || !normalise(pinpoint)) return undefined;
  return declared.map(normalise).includes(normalise(pinpoint)) ? undefined : declared;
}

function problem(file: string, line: number, what: string, key: string, pinpoint: string, declared: readonly string[]): Problem {
  return {
    file,
    line,
    rule: 'pinpoint',
    message: `${what}: "${normalise(pinpoint)}" is not a pinpoint of ${key} that the site's sources give (content/sources/${key}.yaml declares ${declared.map((p) => `"${p}"`).join(', ')})`,
    fix:
      `cite ${key} by a declared pinpoint only where that part says what the sentence says; otherwise cite the source that ` +
      `says it, or remove or narrow the sentence (add to \`pinpoints:\` only what a source the site has gives)`,
  };
}

/** Citation marks and <Quote> pinpoints in a guideline, note, check or explanation. */
export function pinpointPageProblems(page: Page): Problem[] {
  const { file, baseText, tags, starts, context } = page;
  const problems: Problem[] = [];
  for (const m of baseText.matchAll(citationMarkPattern())) {
    const [whole, key, pinpoint] = m;
    const declared = undeclared(context.sources, key!, pinpoint);
    if (declared) problems.push(problem(file, lineAt(starts, m.index), normalise(whole), key!, pinpoint!, declared));
  }
  for (const tag of tags) {
    if (tag.name !== 'Quote' || tag.closing) continue;
    const { source: key, pinpoint } = tag.attributes;
    if (key === undefined) continue;
    const declared = undeclared(context.sources, key, pinpoint);
    if (declared) problems.push(problem(file, lineAt(starts, tag.valueAt.pinpoint ?? tag.start), `<Quote source="${key}" pinpoint="${pinpoint}">`, key, pinpoint!, declared));
  }
  return problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sources a glossary entry's `definedBy` names with a pinpoint. `text` is the YAML as written, for the line. */
export function pinpointDefinedByProblems(file: string, text: string, definedBy: DefinedBy, sources: ReadonlyMap<string, SourceFacts>): Problem[] {
  const lines = text.split('\n');
  const problems: Problem[] = [];
  let from = 0;
  for (const { field, reference } of textsNamed(definedBy)) {
    if (!('source' in reference)) continue;
    const sourceLine = lines.findIndex((line, i) => i >= from && new RegExp(`source:\\s*["']?${escape(reference.source)}["']?\\s*$`).test(line));
    if (sourceLine >= 0) from = sourceLine + 1;
    const declared = undeclared(sources, reference.source, reference.pinpoint);
    if (!declared) continue;
    const pinpointLine = lines.findIndex((line, i) => i > sourceLine && /^\s*pinpoint:/.test(line));
    const line = pinpointLine >= 0 ? pinpointLine + 1 : sourceLine + 1 || 1;
    problems.push(problem(file, line, `${field}: source "${reference.source}"`, reference.source, reference.pinpoint!, declared));
  }
  return problems;
}
