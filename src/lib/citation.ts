import { contentLanguageOf, languageTag, type ContentLanguage, type Locale } from './locales.ts';
import { fillPlaceholders } from './placeholders.ts';
import { parseProvisionId, type ProvisionId } from './provisions.ts';

const CYRILLIC_POINTS = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const cyrillicPoint = (letter: string) => CYRILLIC_POINTS['abcdefghijklmnopqrstuvwxyz'.indexOf(letter)] ?? letter;

/** How each language cites a provision: "art. 5(2)(a)", "5. člen, 2. odstavek, točka (a)", "члан 5. став 2. тачка (а)". */
export function provisionLabel(id: ProvisionId, language: ContentLanguage): string {
  if (id === 'preamble') return { en: 'preamble', sl: 'uvod', sr: 'преамбула' }[language];
  const { article, paragraph, point } = parseProvisionId(id);
  switch (language) {
    case 'en':
      return `art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`;
    case 'sl':
      return [`${article}. člen`, paragraph && `${paragraph}. odstavek`, point && `točka (${point})`].filter(Boolean).join(', ');
    case 'sr':
      return [`члан ${article}.`, paragraph && `став ${paragraph}.`, point && `тачка (${cyrillicPoint(point)})`].filter(Boolean).join(' ');
  }
}

/** A label at the start of a heading or a line: "art. 3(d)" → "Art. 3(d)", "члан 3." → "Члан 3.". */
export const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** A full citation of a provision: the instrument's short title and the provision's label. */
export function provisionCitation(id: ProvisionId, language: ContentLanguage, instrumentTitle: string): string {
  return fillPlaceholders(citationPattern(instrumentTitle), { label: provisionLabel(id, language) });
}

/** A provision's citation with its label left as `{label}`: the provision tools fill it in the browser. */
export const citationPattern = (instrumentTitle: string): string => `${instrumentTitle}, {label}`;

/** A date as the reader's language writes it in full: "April 7, 2006", "7. april 2006", "7. април 2006.". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface ReferenceParts {
  author?: string | undefined;
  /** Left out only for a source known through another (`via`) that does not give its title, or one that has none. */
  title?: string | undefined;
  /** What a document without a title is, in the reader's language: given in square brackets in the title's place. */
  describedAs?: string | undefined;
  /** Document symbol, official gazette, ISBN … */
  reference?: string | undefined;
  /** The full date of issue, where the source has one; otherwise the year. */
  date?: Date | undefined;
  year?: number | undefined;
  /** The source this one is known through (cited there, not read first-hand). */
  via?: ReferenceParts | undefined;
}

/** "cited in" in the reader's language and script. */
const citedIn: Record<ContentLanguage, string> = { en: 'cited in', sl: 'navedeno v', sr: 'наведено у' };
const citedInFor = (locale: Locale) => (locale === 'sr-latn' ? 'navedeno u' : citedIn[contentLanguageOf(locale)]);

/**
 * A full reference: author, title (or, for a document without one, what it is, in square brackets), reference, date
 * of issue (or year), ending with one full stop. A source known only through another ends "(cited in …)" with that
 * source's full reference.
 */
export function formatReference(source: ReferenceParts, locale: Locale): string {
  const when = source.date ? formatDate(source.date, locale) : source.year ? String(source.year) : undefined;
  const title = source.title ?? (source.describedAs ? `[${source.describedAs}]` : undefined);
  const text = [source.author, title, source.reference, when].filter(Boolean).join(', ');
  const through = source.via ? ` (${citedInFor(locale)} ${formatReference(source.via, locale).replace(/\.$/, '')})` : '';
  const full = `${text}${through}`;
  return full.endsWith('.') ? full : `${full}.`;
}

/** An article's name and title on one line: "Article 6. Assistance …"; "Члан 6." takes no second full stop. */
export function articleHeading(articleName: string, title: string): string {
  return `${articleName}${articleName.endsWith('.') ? '' : '.'} ${title}`;
}

/**
 * A pinpoint written in English (a glossary entry's `definedBy`: "para. 13", "p. 6", "section 3", "art. 3(2)",
 * "art. 2(j)", "art. 1A(2)") as the language cites it, the way the notes do ("odst. 13", "стр. 6", "razdelek 3",
 * "3. člen, 2. odstavek", "члан 2. тачка (ј)", "1. člen, oddelek A, 2. točka"). Undefined for a form it does not know.
 */
export function pinpointIn(pinpoint: string, language: ContentLanguage): string | undefined {
  if (language === 'en') return pinpoint;
  const words = { sl: { para: 'odst.', p: 'str.', section: 'razdelek' }, sr: { para: 'пар.', p: 'стр.', section: 'одељак' } }[language];
  const part = pinpoint.match(/^(paras?\.|pp?\.|sections?) (.+)$/);
  if (part) return `${part[1]!.startsWith('para') ? words.para : part[1]!.startsWith('p') ? words.p : words.section} ${part[2]}`;
  const article = pinpoint.match(/^art\. (\d+)([A-Z])?(?:\((\d+)\))?(?:\(([a-z])\))?$/);
  if (!article) return undefined;
  const [, number, section, paragraph, point] = article;
  if (section) return language === 'sl' ? [`${number}. člen`, `oddelek ${section}`, paragraph && `${paragraph}. točka`].filter(Boolean).join(', ') : `члан ${number}${'АБВГ'['ABCD'.indexOf(section)] ?? section}${paragraph ? `(${paragraph})` : ''}`;
  return language === 'sl'
    ? [`${number}. člen`, paragraph && `${paragraph}. odstavek`, point && `točka (${point})`].filter(Boolean).join(', ')
    : [`члан ${number}.`, paragraph && `став ${paragraph}.`, point && `тачка (${cyrillicPoint(point)})`].filter(Boolean).join(' ');
}
