import en from './en.json';
import sl from './sl.json';
import sr from './sr.json';
import { contentLanguageOf, type ContentLanguage, type Locale } from '../lib/locales.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

export type UiKey = keyof typeof en;

/** UI strings, one JSON file per content language. Serbian Latin pages are transliterated as a whole (src/middleware.ts). */
export const uiStrings: Record<ContentLanguage, Record<UiKey, string>> = { en, sl, sr };

/** A UI string in the locale's language, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(uiStrings[contentLanguageOf(locale)][key], values);
}
