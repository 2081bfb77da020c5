import { languageTag, type Locale } from './locales.ts';

/** Each edition's alphabet, in order, as its glossary index lists it. */
export const alphabets: Record<Locale, string[]> = {
  en: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  sl: 'A B C Č D E F G H I J K L M N O P R S Š T U V Z Ž'.split(' '),
  sr: 'А Б В Г Д Ђ Е Ж З И Ј К Л Љ М Н Њ О П Р С Т Ћ У Ф Х Ц Ч Џ Ш'.split(' '),
  'sr-latn': 'A B C Č Ć D Dž Đ E F G H I J K L Lj M N Nj O P R S Š T U V Z Ž'.split(' '),
};

/** The letter a term is listed under: the longest letter of the alphabet it starts with (Serbian Latin has Dž, Lj, Nj). */
export function initialLetter(term: string, locale: Locale): string {
  const upper = term.normalize('NFC').toLocaleUpperCase(languageTag(locale));
  const letters = [...alphabets[locale]].sort((a, b) => b.length - a.length);
  return letters.find((letter) => upper.startsWith(letter.toLocaleUpperCase(languageTag(locale)))) ?? upper[0] ?? '';
}

/** Alphabetical order in the locale's own collation (č after c in Slovenian, љ after л in Serbian). */
export const compareTerms = (locale: Locale) => new Intl.Collator(languageTag(locale), { sensitivity: 'base' }).compare;
