/**
 * What the search page does with what a reader typed, before the index sees it: cut it to a sane length, drop the
 * question and stop words that no page needs to hold ("how old is a child" → "old child"), find the subject of a
 * "what is X" question so that X's definition comes first, and add the treaty's wording where the reader used an
 * everyday one (Serbian "трговина људима" → "трговина људским бићима"), keeping the reader's own words too.
 * Pure: the page passes the stemmer and the glossary's names.
 */
import type { ProvisionId } from './provisions.ts';
import type { ContentLanguage, Locale } from './locales.ts';
import { contentLanguageOf } from './locales.ts';
import { distance } from 'fastest-levenshtein';
import { comparable, termKey, type Stem } from './stemming.ts';

export const MAX_QUERY_LENGTH = 500;

/**
 * Question and stop words, as `comparable()` folds them (Serbian in Latin, no diacritics). Only words that carry no
 * meaning of their own for this site: "means", "sredstva", "средства" are kept, being the Protocol's own terms.
 */
const STOP_WORDS: Record<ContentLanguage, ReadonlySet<string>> = {
  en: new Set(('what whats who whom whose which why when where how is are was were be been being am do does did doing done ' +
    'a an the of to in on at by for with from as into about under over than then so if or and but not no nor ' +
    'it its it\'s this that these those there here i me my we our you your he she they them their his her ' +
    'can could must should would will shall may might need needs have has had having get gets any some such ' +
    'tell explain mean meant meaning please does anyone someone somebody anybody one also only just still very really ' +
    'because since').split(' ')),
  sl: new Set(('kaj kdo koga komu kom kako zakaj kdaj kje kateri katera katero kateri katere kolik koliko ' +
    'je so sem si smo ste sta bil bila bilo bili bo bodo biti ni niso ali a in ter pa ampak vendar ' +
    'v na za z s o od do po pri k h iz med pod nad pred brez ' +
    'se si to ta te ti tisti tista tisto ki ce da lahko mora morajo moram ima imajo imam ' +
    'kot tudi samo le ze še se se pa no prosim pojasni razlozi ' +
    'nekdo nekoga nekomu nekaj zato ker sploh res ga jo mu ji jih jim me mi nas vas njen njena njeno njegov njegova ' +
    'sme smejo smem tam tukaj vse vsi vsa').split(' ')),
  sr: new Set(('sta sto ko koga kome kako zasto kada kad gde koji koja koje kojim kolika koliko ' +
    'je su sam si smo ste bio bila bilo bili biti nije nisu li da i ili a ali pa te ' +
    'u na za sa s o od do po pri k iz medju izmedju pod nad pred bez ' +
    'se to ta taj te ti taj ono ako moze mora moraju ima imaju mogu ' +
    'kao takodje samo vec molim objasni ' +
    'neko nekog nekoga nekome nesto zato jer uopste jos ga joj mu ih im me mi nas vas njen njena njeno njegov njegova ' +
    'sme smeju smem ce cu ces cemo cete tamo ovde sve svi').split(' ')),
};

/** Whether a word, in any case, script or spelling, is a question or stop word of the locale's language. */
export const isStopWord = (locale: Locale, word: string): boolean => STOP_WORDS[contentLanguageOf(locale)].has(comparable(locale, word));

/** Words that open a question, as `comparable()` folds them. */
const QUESTION_OPENERS: Record<ContentLanguage, ReadonlySet<string>> = {
  en: new Set('what whats who whom whose which why when where how is are was were do does did can could must should may might will would shall has have'.split(' ')),
  sl: new Set('kaj kdo koga komu kako zakaj kdaj kje kateri katera katero kolik koliko ali ce cemu mora morajo lahko sme smejo je so'.split(' ')),
  sr: new Set('sta sto ko koga kome kako zasto kada kad gde koji koja koje kolika koliko da li moze mora moraju sme smeju cemu je su'.split(' ')),
};

/**
 * "What is X" and its kin, as `comparable()` folds them; X is what follows (the `d` flag gives where it starts), without
 * a word such as "exactly" before it or "under the Protocol" after it: the term is asked about, not the Protocol.
 */
const UNDER_THE_TREATY: Record<ContentLanguage, string> = {
  en: '(?: (?:under|in|according to|by) (?:the )?(?:un |palermo |trafficking )*(?:protocol|convention)| in (?:human |people )?trafficking(?: cases)?)?',
  sl: '(?: (?:po|v|glede na) (?:palermsk[a-z]* )?(?:protokol[a-z]*|konvencij[a-z]*)| (?:pri|v) (?:kaznivem dejanju )?trgovin[a-z]* z ljudmi)?',
  sr: '(?: (?:po|prema|u) (?:palermo |palermsk[a-z]* )?(?:protokol[a-z]*|konvencij[a-z]*)| (?:kod|u|pri) (?:krivicnom delu |krivicnog dela )?trgovin[a-z]* ljud[a-z]*)?',
};
const definitionPattern = (language: ContentLanguage, opening: string, closing = '') => new RegExp(`^${opening}(.+?)${closing}${UNDER_THE_TREATY[language]}$`, 'd');
const DEFINITION_QUESTIONS: Record<ContentLanguage, RegExp[]> = {
  en: [
    '(?:what|who) (?:exactly |legally |actually )?(?:is|are|was|were) (?:meant by |considered |regarded as )?(?:an? |the )?',
    '(?:what|who) (?:exactly |legally |actually )?(?:counts|qualifies) as (?:an? |the )?',
    "what'?s (?:an? |the )?",
    '(?:meaning|defin[a-z]*) of (?:an? |the )?',
    'define (?:an? |the )?',
  ].map((opening) => definitionPattern('en', opening)).concat(
    definitionPattern('en', 'what does (?:an? |the )?', ' mean'),
    definitionPattern('en', '(?:an? |the )?', ' (?:defin[a-z]*|meaning)'),
  ),
  sl: [
    '(?:kaj|kdo) (?:vse |tocno |pravzaprav )?(?:je|so|pomeni|pomenijo) (?:tocno )?',
    '(?:kaj|kdo) (?:vse |tocno |pravzaprav )?(?:se )?(?:vse )?(?:steje|razume) (?:za|kot|pod) ',
    'kaj (?:vse )?spada (?:v|pod) ',
    '(?:kateri|katera|katere|katero) (?:so|je) ',
    '(?:pomen|defin[a-z]*|opredelitev) ',
  ].map((opening) => definitionPattern('sl', opening)).concat(definitionPattern('sl', '', ' (?:defin[a-z]*|opredelitev|pomen)')),
  sr: [
    '(?:sta|ko) (?:sve |tacno |zapravo |uopste )?(?:je|su|znaci|znace) (?:tacno )?',
    '(?:sta|ko) se (?:sve |tacno |zapravo |uopste )?(?:smatra|podrazumeva)(?: pod| kao| za)? ',
    'sta (?:sve )?spada (?:u|pod) ',
    '(?:koja|koji|koje) (?:su|je) ',
    '(?:znacenje|defin[a-z]*|pojam) ',
  ].map((opening) => definitionPattern('sr', opening)).concat(definitionPattern('sr', '', ' (?:defin[a-z]*|znacenje)')),
};

/**
 * Questions whose form carries a word: "what is X for" asks X's purpose, "difference between X and Y" asks what sets X
 * and Y apart. The words of X (and Y) are searched, with the word given here: the one the texts use for that ask.
 */
const ASKING_FORMS: Record<ContentLanguage, { pattern: RegExp; adds?: string; compares?: true }[]> = {
  en: [
    { pattern: /^what (?:is|are) (?:an? |the )?(.+) for$/d, adds: 'purpose' },
    { pattern: /^(?:(?:what|whats|what's) (?:is |are )?)?(?:the )?(?:main |key )?differences? between (?:an? |the )?(.+)$/d, compares: true },
  ],
  sl: [
    { pattern: /^(?:cemu|za kaj) (?:je |so )?(?:namenjen[aoie]?|sluzi|sluzijo) (.+)$/d, adds: 'namen' },
    { pattern: /^(?:(?:kaksna|kaksne|kaj|katera|katere) (?:je |so )?)?(?:glavn[ae] )?razlik[aei]? med (.+)$/d, compares: true },
  ],
  sr: [
    { pattern: /^(?:cemu|za sta) (?:je |su )?(?:namenjen[aoie]?|sluzi|sluze) (.+)$/d, adds: 'cilj' },
    { pattern: /^(?:(?:koja|koje|kakva|kakve|sta) (?:je |su )?)?(?:glavn[ae] )?razlik[aeu]? (?:izmedju|medju) (.+)$/d, compares: true },
  ],
};

export interface QueryPlan {
  /** As typed, cut to MAX_QUERY_LENGTH at a word boundary; single spaces. */
  text: string;
  truncated: boolean;
  /** The words that carry the question, in the reader's spelling: what is searched. All words when no other is left. */
  words: string[];
  /** True when the reader typed only question and stop words: nothing to search for. */
  onlyStopWords: boolean;
  /** The X of "what is X": its definition comes first. */
  subject?: string;
  /** Asks what sets two things apart: a page on both answers it, not either's definition. */
  compares: boolean;
  /** Asked as a question ("can a victim stay", "ali lahko …", "да ли …", or ending in "?"): an explanation answers it. */
  isQuestion: boolean;
}

const cut = (text: string) => {
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const head = text.slice(0, MAX_QUERY_LENGTH);
  const space = head.lastIndexOf(' ');
  return space > MAX_QUERY_LENGTH / 2 ? head.slice(0, space) : head;
};

/** Reads a query: its words without question and stop words, and the subject of a definition question. */
export function planQuery(locale: Locale, typed: string): QueryPlan {
  const whole = typed.replace(/\s+/g, ' ').trim();
  const text = cut(whole);
  const language = contentLanguageOf(locale);
  const bare = (words: string[]) => words.map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter(Boolean);
  const all = bare(text.split(' '));
  const asked = comparable(locale, text).replace(/[?!.¿]+$/, '').trim();
  // The words of a match's group in the reader's own spelling: folding keeps the words where they were.
  const wordsOf = (match: RegExpExecArray) => {
    const start = asked.slice(0, match.indices![1]![0]).split(' ').length - 1;
    return text.split(' ').slice(start, start + match[1]!.split(' ').length);
  };
  const firstMatch = <T extends { pattern: RegExp }>(candidates: readonly T[]) =>
    candidates.map((candidate) => ({ ...candidate, match: candidate.pattern.exec(asked) })).find((c) => c.match);
  const form = firstMatch(ASKING_FORMS[language]);
  // The asking form's own words ("what … for", "difference between") go, the word it stands for comes in.
  const kept = form ? bare(wordsOf(form.match!)) : all;
  const words = [...kept.filter((word) => !STOP_WORDS[language].has(comparable(locale, word))), ...(form?.adds ? [form.adds] : [])];
  const definition = form ? undefined : firstMatch(DEFINITION_QUESTIONS[language].map((pattern) => ({ pattern })));
  const subject = definition && wordsOf(definition.match!).join(' ').replace(/[?!.]+$/, '');
  // A question opens the query or one of its clauses: "the victim agreed, is it still trafficking".
  const clauses = text.split(/[,;:]\s*/).map((clause) => comparable(locale, clause.trim()).split(' ')[0] ?? '');
  return {
    text,
    truncated: text.length < whole.length,
    isQuestion: /[?？]\s*$/.test(text) || clauses.some((opener) => QUESTION_OPENERS[language].has(opener)),
    words: words.length ? words : all,
    compares: form?.compares ?? false,
    onlyStopWords: all.length > 0 && words.length === 0,
    ...(subject ? { subject } : {}),
  };
}

/** A glossary concept's names in one language: the preferred term (the treaty's or the site's wording) first. */
export interface ConceptNames {
  id: string;
  names: string[];
  /** Every form the glossary lists for it (names included), which search and linking know it by. */
  forms: string[];
  /** Everyday words a reader may search it by that the texts do not use for it (the glossary's `searchedAs`). */
  searchedAs?: string[];
  /** The provision that defines it, where the Protocol does: its place and its citation. */
  definedBy?: { url: string; citation: string };
  /** Where the Protocol does not define it, the provision that deals with it (art. 8 with repatriation), if one does. */
  discussedIn?: { url: string; citation: string };
  /** Its glossary page. */
  url?: string;
  /** On how many pages of the site it is used: the fewer, the more a query naming it says. */
  usedIn?: number;
}

/** A name, form or everyday word of a concept, word by word as stems. */
interface Phrase {
  keys: string[];
  concept: ConceptNames;
  /** Another name or an everyday word: the query is searched again in the preferred name. */
  renamed: boolean;
  /** An everyday word (`searchedAs`), not one of the glossary's names. */
  everyday: boolean;
}

/** The concepts' names, forms and everyday words as stems: made once, as the search page opens. */
export interface ConceptIndex {
  /** Every name and listed form, whole: a text names a term only when it is one of them. */
  nameKeys: ReadonlySet<string>;
  /** The phrases by the stem of their first word. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /**
   * Each concept's stems, from every word of its names and forms: the words our texts use for it, which an
   * explanation's question may hold; only those no other concept's names share. Everyday words are left out: the
   * texts do not use them for it.
   */
  stems: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word of the names and forms, folded as `comparable()` folds it (six letters or more): what a typo is near. */
  spellings: ReadonlySet<string>;
  /** The stem of every word of every name, form and everyday word: a word with one of these is spelled right. */
  known: ReadonlySet<string>;
  /** Each name and listed form as its words' stems, stop words left out, with its concept, and which is the term itself. */
  nameWords: readonly { keys: readonly string[]; concept: ConceptNames; isTerm: boolean }[];
}

export function indexConcepts(locale: Locale, stem: Stem, concepts: readonly ConceptNames[]): ConceptIndex {
  const key = (text: string) => termKey(locale, stem, text);
  // A phrase is matched against the query's words, which have lost their stop words: so has the phrase.
  const phraseKey = (text: string) => {
    const words = text.split(' ').filter((word) => word && !isStopWord(locale, word));
    return key(words.length ? words.join(' ') : text);
  };
  const nameKeys = new Set<string>();
  const phrases = new Map<string, Phrase[]>();
  const stems = new Map<string, Set<string>>();
  for (const concept of concepts) {
    const own = new Set<string>();
    for (const text of [...concept.names, ...concept.forms]) {
      nameKeys.add(key(text));
      for (const k of phraseKey(text).split(' ')) if (k) own.add(k);
    }
    stems.set(concept.id, own);
  }
  // A stem shared by several concepts' names ("intern" of "international protection" and "internal protection",
  // "zaščit" of four kinds of protection) says nothing about which is meant: each concept keeps only its own.
  const sharing = new Map<string, number>();
  for (const own of stems.values()) for (const k of own) sharing.set(k, (sharing.get(k) ?? 0) + 1);
  for (const own of stems.values()) for (const k of [...own]) if ((sharing.get(k) ?? 0) > 1) own.delete(k);
  // An everyday word whose stems are those of another concept's name or form is that concept's ("exploiter" stems as
  // "exploitation" does): names come first.
  const namedBy = new Map<string, Set<string>>();
  for (const concept of concepts) for (const text of [...concept.names, ...concept.forms]) namedBy.set(phraseKey(text), (namedBy.get(phraseKey(text)) ?? new Set()).add(concept.id));
  for (const concept of concepts) {
    const [preferred = '', ...others] = concept.names;
    const preferredKey = phraseKey(preferred);
    const renamed = new Set([...others, ...(concept.searchedAs ?? [])].map(phraseKey).filter((k) => k !== preferredKey));
    const everyday = new Set((concept.searchedAs ?? []).map(phraseKey));
    for (const whole of new Set([...concept.names, ...concept.forms, ...(concept.searchedAs ?? [])].map(phraseKey))) {
      const keys = whole.split(' ').filter(Boolean);
      const owners = namedBy.get(whole);
      if (!keys.length || (everyday.has(whole) && owners && !owners.has(concept.id))) continue;
      const isName = owners?.has(concept.id) ?? false;
      phrases.set(keys[0]!, [...(phrases.get(keys[0]!) ?? []), { keys, concept, renamed: renamed.has(whole), everyday: everyday.has(whole) && !isName }]);
    }
  }
  const spellings = new Set(concepts.flatMap((c) => [...c.names, ...c.forms]).flatMap((text) => comparable(locale, text).split(/[\s,]+/)).filter((w) => w.length >= 6));
  const known = new Set([...phrases.values()].flat().flatMap((phrase) => phrase.keys));
  const nameWords = concepts.flatMap((concept) => {
    const term = phraseKey(concept.names[0] ?? '');
    return [...new Set([...concept.names, ...concept.forms].map(phraseKey))].map((whole) => ({ keys: whole.split(' ').filter(Boolean), concept, isTerm: whole === term }));
  });
  return { nameKeys, phrases, stems, spellings, known, nameWords };
}

/** Two neighbouring letters typed the wrong way round ("peroid", "tarfficking"): one slip of the fingers, as a letter is. */
const swapped = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
};

/**
 * A reader's word as the glossary spells it, when it names nothing as typed but one letter away (or two neighbours
 * swapped) is a word of a concept's names ("traficking", "staus", "трговне", "peroid"): words of six letters or more
 * that no question or phrasing holds either, nor the sentences that answer them, and only where exactly one word is
 * that near. Otherwise the word as typed.
 */
export function spelledAs(locale: Locale, stem: Stem, word: string, index: ConceptIndex, questions?: QuestionIndex): string {
  const folded = comparable(locale, word);
  const key = termKey(locale, stem, word);
  // A word the glossary or a question or phrasing holds is spelled as the site spells it ("states", "causes").
  if (folded.length < 6 || index.spellings.has(folded) || index.known.has(key)) return word;
  const near = [...index.spellings].filter((w) => Math.abs(w.length - folded.length) <= 1 && (distance(w, folded) === 1 || swapped(w, folded)));
  return near.length === 1 && !questions?.spells(key) ? near[0]! : word;
}

/**
 * Where the phrases of the index stand among the query's word stems: the first word's place and the phrase. The
 * longest match wins, as in linking: "forced labour" is forced labour, not also "forced" (coercion). Phrases over the
 * same words all count: a word with several senses names each of its concepts.
 */
function phrasesIn(keys: readonly string[], index: ConceptIndex): { start: number; phrase: Phrase }[] {
  const found: { start: number; phrase: Phrase }[] = [];
  keys.forEach((first, start) => {
    for (const phrase of index.phrases.get(first) ?? []) {
      if (start + phrase.keys.length <= keys.length && phrase.keys.every((key, i) => keys[start + i] === key)) found.push({ start, phrase });
    }
  });
  const end = (m: { start: number; phrase: Phrase }) => m.start + m.phrase.keys.length;
  return found.filter((m) => !found.some((o) => o.start <= m.start && end(o) >= end(m) && end(o) - o.start > end(m) - m.start));
}

/** The query in the treaty's wording, and the concept whose everyday name it replaced. */
export interface TreatyWording {
  wording: string;
  concept: ConceptNames;
  /** Which of the reader's words the other name or everyday word spans: the first, and how many. */
  start: number;
  length: number;
  /** An everyday word (`searchedAs`), not another of the glossary's names for it. */
  everyday: boolean;
}

/** One of the reader's words, with what else it may be found by. */
export interface ReadWord {
  word: string;
  /** Its own stem. */
  key: string;
  /** Its own stem, and where it is part of a concept's name, form or everyday word, every stem of that concept. */
  stems: ReadonlySet<string>;
  /** The preferred names of the concepts it names in other words, searched beside it. */
  treatyNames: readonly string[];
  /** Part of a glossary concept's name, form or everyday word: the words the site is about. */
  namesConcept: boolean;
  /** The concepts it is part of a name, form or everyday word of. */
  concepts: ReadonlySet<string>;
  /** Part of an everyday word of a concept (`searchedAs`), not of one of its names or forms. */
  everyday?: boolean;
  /** Part of an everyday word of two words or more ("pull out"): a place holds it by naming the concept. */
  inPhrase?: boolean;
}

/** A query's words read against the glossary's concepts. */
export interface ReadQuery {
  /** Each word with the concept it names: "agreed" stands for consent, "пасоши" for travel documents. */
  words: ReadWord[];
  /**
   * The query again in the glossary's preferred wording, wherever the reader used another name or an everyday word
   * of the same concept: "trgovina ljudima" → "trgovina ljudskim bićima". Only queries that differ from the reader's;
   * the reader's own is searched as well.
   */
  wordings: TreatyWording[];
  /** Where the reader used an everyday word (`searchedAs`) of a concept, whether or not it adds a wording. */
  everyday: { concept: ConceptNames; start: number; length: number }[];
  /** Where the reader used one of a concept's names or forms. */
  named: { concept: ConceptNames; start: number; length: number }[];
}

/** Reads the words by stems, word for word against every name, form and everyday word, so "trgovini ljudima" counts too. */
export function readQuery(locale: Locale, stem: Stem, words: readonly string[], index: ConceptIndex): ReadQuery {
  const keys = words.map((word) => termKey(locale, stem, word));
  const read = words.map((word, i) => ({ word, key: keys[i]!, stems: new Set([keys[i]!]), treatyNames: [] as string[], namesConcept: false, concepts: new Set<string>(), everyday: false, inPhrase: false }));
  const wordings: TreatyWording[] = [];
  const everyday: ReadQuery['everyday'] = [];
  const named: ReadQuery['named'] = [];
  for (const { start, phrase } of phrasesIn(keys, index)) {
    const preferred = phrase.concept.names[0]!;
    (phrase.everyday ? everyday : named).push({ concept: phrase.concept, start, length: phrase.keys.length });
    // "victim" for "victim of trafficking": where the preferred name holds the reader's words, searching it as well
    // would only find fewer of the same pages.
    const preferredKeys = new Set(termKey(locale, stem, preferred).split(' '));
    const widens = phrase.renamed && !phrase.keys.every((k) => preferredKeys.has(k));
    for (const own of read.slice(start, start + phrase.keys.length)) {
      own.namesConcept = true;
      own.everyday ||= phrase.everyday;
      own.inPhrase ||= phrase.everyday && phrase.keys.length > 1;
      own.concepts.add(phrase.concept.id);
      for (const key of index.stems.get(phrase.concept.id) ?? []) own.stems.add(key);
      if (widens && !own.treatyNames.includes(preferred)) own.treatyNames.push(preferred);
    }
    if (!widens) continue;
    const wording = [...words.slice(0, start), preferred, ...words.slice(start + phrase.keys.length)].join(' ');
    if (!wordings.some((w) => w.wording === wording)) wordings.push({ wording, concept: phrase.concept, start, length: phrase.keys.length, everyday: phrase.everyday });
  }
  return { words: read, wordings, everyday, named };
}

/**
 * The different things the query names: runs of words that name glossary concepts, a run ending where the next word
 * names none of the same concepts. "trafficking victim asylum" names two (a victim of trafficking; asylum), so it asks
 * how they relate, which a page on both answers better than either one's definition.
 */
export function thingsOf(words: readonly ReadWord[]): ReadWord[][] {
  const things: ReadWord[][] = [];
  words.forEach((word, i) => {
    const before = words[i - 1];
    if (!word.concepts.size) return;
    if (before && [...word.concepts].some((id) => before.concepts.has(id))) things.at(-1)!.push(word);
    else things.push([word]);
  });
  return things;
}

/** What a query searches: `together`, at once; should they find fewer than FEWEST_HOLDING_ALL pages, each of `eachWord`, at once. */
export interface Searches {
  /** The reader's words, then each treaty wording. */
  together: string[];
  /**
   * Each word with the treaty's names of the concept it names (a page holding any of them holds the word): searched
   * too when fewer than FEWEST_HOLDING_ALL pages hold every word.
   */
  eachWord: string[][];
}

/** Where fewer pages than this hold every word, each word is searched on its own as well, for the pages holding most. */
export const FEWEST_HOLDING_ALL = 3;

export const searchesOf = ({ words, wordings }: ReadQuery): Searches => ({
  together: [words.map(({ word }) => word).join(' '), ...wordings.map((w) => w.wording)],
  eachWord: words.map(({ word, treatyNames }) => [word, ...treatyNames]),
});

export interface RankedPage<T> {
  page: T;
  /** How many of the query's words the page holds. */
  held: number;
}

/**
 * Nothing holds every word: the pages that hold most of them, most first; ties by their summed scores, then in the
 * order of the first search that found them. `found[i]` lists the pages found by the query's i-th word alone. Given
 * how many pages the index holds, "most" is weighed: a word found on few pages ("kidney") counts for more than one
 * found on most ("protocol"), as a search engine weighs a rare word (its inverse document frequency); and where
 * `namesConcept[i]` says which words name a glossary concept, those count first, the others after them, so that a
 * rare word beside the point ("false") does not outweigh the concept asked about ("passports").
 */
export function pagesHoldingMost<T>(found: readonly (readonly T[])[], idOf: (page: T) => string, scoreOf: (page: T) => number = () => 0, totalPages?: number, namesConcept: readonly boolean[] = []): RankedPage<T>[] {
  const byId = new Map<string, { page: T; held: number; concepts: number; weight: number; score: number; order: number }>();
  let order = 0;
  found.forEach((pages, i) => {
    const ids = new Set(pages.map(idOf));
    const weight = totalPages === undefined ? 1 : Math.log((totalPages + 1) / (ids.size + 1));
    const seen = new Set<string>();
    for (const page of pages) {
      const id = idOf(page);
      if (seen.has(id)) continue;
      seen.add(id);
      const entry = byId.get(id) ?? { page, held: 0, concepts: 0, weight: 0, score: 0, order: order++ };
      entry.held += 1;
      if (namesConcept[i]) entry.concepts += weight;
      else entry.weight += weight;
      entry.score += scoreOf(page);
      byId.set(id, entry);
    }
  });
  return [...byId.values()]
    .sort((a, b) => b.concepts - a.concepts || b.weight - a.weight || b.held - a.held || b.score - a.score || a.order - b.order)
    .map(({ page, held }) => ({ page, held }));
}

/**
 * Results of several searches as one list: the reader's wording first, then the treaty's, taking turns, each page
 * once. So the Protocol's own articles reach the first page of results for an everyday word.
 */
export function takingTurns<T>(lists: readonly (readonly T[])[], idOf: (item: T) => string): T[] {
  const merged: T[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item === undefined) continue;
      const id = idOf(item);
      if (!seen.has(id)) {
        seen.add(id);
        merged.push(item);
      }
    }
  }
  return merged;
}

/** A question an explanation answers, where it is answered, and what the page is called. */
export interface AnsweredQuestion {
  /** The question, or for a guideline, note or case check, its title: what it is about, in its own words. */
  question: string;
  /** The first sentence of the explanation that answers it, or of the page's brief or lead. */
  answer?: string;
  url: string;
  title: string;
  /** Where it is answered: an explanation (a question), or a page whose title names its subject. */
  kind?: 'explanation' | 'guideline' | 'note' | 'check';
  /** `question` is what readers type for it in everyday words (an explanation's `<SearchedAs>`), never shown. */
  phrasing?: true;
}

/**
 * How questions.json keeps an everyday phrasing of an explanation that asks questions: the phrasing and the index of
 * the entry of its explanation's question, whose place and answer it shares (so the file does not repeat them).
 */
export interface StoredPhrasing { phrasing: string; of: number }
export type StoredQuestion = AnsweredQuestion | StoredPhrasing;

/** questions.json as the search page uses it: every phrasing with the place, title and answer of the question it points to. */
export function expandQuestions(stored: readonly StoredQuestion[]): AnsweredQuestion[] {
  return stored.map((entry) => {
    if (!('of' in entry)) return entry;
    const question = stored[entry.of];
    if (!question || 'of' in question) throw new Error(`questions.json: the phrasing "${entry.phrasing}" points to entry ${entry.of}, which is not a question`);
    return { ...question, question: entry.phrasing, phrasing: true };
  });
}

/**
 * The questions with their stems, the concepts their words name (by the glossary's names, forms and everyday words),
 * and how many questions hold each stem: made once, as the search page opens.
 */
export interface QuestionIndex {
  questions: readonly AnsweredQuestion[];
  stems: ReadonlySet<string>[];
  /** For each question, each of its stems that is part of a concept's name or everyday word, with those concepts. */
  concepts: ReadonlyMap<string, ReadonlySet<string>>[];
  /**
   * For a guideline, note or check, the concepts its title and the first sentence of its brief or lead name, and the
   * stems of its title's words ("trafficked" is on a page titled "… victims of trafficking …").
   */
  subjects: { concepts: ReadonlySet<string>; stems: ReadonlySet<string> }[];
  frequency: ReadonlyMap<string, number>;
  /** The questions holding each stem, and each concept: only those can share two words with a query. */
  byStem: ReadonlyMap<string, readonly number[]>;
  byConcept: ReadonlyMap<string, readonly number[]>;
  /** In Slovenian and Serbian, the questions holding a word by its first five letters (empty in English). */
  byPrefix: ReadonlyMap<string, readonly number[]>;
  /** How many places (addresses) the questions lead to. */
  places: number;
  /** Whether the questions, phrasings or answers hold a word of this stem: the words the site's texts spell. */
  spells: (key: string) => boolean;
}

export function indexQuestions(locale: Locale, stem: Stem, questions: readonly AnsweredQuestion[], conceptIndex?: ConceptIndex): QuestionIndex {
  const readText = (text: string) => {
    const words = planQuery(locale, text).words;
    return conceptIndex ? readQuery(locale, stem, words, conceptIndex).words : words.map((word) => ({ key: termKey(locale, stem, word), concepts: new Set<string>() }));
  };
  const read = questions.map((question) => readText(question.question));
  const subjects = questions.map((question, i) => {
    if (!question.kind || question.kind === 'explanation') return { concepts: new Set<string>(), stems: new Set<string>() };
    const words = [...read[i]!, ...readText(question.answer ?? '')];
    return { concepts: new Set(words.flatMap((word) => [...word.concepts])), stems: new Set(read[i]!.map((word) => word.key)) };
  });
  const stems = read.map((words) => new Set(words.map((word) => word.key)));
  const concepts = read.map((words) => new Map(words.filter((word) => word.concepts.size).map((word) => [word.key, word.concepts] as const)));
  const frequency = new Map<string, number>();
  for (const own of stems) for (const key of own) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const byStem = new Map<string, number[]>();
  const byConcept = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => { const list = map.get(key); if (list) { if (list.at(-1) !== i) list.push(i); } else map.set(key, [i]); };
  stems.forEach((own, i) => { for (const key of own) add(byStem, key, i); });
  // Slovenian and Serbian inflect and derive more than the stemmers strip ("vrbovao", "vrbovanje"): a word's first
  // five letters find the questions holding a word that starts with them.
  const byPrefix = new Map<string, number[]>();
  if (contentLanguageOf(locale) !== 'en') stems.forEach((own, i) => { for (const key of own) { const prefix = prefixOf(key); if (prefix) add(byPrefix, prefix, i); } });
  concepts.forEach((own, i) => { for (const ids of own.values()) for (const id of ids) add(byConcept, id, i); });
  // Made when a typo is first suspected, not as the page opens: stemming every answer takes a moment. Each text once:
  // every phrasing repeats its question's answer, two thirds of the text.
  let vocabulary: Set<string> | undefined;
  const spells = (key: string) => (vocabulary ??= new Set([...new Set(questions.flatMap((q) => [q.question, q.answer ?? '']))].flatMap((text) => termKey(locale, stem, text.replace(/[\p{P}\p{S}]+/gu, ' ')).split(' ')))).has(key);
  return { questions, stems, concepts, subjects, frequency, byStem, byConcept, byPrefix, places: new Set(questions.map((q) => q.url)).size, spells };
}

/**
 * The guidelines, notes and checks about everything the query names, when it names two things or more ("trafficking
 * victim" and "asylum"): pages whose title and the first sentence of their brief or lead name each by a concept, or
 * whose title holds a word the reader named it by, a name of a concept rather than an everyday word ("trafficked" in
 * "victims of trafficking"; not "again" of "trafficked again" in any title); those whose title names fewest other concepts first, then the shorter title; at most `count`.
 */
export function pagesOnAll(words: readonly ReadWord[], index: QuestionIndex, options: { kinds?: ReadonlySet<string>; count?: number; coverage?: Coverage } = {}): AnsweredQuestion[] {
  const things = thingsOf(words);
  if (things.length < 2) return [];
  const named = new Set(words.flatMap((word) => [...word.concepts]));
  // Of those, the pages whose titles, briefs and phrasings hold most of the query, and at least half of it.
  const { total, places } = options.coverage ?? placeCoverage(words, index, options.kinds);
  const share = (url: string) => (places.get(url)?.weight ?? 0) / Math.max(total, Number.EPSILON);
  return index.questions
    .flatMap((question, i) => {
      const { concepts, stems } = index.subjects[i]!;
      // A page's subject is what its title and brief name, not each everyday phrasing readers may type for it.
      if (!concepts.size || question.phrasing || (options.kinds && !options.kinds.has(question.kind ?? 'explanation'))) return [];
      const isOn = (thing: ReadWord[]) => thing.some((word) => [...word.concepts].some((c) => concepts.has(c)) || (!word.everyday && stems.has(word.key)));
      if (!things.every(isOn)) return [];
      const others = new Set([...index.concepts[i]!.values()].flatMap((concepts) => [...concepts]).filter((c) => !named.has(c))).size;
      const held = share(question.url);
      return held >= 0.5 ? [{ question, others, held }] : [];
    })
    .sort((a, b) => b.held - a.held || a.others - b.others || a.question.question.length - b.question.question.length)
    // A page once, however many of its phrasings name everything.
    .filter(({ question }, i, all) => all.findIndex((other) => other.question.url === question.url) === i)
    .slice(0, options.count ?? 2)
    .map(({ question }) => question);
}

/** In Slovenian and Serbian, how many first letters of a word find the questions holding a word that starts with them. */
const PREFIX = 5;
/** A word's stem by its first letters, for Slovenian and Serbian matching (undefined for a shorter one). */
export const prefixOf = (key: string): string | undefined => (key.length >= PREFIX ? key.slice(0, PREFIX) : undefined);

/**
 * The questions (and phrasings) a reader's word is found in: by itself, another word of its concept, the concept, or
 * (Slovenian and Serbian) its first letters.
 */
function entriesHolding(word: ReadWord, index: QuestionIndex): Set<number> {
  const found = new Set([word.key, ...word.stems].flatMap((k) => index.byStem.get(k) ?? []));
  for (const i of index.byPrefix.get(prefixOf(word.key) ?? '') ?? []) found.add(i);
  for (const id of word.concepts) for (const i of index.byConcept.get(id) ?? []) found.add(i);
  return found;
}

/** The questions (and phrasings) that name a concept the word is part of a name of: "out" of "pull out" by itself says nothing. */
function entriesNaming(word: ReadWord, index: QuestionIndex): Set<number> {
  return new Set([...word.concepts].flatMap((id) => index.byConcept.get(id) ?? []));
}

/** An article or paragraph number, or the word for article, in the three languages and both scripts. */
const CITES_A_PROVISION = /\d+\s*\(|\b(?:art|article|articles)\b|(?:^|\s)(?:člen\p{L}*|члан\p{L}*|clan\p{L}*|član\p{L}*)/iu;

/** The question a reader asks again, and how closely: whether it holds every word, and what the shared words are. */
export interface AskedAgain extends AnsweredQuestion {
  /** It holds every one of the reader's words (or another word of the same concept). */
  holdsEveryWord: boolean;
  /**
   * Every shared word names a glossary concept: the question is about the same things, not necessarily asking the same
   * about them ("trafficked … claim asylum" and "is being a victim of trafficking enough to be granted asylum in Serbia").
   */
  sharesOnlyNames: boolean;
}

/**
 * The explanation question a reader's question asks again, compared stem by stem, a word counting as shared when
 * the question holds it or another word of the concept it names ("agreed" and "consented"; "принуђено" and
 * "присиљено", everyday words of coercion on both sides). It must share at least two of the reader's words and at
 * least half of them, every word of the reader's that names a concept among them, and one of the shared words must
 * be distinctive: found in few questions (at most 5 %, or
 * two), since "State" and "Protocol" alone say nothing about which provision is meant. More shared words win; among
 * questions sharing as many, the one whose shared words are rarer, then the page that answers most such questions
 * (several of an article's questions asking the same thing are better evidence than one), then the question with
 * fewer words of its own (the more specific one). Undefined when none qualifies or questions answered on different
 * pages tie. A guideline's, note's or check's title counts as the question its page answers, also for a query not
 * asked as a question ("azil za žrtve trgovine" and "UNHCR Guidelines No. 7: victims of trafficking and the refugee
 * definition"); `asking: false` (a topic, not a question) takes an explanation's question only when it holds every word, one of them
 * naming no concept; `kinds`
 * leaves out the types not shown.
 */
export function askedBefore(words: readonly ReadWord[], index: QuestionIndex, options: { asking?: boolean; kinds?: ReadonlySet<string> } = {}): AskedAgain | undefined {
  const asked = [...new Map(words.map((word) => [word.key, word])).values()];
  const distinctive = (key: string) => (index.frequency.get(key) ?? 0) <= Math.max(2, index.questions.length * 0.05);
  const { asking = true, kinds } = options;
  // Only a question that two of the reader's words could each be found in (by stem or concept) can qualify.
  const reachable = new Map<number, number>();
  // How many questions each of the reader's words is found in (by itself or its concept): the fewer, the more a
  // question holding it says.
  const foundIn = new Map<ReadWord, number>();
  for (const word of asked) {
    const found = entriesHolding(word, index);
    for (const i of found) reachable.set(i, (reachable.get(i) ?? 0) + 1);
    foundIn.set(word, found.size);
  }
  const within = [...reachable].filter(([, count]) => count >= 2 && count * 2 >= asked.length).map(([i]) => i).sort((a, b) => a - b);
  const candidates = within.flatMap((i) => {
    const question = index.questions[i]!;
    // An explanation's question answers a question; a page's title also names the subject of a topic typed as such.
    const kind = question.kind ?? 'explanation';
    if (kinds && !kinds.has(kind)) return [];
    const own = index.stems[i]!;
    const conceptsOf = index.concepts[i]!;
    // Each of the question's words answers one of the reader's at most: the reader's own word first, so "žrtev" is
    // not counted again for "privolila", which stands for "soglasje žrtve".
    const unused = new Set(own);
    const sameConcept = (word: ReadWord) => [...unused].find((k) => [...(conceptsOf.get(k) ?? [])].some((id) => word.concepts.has(id)));
    const held = asked.flatMap((word) => {
      // Another word of the concept's names counts only when it is distinctive: "protection" of "international
      // protection" is in too many questions to stand for "asylum".
      const key = unused.has(word.key) ? word.key : ([...word.stems].find((k) => unused.has(k) && distinctive(k)) ?? sameConcept(word));
      if (key === undefined) return [];
      unused.delete(key);
      return [{ key, namesConcept: word.namesConcept, word }];
    });
    if (held.length < 2 || held.length * 2 < asked.length || !held.some(({ key }) => distinctive(key))) return [];
    // A topic typed as such ("smeštaj za žrtve trgovine ljudima", "lažni pasoši") is an explanation's question, or a
    // reader's phrasing of any page, only when that holds all of its words and one of them names no concept:
    // concepts' names alone ("odškodnina za žrtve") ask for the concept. A page's title names its subject.
    if ((kind === 'explanation' || question.phrasing) && !asking && (held.length < asked.length || asked.every((word) => word.namesConcept))) return [];
    // A phrasing that cites its provision ("article 6(3)(a) appropriate housing") is a student's search in the
    // treaty's own words: a topic in those words is answered by the text that holds them, which the engine finds.
    if (!asking && question.phrasing && CITES_A_PROVISION.test(question.question)) return [];
    // It asks about the same things: each thing the reader names (namedThings) is among the shared words.
    const heldWords = new Set(held.map((h) => h.word));
    if (thingsOf(words).some((thing) => !thing.some((word) => heldWords.has(word)))) return [];
    // The rarer the reader's shared words among the questions, the surer the match (the reader's word, not the
    // question's word that stands for it: a rare everyday word in a phrasing says no more than the concept it names);
    // a glossary concept's words count double.
    const weight = held.reduce((sum, { namesConcept, word }) => sum + (namesConcept ? 2 : 1) * Math.log((index.questions.length + 1) / ((foundIn.get(word) ?? 0) + 1)), 0);
    return [{ question, page: question.url.replace(/#.*$/, ''), shared: held.length, weight, own: own.size, onlyNames: held.every((h) => h.namesConcept), all: held.length === asked.length }];
  });
  const most = Math.max(0, ...candidates.map((c) => c.shared));
  const best = candidates.filter((c) => c.shared === most);
  const votes = (page: string) => best.filter((c) => c.page === page).length;
  // An editor's question before a reader's phrasing that shares as much: the question says what is answered.
  const ranked = best.map((c) => ({ ...c, votes: votes(c.page) })).sort((a, b) => b.weight - a.weight || Number(!!a.question.phrasing) - Number(!!b.question.phrasing) || b.votes - a.votes || a.own - b.own);
  const [first, ...rest] = ranked;
  // Tied questions answered on one page (an article's overview and its paragraph) are not in doubt: the first.
  const doubt = rest.some((c) => c.page !== first?.page && c.votes === first?.votes && c.weight === first?.weight && c.own === first?.own);
  return first && !doubt ? { ...first.question, holdsEveryWord: first.all, sharesOnlyNames: first.onlyNames } : undefined;
}

/** Whether a text has the stems of one of the glossary's names or forms, word for word: only then can it name a term. */
export const namesATerm = (locale: Locale, stem: Stem, text: string, index: ConceptIndex): boolean => index.nameKeys.has(termKey(locale, stem, text));

/** A reader's words as the glossary's names are keyed (`nameWords`): their stems, stop words left out. */
const keysAsNamed = (locale: Locale, stem: Stem, words: readonly string[]): string[] =>
  termKey(locale, stem, words.filter((word) => !isStopWord(locale, word)).join(' ')).split(' ').filter(Boolean);

/**
 * The one concept whose name or a listed form holds the reader's words, two or more, one after another: "criminal
 * group" of "organized criminal group", "reflection period" of "recovery and reflection period"; or, `atStart`, whose
 * term itself (not another name or a form: "trafficking in children", "trafficking victim") begins with them, one word
 * or more ("trafficking" of "trafficking in persons", asked what it is). None where several concepts' names hold them.
 */
export function termNamedInPart(locale: Locale, stem: Stem, words: readonly string[], index: ConceptIndex, { atStart = false } = {}): ConceptNames | undefined {
  const keys = keysAsNamed(locale, stem, words);
  if (keys.length < (atStart ? 1 : 2)) return undefined;
  const holds = (name: readonly string[]) => name.some((_, start) => (!atStart || start === 0) && keys.every((key, i) => name[start + i] === key));
  const concepts = new Set(index.nameWords.filter(({ keys: name, isTerm }) => (isTerm || !atStart) && holds(name)).map(({ concept }) => concept));
  return concepts.size === 1 ? [...concepts][0] : undefined;
}

/**
 * The one concept whose name or a listed form of two words or more opens the reader's words, one word following it
 * ("načelo nekaznovanja žrtev", "naknada štete od trgovca"): the topic is that term, the word after it narrowing it.
 * Not a name the words end with ("ranjivi tražioci azila", "nastanitev za žrtve trgovine z ljudmi"), which the
 * words before it qualify.
 */
export function termOpening(locale: Locale, stem: Stem, words: readonly string[], index: ConceptIndex): ConceptNames | undefined {
  const keys = keysAsNamed(locale, stem, words);
  const opens = (name: readonly string[]) => name.length >= 2 && name.length === keys.length - 1 && name.every((key, i) => keys[i] === key);
  const concepts = new Set(index.nameWords.filter(({ keys: name }) => opens(name)).map(({ concept }) => concept));
  return concepts.size === 1 ? [...concepts][0] : undefined;
}

/** Of a place's entries, the one holding most of the query's weight (the first on a tie): the one its card shows. */
const closestEntry = (place: PlaceHolding): number =>
  [...place.entries].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];

/** What one place holds of a query: the weight and the words, and each of its entries with the weight it holds. */
export interface PlaceHolding { weight: number; held: ReadWord[]; entries: Map<number, number> }
export interface Coverage { total: number; asked: ReadWord[]; places: Map<string, PlaceHolding> }

/**
 * How much of a query each place holds (an explanation, guideline, note or check: every entry with its address): the
 * summed weight of the reader's words that one of its questions, phrasings or its title holds (the word, another
 * word of the concept it names, or that concept by another name; a word of an everyday word of two words or more, such
 * as "pull out", only by that concept), each word weighed by how few places hold it (a
 * word every place holds says nothing); with the total weight of the query's words.
 */
export function placeCoverage(words: readonly ReadWord[], index: QuestionIndex, kinds?: ReadonlySet<string>): Coverage {
  const asked = [...new Map(words.map((word) => [word.key, word])).values()];
  const holding = asked.map((word) => {
    const places = new Map<string, number[]>();
    for (const i of word.inPhrase ? entriesNaming(word, index) : entriesHolding(word, index)) {
      const { url, kind = 'explanation' } = index.questions[i]!;
      if (kinds && !kinds.has(kind)) continue;
      places.set(url, [...(places.get(url) ?? []), i]);
    }
    return places;
  });
  const weights = holding.map((places) => Math.log((index.places + 1) / (places.size + 1)));
  const places = new Map<string, PlaceHolding>();
  holding.forEach((found, w) => {
    for (const [url, entries] of found) {
      const place = places.get(url) ?? { weight: 0, held: [], entries: new Map<number, number>() };
      place.weight += weights[w]!;
      place.held.push(asked[w]!);
      for (const i of entries) place.entries.set(i, (place.entries.get(i) ?? 0) + weights[w]!);
      places.set(url, place);
    }
  });
  // Words one entry holds together say more than words found in different entries of a place: what the others add
  // counts half.
  for (const place of places.values()) {
    const together = Math.max(...place.entries.values());
    place.weight = together + (place.weight - together) / 2;
  }
  return { total: weights.reduce((a, b) => a + b, 0), asked, places };
}

/**
 * Where a query is answered when no one question asks it again: the place whose questions and everyday phrasings,
 * taken together, hold most of the reader's words (placeCoverage). It must hold at least two of them, and at least
 * `share` of their weight; undefined when none does or two places tie. The entry returned is the place's question
 * (or phrasing) that shares most words, for its card.
 */
export function closestPlace(words: readonly ReadWord[], index: QuestionIndex, options: { kinds?: ReadonlySet<string>; share?: number; coverage?: Coverage } = {}): AskedAgain | undefined {
  const { kinds, share = 0.5 } = options;
  const { total, asked, places } = options.coverage ?? placeCoverage(words, index, kinds);
  if (asked.length < 2) return undefined;
  const ranked = [...places].filter(([, p]) => p.held.length >= 2 && p.weight >= total * share).sort((a, b) => b[1].weight - a[1].weight);
  const [first, second] = ranked;
  if (!first || (second && second[1].weight === first[1].weight)) return undefined;
  const held = first[1].held;
  return { ...index.questions[closestEntry(first[1])]!, holdsEveryWord: held.length === asked.length, sharesOnlyNames: held.every((word) => word.namesConcept) };
}

/**
 * Where a card leads to a whole article (the provision that deals with a concept: art. 8 with repatriation), the
 * article's paragraph or point whose explanation holds most of the reader's words, two at least, and more than the
 * article's overview does: "papers to go home" is answered by art. 8(4). Undefined when none does.
 */
export function paragraphHolding(articleUrl: string, coverage: Coverage): ProvisionId | undefined {
  const article = articleUrl.match(/#(art_\d+)$/)?.[1];
  if (!article) return undefined;
  const overview = [...coverage.places].find(([url]) => url.endsWith(`/explained/#${article}`))?.[1].weight ?? 0;
  const best = paragraphMost(coverage, article, (place) => place.held.length >= 2 && place.weight > overview);
  return best && (best[0].slice(best[0].indexOf('#') + 1) as ProvisionId);
}

/** Of an article's paragraphs and points (`art_8`: `#art_8__…`), the place that `holds` lets in with most of the query's weight. */
function paragraphMost(coverage: Coverage, article: string, holds: (place: PlaceHolding) => boolean): [string, PlaceHolding] | undefined {
  return [...coverage.places].filter(([url, place]) => url.includes(`#${article}__`) && holds(place)).sort((a, b) => b[1].weight - a[1].weight)[0];
}

/**
 * For an answer found by an everyday phrasing: the explanation's own question that shares most of the reader's words
 * (by stem, or another word of the concept a word names), which its card shows with its answer; none when none
 * shares a word (the card then shows the answer alone). A rarer word shared counts for more ("name" more than
 * "keep"); the first of those sharing as much.
 */
export function questionAsked(url: string, words: readonly ReadWord[], index: QuestionIndex): AnsweredQuestion | undefined {
  const rarity = (word: ReadWord) => Math.log(1 + index.questions.length / Math.max(1, index.frequency.get(word.key) ?? 1));
  let best: { question: AnsweredQuestion; shared: number } | undefined;
  index.questions.forEach((question, i) => {
    if (question.url !== url || question.phrasing) return;
    const own = index.stems[i]!;
    const shared = words.filter((word) => own.has(word.key) || [...word.stems].some((k) => own.has(k))).reduce((sum, word) => sum + rarity(word), 0);
    if (shared > (best?.shared ?? 0)) best = { question, shared };
  });
  return best?.question;
}

/**
 * An article's overview answered, when one of the article's own paragraphs or points holds as many of the reader's
 * words: that paragraph, which says it more precisely (its entry sharing most of the query). Otherwise the answer.
 */
export function preciser(answer: AskedAgain, coverage: Coverage, index: QuestionIndex): AskedAgain {
  const article = answer.url.match(/#(art_\d+)$/)?.[1];
  const own = coverage.places.get(answer.url);
  if (answer.kind !== 'explanation' || !article || !own) return answer;
  const best = paragraphMost(coverage, article, (place) => place.held.length >= own.held.length);
  if (!best) return answer;
  return { ...index.questions[closestEntry(best[1])]!, holdsEveryWord: answer.holdsEveryWord, sharesOnlyNames: answer.sharesOnlyNames };
}
