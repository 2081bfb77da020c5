/**
 * Word stems, for two jobs: Slovenian queries are cut to stems before Pagefind sees them (it has no Slovenian
 * stemmer, but it matches query words as prefixes), and the search page compares a query with a glossary term's
 * forms stem by stem, so an inflected form no list holds still names its term.
 *
 * English and Serbian use the Snowball stemmers (Pagefind stems those indexes with the same algorithms); Slovenian,
 * which Snowball lacks, uses ours below.
 */
import type { Locale } from './locales.ts';
import { cyrillicToLatin } from './transliterate.ts';
import { toOurSpelling } from './spelling.ts';

export type Stem = (word: string) => string;

// Case endings of nouns and adjectives, longest first: dual (-ema, -ama, -oma), plural (-ih, -ah, -ov, -ev, -mi),
// feminine instrumental (-ijo, -jo), the singular vowels, and -ec, -ek, whose e drops in every other case.
const SLOVENIAN_ENDINGS = ['ega', 'emu', 'ijo', 'ami', 'ema', 'ama', 'oma', 'ima', 'imi', 'ih', 'ah', 'im', 'om', 'em', 'am', 'ov', 'ev', 'ec', 'ek', 'mi', 'jo', 'a', 'e', 'i', 'o', 'u'];
const MINIMUM_STEM = 3;
const vowel = /[aeiou]/i;
/** Consonants that take a fill vowel before them when no ending follows: begun-e-c, žrt-e-v, mehaniz-e-m. */
const FILL_VOWEL_NEIGHBOURS = 'ckvm';

/**
 * "beguncem" → "begun", "žrtvijo" → "žrt", "pridržka" → "pridrž", "otroci" → "otro": the part every case of the
 * word shares. After the ending goes, what the paradigm alternates goes too: the consonant that a fill vowel
 * stands before in other cases (begun-ec / begun-c-a, žrt-ev / žrt-v-e, pridrž-ek / pridrž-k-a), the j that
 * follows r (depozitar / depozitar-j-a), the -ov- of dom / dom-ov-ih and the k/c of otrok / otroc-i. The stem is
 * always a prefix of the word, so a prefix search for it never loses the word itself; cutting a little too much
 * only widens the prefix.
 */
export function stemSlovenian(word: string): string {
  const lower = word.toLowerCase();
  let end = lower.length;
  const ending = SLOVENIAN_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= MINIMUM_STEM);
  if (ending) end -= ending.length;
  const last = lower[end - 1] ?? '';
  const before = lower[end - 2] ?? '';
  if (end - 2 >= MINIMUM_STEM && lower.slice(end - 2, end) === 'ov' && ending) end -= 2; // dom-ov-ih, dom-ov-e
  else if (end - 1 >= MINIMUM_STEM) {
    if (last === 'j' && before === 'r') end -= 1;
    else if (FILL_VOWEL_NEIGHBOURS.includes(last) && !vowel.test(before)) end -= 1;
    else if ('ck'.includes(last) && end >= 5 && vowel.test(before)) end -= 1;
  }
  return word.slice(0, end);
}

export const stemSlovenianQuery = (query: string) => query.split(/\s+/).filter(Boolean).map(stemSlovenian).join(' ');

// Snowball leaves short Serbian words whole ("trećim", "trećoj", but "treće" → "treć"); we then cut the ending.
const SERBIAN_ENDINGS = ['ama', 'ima', 'om', 'oj', 'og', 'im', 'ih', 'em', 'a', 'e', 'i', 'o', 'u'];
const MINIMUM_SERBIAN_STEM = 4;

function serbianStemmer(snowball: Stem): Stem {
  return (word) => {
    const stem = snowball(word);
    if (stem !== word) return stem;
    const ending = SERBIAN_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MINIMUM_SERBIAN_STEM);
    return ending ? word.slice(0, -ending.length) : word;
  };
}

/**
 * English words the Porter stemmer cuts to one stem though they mean different things here: "international" and
 * "internal" are both "intern", so "international protection" read as the "internal protection" of the internal
 * flight alternative; "trafficker" and "trafficking" are both "traffick", so "what is trafficking" was answered by
 * the definition of a trafficker.
 */
const OWN_STEMS: readonly [RegExp, string][] = [[/^internationa/, 'internation'], [/^traffickers?$/, 'trafficker']];

/**
 * English verbs whose past forms Porter's rules cannot reach ("kept" is not "keep", "sold" not "sell"): read as the
 * verb itself, so "who keeps the original" finds "where is the original kept", "sold" what the texts say of selling.
 */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
  kept: 'keep', sold: 'sell', paid: 'pay', told: 'tell', took: 'take', taken: 'take', made: 'make', went: 'go',
  gone: 'go', brought: 'bring', caught: 'catch', fled: 'flee', held: 'hold', gave: 'give', given: 'give', got: 'get',
  gotten: 'get', bought: 'buy', sent: 'send', spent: 'spend', taught: 'teach', sought: 'seek', met: 'meet', ran: 'run',
  stole: 'steal', stolen: 'steal', hid: 'hide', hidden: 'hide', beaten: 'beat', kidnapped: 'kidnap', fought: 'fight',
  lost: 'lose', forgave: 'forgive', forbade: 'forbid', forbidden: 'forbid', drove: 'drive',
  driven: 'drive', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
}));
const keptApart = (stem: Stem): Stem => (word) => OWN_STEMS.find(([pattern]) => pattern.test(word))?.[1] ?? stem(IRREGULAR_VERBS.get(word) ?? word);

const stemmers: Record<'en' | 'sl' | 'sr', () => Promise<Stem>> = {
  en: async () => keptApart((await import('@orama/stemmers/english')).stemmer),
  sl: async () => stemSlovenian,
  sr: async () => serbianStemmer((await import('@orama/stemmers/serbian')).stemmer),
};

const loaded = new Map<string, Promise<Stem>>();

/**
 * The stemmer of a locale's language, loaded on first use (the Serbian one is 12 KB, for Serbian pages only). It
 * remembers its answers: the same forms are stemmed again for every query.
 */
export function stemmerFor(locale: Locale): Promise<Stem> {
  const language = locale === 'sr-latn' ? 'sr' : locale;
  let stemmer = loaded.get(language);
  if (!stemmer) {
    stemmer = stemmers[language]().then((stem) => {
      const known = new Map<string, string>();
      return (word: string) => known.get(word) ?? known.set(word, stem(word)).get(word)!;
    });
    loaded.set(language, stemmer);
  }
  return stemmer;
}

/**
 * "Žrtev" → "Zrtev", "između" → "izmedju": how a reader types without diacritics. Unicode gives "đ" no base letter
 * to fall back to; Serbian writes it "dj" on a keyboard without it.
 */
export const withoutDiacritics = (text: string) => text.replace(/đ/g, 'dj').replace(/Đ/g, 'Dj').normalize('NFD').replace(/\p{M}/gu, '');

/** Lower case, no diacritics, single spaces: how queries are compared with terms and their forms. */
export const foldForSearch = (text: string) => withoutDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();

/** Text as compared with a term's forms: in the index's script and spelling, folded. */
export const comparable = (locale: Locale, text: string) => foldForSearch(inIndexScript(locale, text));

/** The stems of comparable text, word by word (a possessive's apostrophe goes: "victim's" is "victim"). */
export const stemsOf = (stem: Stem, folded: string) => folded.split(/[\s,]+/).map((word) => word.replace(/['’]s?$/, '')).filter(Boolean).map(stem).join(' ');

/**
 * What a query and a term's form are compared by: the words in one script (Serbian Latin) and one English spelling,
 * folded, each cut to its stem. "žrtvama trgovine ljudima", "жртвама трговине људима" and "zrtvama trgovine ljudima"
 * share a key with "жртва трговине људима".
 */
export function termKey(locale: Locale, stem: Stem, text: string): string {
  return stemsOf(stem, comparable(locale, text));
}

/** Text as the search index spells it: Serbian in Latin script, English in the spelling our text uses. */
export function inIndexScript(locale: Locale, text: string): string {
  if (locale === 'en') return toOurSpelling(text);
  return locale === 'sr' || locale === 'sr-latn' ? cyrillicToLatin(text) : text;
}
