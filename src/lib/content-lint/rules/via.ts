/** via: a source known only through another names it in `via:`, and that source exists and was read first-hand. */
import type { SourceFacts } from '../facts.ts';
import type { Problem } from '../problem.ts';
import { keyLine } from '../text.ts';

/** A description or editors' note that says the source was read through another ("Cited in the ICMPD paper …"). */
const KNOWN_THROUGH = /\b(cited in|quoted in|as cited by|known (only )?(from|through))\b/i;

export function viaProblems(file: string, text: string, source: SourceFacts, all: ReadonlyMap<string, SourceFacts>): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string) => keyLine(text, key);
  if (source.via !== undefined) {
    const through = all.get(source.via);
    if (source.via === source.key) problems.push({ file, line: at('via'), rule: 'via', message: 'a source cannot be known through itself', fix: 'name in `via:` the source that cites this one' });
    else if (!through) problems.push({ file, line: at('via'), rule: 'via', message: `via: "${source.via}" is not a source`, fix: `add content/sources/${source.via}.yaml or name an existing source key` });
    else if (through.via !== undefined) problems.push({ file, line: at('via'), rule: 'via', message: `via: "${source.via}" is itself known only through "${through.via}"`, fix: `name in \`via:\` the source you actually read ("${through.via}")` });
  } else {
    const saying = (['editorsNote', 'about'] as const).find((key) => KNOWN_THROUGH.test(source[key] ?? ''));
    if (saying) {
      problems.push({
        file,
        line: at(saying),
        rule: 'via',
        message: `${saying === 'about' ? 'the description' : 'the editors\' note'} says this source is known through another, but it has no \`via:\``,
        fix: 'add `via: <key of the source that cites it>` so that it is rendered "(cited in …)"; if it was read first-hand, say so in `editorsNote:` instead',
      });
    }
  }
  return problems;
}
