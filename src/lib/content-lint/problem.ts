/** What every rule reports: the file, the line, the rule, what is wrong and how to fix it. */
export type Language = 'en' | 'sl' | 'sr';
export const languages: readonly Language[] = ['en', 'sl', 'sr'];
export type Rule = 'preferred-term' | 'quote-translation' | 'via' | 'placeholder-title' | 'latin-in-cyrillic' | 'glossary';

export interface Problem {
  file: string;
  line: number;
  rule: Rule;
  message: string;
  fix: string;
}

/** `file:line: message — fix`, the form every problem is printed in. */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message} — ${p.fix}`;
