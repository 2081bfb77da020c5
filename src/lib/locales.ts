/** The site's editions. Serbian is written once, in Cyrillic (`sr`); `sr-latn` is generated from it. */
export const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
export type Locale = (typeof locales)[number];

/** The languages content is written in. */
export const contentLanguages = ['en', 'sl', 'sr'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

export const defaultLocale: Locale = 'en';

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** The language whose files a locale's pages are made from. */
export function contentLanguageOf(locale: Locale): ContentLanguage {
  return locale === 'sr-latn' ? 'sr' : locale;
}

/** BCP 47 tag for `<html lang>` and `hreflang`; one tag per locale, so Pagefind builds one index per edition. */
export function languageTag(locale: Locale): string {
  return { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' }[locale];
}

/** Each edition's name in its own language and script, as a language switcher shows it. */
export const endonyms: Record<Locale, string> = {
  en: 'English',
  sl: 'Slovenščina',
  sr: 'Српски (ћирилица)',
  'sr-latn': 'Srpski (latinica)',
};

export type Script = 'Latn' | 'Cyrl';
export function scriptOf(locale: Locale): Script {
  return locale === 'sr' ? 'Cyrl' : 'Latn';
}
