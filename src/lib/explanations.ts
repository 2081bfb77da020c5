/**
 * Explanations of the Protocol's provisions (content/explanations/): reading one file's `<Explanation of="…">`
 * blocks and `<Questions>` lists from its source, and the checks across files and languages that fail the build
 * with the file, the line and the fix. Pure: callers pass the file texts and the Protocol's ids.
 */

export interface ExplainedBlock {
  /** The ids in `of`, in the order written. */
  ids: string[];
  /** 1-based line of `<Explanation` in the file. */
  line: number;
  questions: { text: string; line: number }[];
  /**
   * What readers type when this explanation is the answer, in their own words (`<SearchedAs>`): never shown, only
   * matched by the search page, as the glossary's `searchedAs` is.
   */
  searchedAs?: { text: string; line: number }[];
  /** Its prose as plain text (components left out): where a search result finds the answer to its questions. */
  prose?: string;
}

export interface ExplanationFile {
  /** As shown in messages: `content/explanations/sl/art-3.mdx`. */
  file: string;
  language: string;
  /** The article the file is for, or 'preamble'. */
  article: number | 'preamble';
  blocks: ExplainedBlock[];
}

const OPEN = /<Explanation\s+of="([^"]*)"/;
const QUESTIONS_OPEN = /^\s*<Questions>\s*$/;
const QUESTIONS_CLOSE = /^\s*<\/Questions>\s*$/;
const SEARCHED_AS_OPEN = /^\s*<SearchedAs>\s*$/;
const SEARCHED_AS_CLOSE = /^\s*<\/SearchedAs>\s*$/;
const LIST_ITEM = /^\s*[-*]\s+(.+?)\s*$/;

/** The explanation blocks of one file, read from its full text (front matter included, so lines are the file's). */
export function readExplanationBlocks(source: string): ExplainedBlock[] {
  const blocks: ExplainedBlock[] = [];
  const prose: string[][] = []; // each block's prose, line by line
  let inQuestions = false;
  let inSearchedAs = false;
  let inComponent = false;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    const open = text.match(OPEN);
    if (open) {
      blocks.push({ ids: open[1]!.trim().split(/\s+/).filter(Boolean), line, questions: [] });
      prose.push([]);
    } else if (QUESTIONS_OPEN.test(text)) inQuestions = true;
    else if (QUESTIONS_CLOSE.test(text)) inQuestions = false;
    else if (SEARCHED_AS_OPEN.test(text)) inSearchedAs = true;
    else if (SEARCHED_AS_CLOSE.test(text)) inSearchedAs = false;
    else if (inQuestions) {
      const item = text.match(LIST_ITEM);
      if (item && blocks.length) blocks.at(-1)!.questions.push({ text: item[1]!, line });
    } else if (inSearchedAs) {
      const item = text.match(LIST_ITEM);
      if (item && blocks.length) (blocks.at(-1)!.searchedAs ??= []).push({ text: item[1]!, line });
    } else if (prose.length) {
      // Markdown prose only: the lines of components (<Provision />, <Aside>…</Aside>, <Compare>) are left out.
      if (/^\s*<\/?(Aside|Compare|Quote)\b/.test(text)) inComponent = !/^\s*<\//.test(text) && !/\/>\s*$/.test(text);
      else if (!inComponent && text.trim() && !/^\s*<\/?[A-Z]/.test(text)) prose.at(-1)!.push(text.trim());
    }
  });
  blocks.forEach((block, i) => { block.prose = plainText(prose[i]!.join(' ')); });
  return blocks;
}

/**
 * Markdown prose as a reader sees it: links as their text, citations (`[@key, para. 12]`) and emphasis marks gone,
 * MDX escapes resolved.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\s*\[@[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // Markdown's backslash escapes ("1\. člen" opening a line)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Abbreviations after which a full stop ends no sentence, folded to lower case: "art. 3", "No. 7", "čl. 3", "br. 6". */
const ABBREVIATIONS = new Set(['art', 'arts', 'para', 'paras', 'no', 'nos', 'p', 'pp', 'e.g', 'i.e', 'cf', 'etc', 'vs', 'ibid', 'op', 'sec', 'ch',
  'čl', 'odst', 'tč', 'točk', 'str', 'npr', 'tj', 't. i', 'itd', 'oz', 'št', 'ur', 'prim', 'gl',
  'чл', 'ст', 'тач', 'бр', 'нпр', 'тј', 'итд', 'стр', 'одн', 'сл', 'пар', 'тачка']);

/**
 * The first sentence of plain text: up to the first full stop, question or exclamation mark that is followed by a
 * space and a capital letter, a digit or an opening quotation mark, and does not end an abbreviation ("art. 3",
 * "No. 7") or an initial. The whole text when it is one sentence.
 */
export function firstSentence(text: string): string {
  const end = /[.?!]["”’»“]?(?=\s+["“„«‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(end)) {
    const before = text.slice(0, match.index).match(/(?:^|[\s(])([\p{L}.]+)$/u)?.[1] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{L}$/u.test(before))) continue;
    return text.slice(0, match.index! + match[0].length);
  }
  return text;
}

/** The sentences of plain text, split as `firstSentence` splits. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let rest = text.trim();
  while (rest) {
    const sentence = firstSentence(rest);
    sentences.push(sentence.trim());
    rest = rest.slice(sentence.length).trim();
  }
  return sentences;
}

/** A word's first five letters, lower case: close enough to a stem to compare a question with an answer. */
const roughStem = (word: string) => word.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').slice(0, 5);
const contentWords = (text: string) => new Set((text.match(/[\p{L}\p{N}]{4,}/gu) ?? []).map(roughStem));

/**
 * The sentence of an explanation that answers one of its questions: the first of those sharing most words with the
 * question (an article's overview answers several questions, each in its own sentence); its first sentence when
 * none shares a word.
 */
export function answerTo(question: string, prose: string): string {
  const asked = contentWords(question);
  let best = { sentence: firstSentence(prose), shared: 0 };
  for (const sentence of sentencesOf(prose)) {
    const shared = [...contentWords(sentence)].filter((w) => asked.has(w)).length;
    if (shared > best.shared) best = { sentence, shared };
  }
  return best.sentence;
}

/** Of an explanation's questions, the index of the one sharing most words with a phrasing (the first on a tie); none when it asks none. */
export function closestQuestion(phrasing: string, questions: readonly string[]): number | undefined {
  if (!questions.length) return undefined;
  const words = contentWords(phrasing);
  const shared = questions.map((q) => [...contentWords(q)].filter((w) => words.has(w)).length);
  return shared.indexOf(Math.max(...shared));
}

/** A question compared as a reader would see it: case, spacing and final punctuation do not make it different. */
export const questionKey = (question: string) => question.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').replace(/[?？.!\s]+$/, '').trim();

/** The longest a `<SearchedAs>` phrasing may be, in words: a search, not a sentence. */
export const MAX_SEARCHED_AS_WORDS = 12;

export interface ExplanationRules {
  /** Every provision id of the Protocol, in document order. */
  provisionIds: readonly string[];
  /** The article of an id, or undefined for the preamble. */
  articleOf: (id: string) => number | undefined;
  /** Whether the id is an article (`art_3`) rather than a paragraph or point. */
  isArticle: (id: string) => boolean;
}

const list = (ids: readonly string[]) => ids.join(', ');

/**
 * Every problem with the explanations as a whole, one sentence each, naming the file and line and what to fix:
 * unknown ids, ids of another article, ids explained twice, ids left unexplained, languages that explain different
 * ids, questions asked twice, articles with too few or too many questions, questions without a question mark, and an
 * explanation asked a different number of questions in another language.
 */
export function explanationProblems(files: readonly ExplanationFile[], languages: readonly string[], rules: ExplanationRules): string[] {
  const problems: string[] = [];
  const known = new Set(rules.provisionIds);
  const explainedBy = new Map<string, Map<string, string>>(); // language → id → "file:line"

  for (const file of files) {
    const explained = explainedBy.get(file.language) ?? new Map<string, string>();
    explainedBy.set(file.language, explained);
    if (!file.blocks.length) problems.push(`${file.file}: no <Explanation of="…"> blocks: explain each provision of the ${file.article === 'preamble' ? 'preamble' : `article ${file.article}`}.`);
    for (const block of file.blocks) {
      const at = `${file.file}:${block.line}`;
      if (!block.ids.length) problems.push(`${at}: <Explanation of=""> names no provision: write of="art_3__point_a", or several ids separated by spaces.`);
      for (const id of block.ids) {
        if (!known.has(id)) {
          problems.push(`${at}: "${id}" is not a provision of the Protocol: use an id such as ${list(rules.provisionIds.filter((p) => rules.articleOf(p) === (file.article === 'preamble' ? undefined : file.article)).slice(0, 4))}.`);
          continue;
        }
        const belongs = file.article === 'preamble' ? id === 'preamble' : rules.articleOf(id) === file.article;
        if (!belongs) problems.push(`${at}: ${id} belongs in the file of its own article, not in ${file.file}.`);
        const earlier = explained.get(id);
        if (earlier) problems.push(`${at}: ${id} is explained twice (also at ${earlier}): keep one explanation per provision.`);
        else explained.set(id, at);
      }
      const isArticleBlock = block.ids.some((id) => rules.isArticle(id) || id === 'preamble');
      const [min, max] = isArticleBlock ? [2, 4] : [0, 3];
      if (block.questions.length < min || block.questions.length > max) {
        problems.push(`${at}: ${block.questions.length} questions: an explanation of ${isArticleBlock ? 'a whole article or the preamble' : 'a paragraph or point'} has ${min}–${max} in its <Questions> list.`);
      }
      for (const question of block.questions) {
        if (!/[?？]$/.test(question.text)) problems.push(`${file.file}:${question.line}: "${question.text}" is listed as a question but does not end with "?".`);
      }
      for (const phrase of block.searchedAs ?? []) {
        const words = phrase.text.split(/\s+/).length;
        if (words < 2 || words > MAX_SEARCHED_AS_WORDS) problems.push(`${file.file}:${phrase.line}: "${phrase.text}" has ${words} words: a <SearchedAs> phrasing is what a reader types, 2–${MAX_SEARCHED_AS_WORDS} words.`);
      }
    }
  }

  // Coverage: each language explains every provision of every article it has a file for, and every article has a file.
  for (const language of languages) {
    const explained = explainedBy.get(language) ?? new Map<string, string>();
    const missing = rules.provisionIds.filter((id) => !explained.has(id));
    if (!missing.length) continue;
    const byArticle = new Map<string, string[]>();
    for (const id of missing) {
      const article = rules.articleOf(id);
      const file = `content/explanations/${language}/${article === undefined ? 'preamble' : `art-${article}`}.mdx`;
      byArticle.set(file, [...(byArticle.get(file) ?? []), id]);
    }
    for (const [file, ids] of byArticle) problems.push(`${file}: no explanation of ${list(ids)}: add <Explanation of="${ids[0]}"> … </Explanation> (every provision is explained in every language).`);
  }

  // The same blocks in every language, so that each explanation has its counterpart: compared with the first language.
  const [first, ...others] = languages;
  const groups = (file: ExplanationFile) => file.blocks.map((b) => b.ids.join(' '));
  for (const file of files.filter((f) => f.language === first)) {
    for (const other of files.filter((f) => others.includes(f.language) && f.article === file.article)) {
      const here = groups(file);
      const there = groups(other);
      const onlyHere = here.filter((g) => !there.includes(g));
      const onlyThere = there.filter((g) => !here.includes(g));
      if (onlyHere.length || onlyThere.length) {
        problems.push(`${other.file}: its <Explanation of="…"> blocks differ from ${file.file}${onlyHere.length ? `; missing of="${onlyHere.join('", of="')}"` : ''}${onlyThere.length ? `; extra of="${onlyThere.join('", of="')}"` : ''}: explain the same provisions, grouped the same way, in every language.`);
      }
      // A study question's id is its provision and its place in the list (src/lib/study-questions.ts), the same in
      // every language: so every language asks as many questions of each explanation.
      for (const block of file.blocks) {
        const counterpart = other.blocks.find((b) => b.ids.join(' ') === block.ids.join(' '));
        if (counterpart && counterpart.questions.length !== block.questions.length) {
          problems.push(`${other.file}:${counterpart.line}: ${counterpart.questions.length} questions where ${file.file}:${block.line} asks ${block.questions.length}: ask the same questions, in the same order, in every language (a study question's id, such as 3a-2, is its place in the list).`);
        }
      }
    }
  }

  // Questions and everyday phrasings: one place each per language, so that each leads to one explanation.
  const asked = new Map<string, string>();
  for (const file of files) {
    for (const block of file.blocks) {
      const entries = [...block.questions.map((q) => ({ ...q, kind: 'question' })), ...(block.searchedAs ?? []).map((q) => ({ ...q, kind: 'phrasing' }))];
      for (const { text, line, kind } of entries) {
        const key = `${file.language}\u0000${questionKey(text)}`;
        const earlier = asked.get(key);
        if (earlier && kind === 'question') problems.push(`${file.file}:${line}: the question "${text}" is already asked at ${earlier}: ask each question once, where it is answered.`);
        else if (earlier) problems.push(`${file.file}:${line}: the <SearchedAs> phrasing "${text}" is already at ${earlier}: list each once, on the explanation that answers it.`);
        else asked.set(key, `${file.file}:${line}`);
      }
    }
  }
  return problems;
}

/** The ids one explanation block covers, as `data-explains` writes them. */
export const explainsAttribute = (ids: readonly string[]) => ids.join(' ');
