/**
 * The search page: loads Pagefind as the page opens, reads and writes `?q=`, filters by type with counts, lands on
 * the provision or heading (sub-results), and puts the glossary definition first when the query names a term. What
 * is searched is planned by src/lib/query.ts (stop words, "what is X", the treaty's wording, relaxing to most words);
 * this file only runs the searches and draws what they find.
 */
import { latinToCyrillic } from '../lib/transliterate.ts';
import { namingScorer, queryFor, resultUrlFor } from '../lib/search.ts';
import { askedBefore, indexConcepts, indexQuestions, MAX_QUERY_LENGTH, namesATerm, pagesHoldingMost, planQuery, readQuery, searchesOf, takingTurns, type AnsweredQuestion, type ConceptIndex, type ConceptNames } from '../lib/query.ts';
import { foldForSearch as fold, stemmerFor, termKey, type Stem } from '../lib/stemming.ts';
import { closestTerms } from '../lib/suggest.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import type { Locale } from '../lib/locales.ts';

interface PagefindSubResult { url: string; title: string; excerpt: string; locations: number[]; weighted_locations?: { weight: number }[] }
interface PagefindResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindResultData> }
interface PagefindSearch { results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: object) => Promise<PagefindSearch | null>;
  preload: (q: string) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const { bundle, base, definitions, names: namesUrl, questions: questionsUrl, locale: localeAttr } = root.dataset as { bundle: string; base: string; definitions: string; names: string; questions: string; locale: string };
const locale = localeAttr as Locale;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as Record<string, string>;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const filterBox = root.querySelector<HTMLFieldSetElement>('.search-filters')!;
const suggestions = root.querySelector<HTMLElement>('#search-suggestions')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;
const help = root.querySelector<HTMLElement>('#search-help')!;
const TYPES = ['protocol', 'explanation', 'guideline', 'note', 'glossary'] as const;

let engine: Promise<{ pagefind: Pagefind; stem: Stem }> | undefined;
const loadEngine = () =>
  (engine ??= (async () => {
    const [pagefind, stem] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>, stemmerFor(locale)]);
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    await pagefind.filters(); // loads the filter index, so searches report counts per type
    return { pagefind, stem };
  })());

/**
 * What the search needs besides the engine, fetched and indexed as the page opens (a few KB): each concept's names,
 * for the treaty's wording beside the reader's, and the questions the explanations answer.
 */
const fetchJson = <T>(url: string): Promise<T[]> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T[]>) : [])).catch(() => []);
let helpers: Promise<{ concepts: ConceptIndex; questions: ReturnType<typeof indexQuestions> }> | undefined;
const loadHelpers = () =>
  (helpers ??= (async () => {
    const [{ stem }, names, questions] = await Promise.all([loadEngine(), fetchJson<ConceptNames>(namesUrl), fetchJson<AnsweredQuestion>(questionsUrl)]);
    return { concepts: indexConcepts(locale, stem, names), questions: indexQuestions(locale, stem, questions) };
  })());

/** Excerpts come from the Latin index; Cyrillic readers see them in Cyrillic. Only text is converted, never tags. */
const inReaderScript = (html: string) => (locale === 'sr' ? html.replace(/(^|>)([^<]+)/g, (_, tag, text) => tag + latinToCyrillic(text)) : html);
const format = (key: string, values: Record<string, string | number>) => fillPlaceholders(strings[key]!, values);

function link(url: string, html: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = resultUrlFor(locale, url);
  a.className = className;
  a.innerHTML = inReaderScript(html);
  return a;
}

function render(data: PagefindResultData, isDefinition: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = isDefinition ? 'result result-definition' : 'result';
  // Land on the provision or section whose words score highest, not just on the page: a word in an explanation's
  // questions (the heaviest weight) counts for more than the same word in running text.
  const score = (sub: PagefindSubResult) => sub.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? sub.locations.length;
  const subResults = data.sub_results
    .filter((s) => s.url.includes('#') && s.locations.length > 0)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
  const heading = document.createElement('h2');
  heading.append(link(subResults[0]?.url ?? data.url, escapeHtml(data.meta['title'] ?? data.url), 'result-title'));
  const type = typeOf(data);
  if (isDefinition) item.dataset.definition = '';
  if (type) heading.append(Object.assign(document.createElement('span'), { className: 'result-type', textContent: ` · ${strings[`type.${type}`]}` }));
  item.append(heading);
  const excerpt = document.createElement('p');
  // A term's excerpt is its definition, and the provision or source that defines it: text, not the page's labels.
  const isTerm = type === 'glossary' && data.meta['definition'];
  excerpt.innerHTML = inReaderScript(isTerm ? escapeHtml(data.meta['definition']!) : data.excerpt);
  item.append(excerpt);
  if (isTerm && data.meta['definedBy']) {
    const definedIn = Object.assign(document.createElement('p'), { className: 'result-defined-in' });
    definedIn.append(`${strings['definedIn']}: `);
    const source = data.meta['definedByUrl'];
    definedIn.append(source ? link(source, escapeHtml(data.meta['definedBy']), 'result-source') : data.meta['definedBy']);
    item.append(definedIn);
  } else if (isTerm && data.meta['notDefined']) {
    // A term no text cited here defines says so, in the page's own words ("Not defined in the Protocol.").
    item.append(Object.assign(document.createElement('p'), { className: 'result-defined-in', innerHTML: inReaderScript(escapeHtml(data.meta['notDefined'])) }));
  }
  if (subResults.length && !isTerm) {
    const subs = document.createElement('ul');
    for (const sub of subResults) {
      const li = document.createElement('li');
      li.append(link(sub.url, escapeHtml(sub.title), 'result-sub'), Object.assign(document.createElement('p'), { innerHTML: inReaderScript(sub.excerpt) }));
      subs.append(li);
    }
    item.append(subs);
  }
  return item;
}

/**
 * A result the page puts first itself: the explanation that asks the reader's question, or the provision that
 * defines a term the reader called by an everyday name. Text only.
 */
function renderLead(kind: 'answer' | 'provision', href: string, title: string, type: string, text: string): HTMLLIElement {
  const item = Object.assign(document.createElement('li'), { className: `result result-${kind}` });
  const heading = document.createElement('h2');
  heading.append(Object.assign(document.createElement('a'), { href, className: 'result-title', textContent: title }));
  heading.append(Object.assign(document.createElement('span'), { className: 'result-type', textContent: ` · ${strings[`type.${type}`]}` }));
  item.append(heading, Object.assign(document.createElement('p'), { textContent: text }));
  return item;
}

const typeOf = (data: PagefindResultData) => data.filters['type']?.[0];
const isTermPage = (data: PagefindResultData) => typeOf(data) === 'glossary';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function checkedTypes(): string[] {
  return [...filterBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
}

const PAGE = 10;

/** A result's text, loaded once however often it is asked for (it may be asked for early, while other searches run). */
const loadedData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loadedData.get(result);
  if (!data) loadedData.set(result, (data = result.data()));
  return data;
}
const firstOf = (found: readonly PagefindResult[], count: number) => Promise.all(found.slice(0, count).map(dataOf));
let paging: { results: PagefindResult[]; from: number; skip: string | undefined } | undefined;

/** Renders the next results of the shown search, at most `count`; false when a newer search has taken over. */
async function showMore(ticket: number, count: number): Promise<boolean> {
  if (!paging) return false;
  const { results, from, skip } = paging;
  const next = (await Promise.all(results.slice(from, from + count).map(dataOf))).filter((d) => d.url !== skip);
  if (ticket !== latest) return false;
  const items = next.map((d) => render(d, false));
  list.append(...items);
  paging.from = from + count;
  more.hidden = paging.from >= results.length;
  return true;
}

// Ten results first, ten more on request: each costs a fetch, which a phone on a slow connection feels.
more.addEventListener('click', async () => {
  const before = list.children.length;
  more.disabled = true; // one page at a time, however often it is pressed
  const added = await showMore(latest, PAGE);
  more.disabled = false;
  if (added) list.children[before]?.querySelector('a')?.focus();
});

let latest = 0;
async function run(): Promise<void> {
  const typed = input.value.trim();
  const url = new URL(location.href);
  if (typed) url.searchParams.set('q', typed);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  const ticket = ++latest;
  suggestions.hidden = true;
  more.hidden = true;
  paging = undefined;
  const plan = planQuery(locale, typed);
  help.hidden = plan.words.length > 0 && !plan.onlyStopWords;
  if (!plan.words.length || plan.onlyStopWords) {
    list.replaceChildren();
    filterBox.hidden = true;
    status.textContent = plan.onlyStopWords ? format('onlyStopWords', { query: plan.text }) : '';
    return;
  }
  status.textContent = strings['loading']!;
  const types = checkedTypes();
  const filter = types.length < TYPES.length ? { filters: { type: { any: types } } } : {};
  const [{ pagefind, stem }, { concepts, questions }] = await Promise.all([loadEngine(), loadHelpers()]);
  // The reader's words, and the same words in the treaty's wording where they used an everyday name of a concept.
  const read = readQuery(locale, stem, plan.words, concepts);
  const { together: wordings, eachWord } = searchesOf(read);
  const named = plan.subject ?? plan.text;
  // A question answers to the explanation that asks it in other words (no search needed).
  const askedAgain = plan.isQuestion && types.includes('explanation') ? askedBefore(read.words, questions) : undefined;
  const searches = await Promise.all(wordings.map(async (wording) => {
    const found = await pagefind.search(queryFor(locale, wording), filter);
    // Each wording's first results make the first page (they take turns): their text loads while the others search.
    for (const result of found?.results.slice(0, Math.ceil(PAGE / wordings.length)) ?? []) void dataOf(result);
    return found;
  }));
  if (ticket !== latest) return;
  let results = takingTurns(searches.map((search) => search?.results ?? []), (r) => r.id);
  let counted = searches[0];
  let relaxed = false;
  if (!results.length && plan.words.length > 1) {
    // Nothing holds every word: the pages that hold most of them.
    const { each, ranked } = await byEachWord(pagefind, eachWord, filter);
    if (ticket !== latest) return;
    results = ranked.map((r) => r.page);
    counted = each.reduce((most, search) => (search.results.length > (most?.results.length ?? 0) ? search : most), each[0]);
    relaxed = results.length > 0;
  }
  const page = await firstOf(results, PAGE);
  if (ticket !== latest) return;
  // The term the query names, among the results; failing that, looked up among the glossary by the stems of the
  // subject ("what is X": X), when they are the stems of a term's name, so an inflected form no list holds still
  // finds its term (rarely needed, so not searched before it is).
  let definition = bestNamed(page, named, stem);
  if (!definition && types.includes('glossary') && namesATerm(locale, stem, named, concepts)) {
    definition = bestNamed(await firstOf((await pagefind.search(termKey(locale, stem, named), { filters: { type: 'glossary' } }))?.results ?? [], 3), named, stem);
  }
  // Failing that, and unless it is a question, a glossary term whose name starts the query ("non-refoulement principle").
  const term = fold(queryFor(locale, named)).split(' ')[0] ?? '';
  if (!plan.isQuestion) definition ??= page.find((d) => isTermPage(d) && fold(d.meta['title'] ?? '').startsWith(term));
  // A question that names no term and asks no explanation's question is answered first by the explanation that holds
  // its words: among the results, or looked up (relaxed to most of its words).
  let answer: PagefindResultData | undefined;
  if (plan.isQuestion && !definition && !askedAgain && types.includes('explanation')) {
    answer = page.find((d) => typeOf(d) === 'explanation') ?? (await firstOf(await answerFor(pagefind, eachWord), 1))[0];
  }
  if (ticket !== latest) return;
  const lead = definition ?? answer;
  // A comparison is answered by a page on both things, not by either one's definition: terms follow the other pages.
  const ranked = plan.compares ? [...page.filter((d) => !isTermPage(d)), ...page.filter(isTermPage)] : page;
  const shown = lead ? [lead, ...ranked.filter((d) => d.url !== lead.url)] : ranked;
  // The query names a treaty term by an everyday name: the provision that defines the term, right after its definition.
  const defining = read.wordings.map((t) => t.concept).find((c) => c.definedBy && definition?.url.includes(`/glossary/${c.id}/`))?.definedBy;
  const items = shown.map((d) => render(d, d === definition));
  if (defining) items.splice(1, 0, renderLead('provision', resultUrlFor(locale, defining.url), defining.citation, 'protocol', strings['definesTerm']!));
  list.replaceChildren(...(askedAgain && !definition ? [renderLead('answer', askedAgain.url, askedAgain.title, 'explanation', askedAgain.question)] : []), ...items);
  paging = { results, from: PAGE, skip: lead?.url };
  more.hidden = paging.from >= results.length;
  for (const type of TYPES) {
    const count = filterBox.querySelector<HTMLElement>(`[data-count="${type}"]`)!;
    count.textContent = String(counted?.totalFilters['type']?.[type] ?? 0);
  }
  filterBox.hidden = false;
  const notes = [
    plan.truncated ? format('truncated', { max: MAX_QUERY_LENGTH }) : '',
    relaxed ? strings['relaxed']! : '',
    results.length ? format('results', { count: results.length, query: plan.text }) : format('noResults', { query: plan.text }),
  ];
  status.textContent = notes.filter(Boolean).join(' ');
  if (results.length < 3) await suggestTerms(plan.text, ticket); // few or no results: perhaps a typo
}

/**
 * Each word searched on its own (with the treaty's name of the concept it names, either counting), and the pages
 * ranked by how many of the words they hold (then by score).
 */
async function byEachWord(pagefind: Pagefind, eachWord: readonly (readonly string[])[], options: object) {
  const each = await Promise.all(eachWord.map(async (wordings) => {
    const found = await Promise.all(wordings.map((wording) => pagefind.search(queryFor(locale, wording), options)));
    return { results: found.flatMap((search) => search?.results ?? []), totalFilters: found[0]?.totalFilters ?? {} };
  }));
  return { each, ranked: pagesHoldingMost(each.map((search) => search.results), (r) => r.id, (r) => r.score) };
}

/**
 * The explanation that answers a question: the one holding all its words, or failing that the one holding most of
 * them (at least half), searched again by the words it holds so that the result lands on the right section.
 */
async function answerFor(pagefind: Pagefind, eachWord: readonly (readonly string[])[]): Promise<PagefindResult[]> {
  const explanations = { filters: { type: 'explanation' } };
  const words = eachWord.map(([word]) => word!);
  const all = await pagefind.search(queryFor(locale, words.join(' ')), explanations);
  if (all?.results.length || words.length < 2) return all?.results ?? [];
  const { each, ranked: [best] } = await byEachWord(pagefind, eachWord, explanations);
  if (!best || best.held * 2 < words.length) return [];
  const held = words.filter((_, i) => each[i]?.results.some((r) => r.id === best.page.id));
  const again = await pagefind.search(queryFor(locale, held.join(' ')), explanations);
  return [again?.results.find((r) => r.id === best.page.id) ?? best.page];
}

/** The glossary result the query names best (a listed form before a match by stems), if any. */
function bestNamed(results: PagefindResultData[], query: string, stem: Stem): PagefindResultData | undefined {
  let best: PagefindResultData | undefined;
  let bestScore = 0;
  for (const result of results) {
    if (!isTermPage(result)) continue;
    const score = namingScorer(locale, stem, result.meta['forms'])(query);
    if (score > bestScore) [best, bestScore] = [result, score];
  }
  return best;
}

/** Little or nothing found: the glossary terms closest to what was typed, so a typo still leads somewhere. */
async function suggestTerms(query: string, ticket: number): Promise<void> {
  const terms = Object.entries((await (await fetch(definitions)).json()) as Record<string, { term: string }>).map(([id, { term }]) => ({ id, term }));
  const closest = closestTerms(query, terms);
  if (ticket !== latest || !closest.length) return;
  suggestions.replaceChildren(`${strings['didYouMean']} `, ...closest.flatMap((s, i) => {
    const a = Object.assign(document.createElement('a'), { href: `${base}${locale}/glossary/${s.id}/`, textContent: s.term });
    return i ? [', ', a] : [a];
  }));
  suggestions.hidden = false;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // Fetch the index chunks for the words typed so far while the reader pauses (Pagefind's own preloading).
  const typed = input.value.trim();
  const words = planQuery(locale, typed).words.join(' ');
  if (words) void loadEngine().then(({ pagefind }) => pagefind.preload(queryFor(locale, words)));
  timer = window.setTimeout(run, 180);
});
root.querySelector('form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
filterBox.addEventListener('change', () => void run());
// The engine, its filters, the stemmer and the concepts' names load as the page opens, so the first query costs what
// a later one does.
void loadEngine();
void loadHelpers();
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run();
}
