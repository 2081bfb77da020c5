/**
 * Serbian Cyrillic → Latin (the official one-to-one correspondence: Љ→Lj, Њ→Nj, Џ→Dž, Ђ→Đ, Ћ→Ć …).
 * Any character outside the Serbian Cyrillic alphabet, Latin text included, is left as it is.
 */
import type { Locale } from './locales.ts';

const lower: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č',
  џ: 'dž', ш: 'š',
};
const digraphs = new Set(['Љ', 'Њ', 'Џ']);

const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Љ/Њ/Џ become LJ/NJ/DŽ inside an all-capitals word and Lj/Nj/Dž otherwise (title case, single capital). */
function upperDigraph(latin: string, prev: string | undefined, next: string | undefined): string {
  const inCapitals = isUpper(next) || (isUpper(prev) && !next?.match(/\p{Ll}/u));
  return inCapitals ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

export function cyrillicToLatin(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const latin = lower[ch.toLowerCase()];
    if (latin === undefined) out += ch;
    else if (ch === ch.toLowerCase()) out += latin;
    else if (digraphs.has(ch)) out += upperDigraph(latin, chars[i - 1], chars[i + 1]);
    else out += latin.toUpperCase();
  }
  return out;
}

export const hasCyrillic = (text: string): boolean => /[\u0400-\u04FF]/.test(text);

/** Each Latin letter and digraph (dž, lj, nj, in any case) with its Cyrillic letter: one lookup per match. */
const latinToCyrillicLetters: Record<string, string> = Object.fromEntries(
  Object.entries(lower).flatMap(([cyrillic, latin]) => {
    const capital = cyrillic.toUpperCase();
    const forms: [string, string][] = [[latin, cyrillic], [latin[0]!.toUpperCase() + latin.slice(1), capital]];
    if (latin.length === 2) forms.push([latin.toUpperCase(), capital], [latin[0] + latin[1]!.toUpperCase(), cyrillic]);
    return forms;
  }),
);
const LATIN_LETTER = /d[žŽ]|D[žŽ]|[lL][jJ]|[nN][jJ]|[a-zđčćžšA-ZĐČĆŽŠ]/g;

/**
 * Serbian Latin → Cyrillic, for showing search excerpts from the Latin index to Cyrillic readers. Reads dž, lj, nj
 * as one letter, which is right for nearly every Serbian word (rare exceptions such as "injekcija" come out wrong).
 * One regular expression over the text: it runs on every excerpt a Cyrillic reader's search shows.
 */
export function latinToCyrillic(text: string): string {
  return text.normalize('NFC').replace(LATIN_LETTER, (letter) => latinToCyrillicLetters[letter] ?? letter);
}

/** Text written once in Cyrillic, in a locale's script: transliterated for the Serbian Latin edition only. */
export const inScript = (text: string, locale: Locale): string => (locale === 'sr-latn' ? cyrillicToLatin(text) : text);
