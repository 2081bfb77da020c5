/** placeholder-title: a source's title is a title, not a placeholder in brackets or a to-do marker. */
import type { SourceFacts } from '../facts.ts';
import type { Problem } from '../problem.ts';
import { keyLine } from '../text.ts';

/** A title that is a placeholder: a bracketed stand-in ("[Publication cited as …]") or a to-do marker. */
export function isPlaceholderTitle(title: string): boolean {
  return /\[[^\]]*\]/.test(title) || /^\s*\[/.test(title) || /\b(TODO|TBD|FIXME|XXX)\b/.test(title) || /^\s*[?….]*\s*$/.test(title);
}

export const placeholderTitleFix =
  'give the real title as published; if it is not known and the source is known only through another, leave `title` out and add `via: <that source key>`; for a document that has no title, give `describedAs: { en, sl, sr }` instead';

export function placeholderTitleProblems(file: string, text: string, source: SourceFacts): Problem[] {
  const problems: Problem[] = [];
  if (source.title !== undefined && isPlaceholderTitle(source.title)) {
    problems.push({ file, line: keyLine(text, 'title'), rule: 'placeholder-title', message: `the title "${source.title}" is a placeholder, not a title`, fix: placeholderTitleFix });
  }
  if (source.title === undefined && source.via === undefined && !source.describedAs) {
    problems.push({ file, line: 1, rule: 'placeholder-title', message: 'the source has no title', fix: placeholderTitleFix });
  }
  return problems;
}
