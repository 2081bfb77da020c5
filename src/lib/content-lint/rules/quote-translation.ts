/**
 * quote-translation: a <Quote> whose source is published in another language than the page's says
 * translation="ours", and the paragraph before it says the words are our translation; a quotation in the source's
 * own language does not.
 */
import { sourceLanguage } from '../facts.ts';
import type { Page } from '../page.ts';
import type { Language, Problem } from '../problem.ts';
import { lineAt } from '../text.ts';

const languageNames: Record<string, string> = { en: 'English', sl: 'Slovenian', sr: 'Serbian' };
const languageName = (code: string) => languageNames[code] ?? `"${code}"`;

/** How the sentence before a translated quotation says so, per language. */
const SAYS_TRANSLATED: Record<Language, RegExp> = {
  en: /\bour (own )?translation\b|\btranslated by us\b|\bwe translate/i,
  sl: /(?<!\p{L})naš\p{L}*\s+prevod|(?<!\p{L})prevedli smo|(?<!\p{L})prevod\p{L}* je naš/iu,
  sr: /(?<!\p{L})наш\p{L}*\s+превод|(?<!\p{L})превели смо|(?<!\p{L})превод\p{L}* је наш/iu,
};
const translatedExample: Record<Language, string> = { en: '"In our translation:"', sl: '"V našem prevodu:"', sr: '„У нашем преводу:“' };

/** The paragraph of prose before an offset, skipping blank lines and component tags (<Compare>, <Provision … />). */
function paragraphBefore(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  lines.pop();
  const paragraph: string[] = [];
  while (lines.length) {
    const line = lines.pop()!;
    if (!line.trim() || /^\s*<\/?[A-Z][^>]*>\s*$/.test(line)) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.unshift(line);
  }
  return paragraph.join(' ');
}

export function quoteTranslationProblems(page: Page): Problem[] {
  const { file, text, tags, quotes, starts, language, context } = page;
  const problems: Problem[] = [];
  for (const q of quotes) {
    const key = q.tag.attributes.source;
    if (key === undefined) continue;
    const source = context.sources.get(key);
    if (!source) continue; // the build names unknown sources
    const from = sourceLanguage(source);
    const ours = q.tag.attributes.translation === 'ours';
    const line = lineAt(starts, q.tag.start);
    if (from !== language && !ours) {
      problems.push({
        file,
        line,
        rule: 'quote-translation',
        message: `<Quote source="${key}"> quotes a source published in ${languageName(from)} on a ${languageName(language)} page as if its words were the original`,
        fix: `add translation="ours" to the tag and say in the sentence before it that the words are our translation (e.g. ${translatedExample[language]})`,
      });
    } else if (from === language && ours) {
      problems.push({
        file,
        line,
        rule: 'quote-translation',
        message: `<Quote source="${key}" translation="ours">: the source is published in ${languageName(from)}, the language of this page`,
        fix: 'remove translation="ours" and quote the source\'s own words',
      });
    } else if (ours) {
      const compare = [...tags].reverse().find((t) => t.name === 'Compare' && !t.closing && t.start < q.tag.start);
      const compareOpen = compare && !tags.some((t) => t.name === 'Compare' && t.closing && t.start > compare.start && t.start < q.tag.start);
      const before = paragraphBefore(text, compareOpen ? compare.start : q.tag.start);
      if (!SAYS_TRANSLATED[language].test(before)) {
        problems.push({
          file,
          line,
          rule: 'quote-translation',
          message: `<Quote source="${key}" translation="ours">: the sentence before the quotation does not say it is our translation`,
          fix: `say so in the paragraph before it (e.g. ${translatedExample[language]})`,
        });
      }
    }
  }
  return problems;
}
