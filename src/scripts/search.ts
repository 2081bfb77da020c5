/**
 * The search page: loads Pagefind as the page opens, reads and writes `?q=`, filters by type with counts, lands on
 * the provision or heading (sub-results), and puts the glossary definition first when the query names a term. What
 * is searched is planned by src/lib/query.ts (stop words, "what is X", the treaty's wording, relaxing to most words);
 * this file only runs the searches and draws what they find.
 */
import { inScript, latinToCyrillic } from '../lib/transliterate.ts';
import { provisionLabel } from '../lib/citation.ts';
import { contentLanguageOf, type Locale } from '../lib/locales.ts';
import type { ProvisionId } from '../lib/provisions.ts';
import { matchedWords, namingScorer, pageKey, queryFor, resultUrlFor, shortened, withHighlights } from '../lib/search.ts';
import { askedBefore, closestPlace, expandQuestions, paragraphHolding, type AnsweredQuestion, placeCoverage, preciser, questionAsked, spelledAs, indexConcepts, indexQuestions, MAX_QUERY_LENGTH, namesATerm, pagesHoldingMost, pagesOnAll, planQuery, termNamedInPart, termOpening, readQuery, searchesOf, takingTurns, FEWEST_HOLDING_ALL, type StoredQuestion, type ConceptIndex, type ConceptNames } from '../lib/query.ts';
import { stemmerFor, termKey, type Stem } from '../lib/stemming.ts';
import { indexPlaces, rankPlaces, type Place, type PlaceIndex } from '../lib/places.ts';
import { closestTerms } from '../lib/suggest.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

interface PagefindSubResult { url: string; title: string; excerpt: string; locations: number[]; weighted_locations?: { weight: number }[] }
interface PagefindResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindResultData> }
interface PagefindSearch { results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: object) => Promise<PagefindSearch | null>;
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
const TYPES = ['protocol', 'explanation', 'guideline', 'note', 'glossary', 'check'] as const;
type ResultType = (typeof TYPES)[number];

let engine: Promise<{ pagefind: Pagefind; stem: Stem; typeById: ReadonlyMap<string, ResultType>; pageByKey: ReadonlyMap<string, PagefindResult> }> | undefined;
const loadEngine = () =>
  (engine ??= (async () => {
    const [pagefind, stem, ids] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>, stemmerFor(locale), fetch(`${bundle}pages.json`).then((r) => (r.ok ? r.json() : {})).catch(() => ({})) as Promise<Record<string, string>>]);
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    await pagefind.filters(); // loads the filter index
    // Each page's type, from the filter index alone (no page is fetched): the page searches every type, shows the
    // ticked ones and counts each type among what it found, so the counts are what it lists. The same answers give
    // every page as a result, which the cards are found by (their keys from pages.json, written beside the index).
    const typeById = new Map<string, ResultType>();
    const byId = new Map<string, PagefindResult>();
    await Promise.all(TYPES.map(async (type) => {
      for (const result of (await pagefind.search(null, { filters: { type } }))?.results ?? []) {
        typeById.set(result.id, type);
        byId.set(result.id, result);
        unsearched.add(result);
      }
    }));
    const pageByKey = new Map(Object.entries(ids).flatMap(([key, id]) => (byId.has(id) ? [[key, byId.get(id)!] as const] : [])));
    return { pagefind, stem, typeById, pageByKey };
  })());

/**
 * What the search needs besides the engine, fetched and indexed as the page opens (a few KB): each concept's names,
 * for the treaty's wording beside the reader's, and the questions the explanations answer.
 */
const fetchJson = <T>(url: string): Promise<T[]> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T[]>) : [])).catch(() => []);
let helpers: Promise<{ concepts: ConceptIndex; questions: ReturnType<typeof indexQuestions>; places: PlaceIndex; listDefiners: ReadonlySet<string>; mostUsed: number }> | undefined;
const loadHelpers = () =>
  (helpers ??= (async () => {
    const [{ stem }, names, questions] = await Promise.all([loadEngine(), fetchJson<ConceptNames>(namesUrl), fetchJson<StoredQuestion>(questionsUrl).then(expandQuestions)]);
    const concepts = indexConcepts(locale, stem, names);
    // Provisions that define or deal with several concepts at once (art. 3(a) lists the means and forms of exploitation).
    const definers = names.flatMap((c) => [c.definedBy?.url ?? c.discussedIn?.url ?? []].flat());
    const listDefiners = new Set(definers.filter((url, i) => definers.indexOf(url) !== i));
    const mostUsed = Math.max(0, ...names.map((c) => c.usedIn ?? 0));
    const questionIndex = indexQuestions(locale, stem, questions, concepts);
    return { concepts, questions: questionIndex, places: indexPlaces(locale, stem, questionIndex, names, concepts), listDefiners, mostUsed };
  })());

/** A provision's label as the page's citations write it ("art. 8(4)", "8. člen, 4. odstavek", "član 8. stav 4."). */
const labelOf = (id: ProvisionId) => inScript(provisionLabel(id, contentLanguageOf(locale)), locale);

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
  // The landing page marks the words that matched here, as it spells them, and no stop word.
  const matched = matchedWords(locale, [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)]);
  const to = (url: string) => withHighlights(url, matched);
  const heading = document.createElement('h2');
  heading.append(link(to(subResults[0]?.url ?? data.url), escapeHtml(data.meta['title'] ?? data.url), 'result-title'));
  const type = typeOf(data);
  if (isDefinition) item.dataset.definition = '';
  if (type) heading.append(typeLabel(type));
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
      li.append(link(to(sub.url), escapeHtml(sub.title), 'result-sub'), Object.assign(document.createElement('p'), { innerHTML: inReaderScript(sub.excerpt) }));
      subs.append(li);
    }
    item.append(subs);
  }
  return item;
}

const typeLabel = (type: string) => Object.assign(document.createElement('span'), { className: 'result-type', textContent: ` · ${strings[`type.${type}`]}` });

/**
 * A result the page puts first itself: the explanation that asks the reader's question (the question, then the first
 * sentence of its answer), or the provision that defines a term the reader called by an everyday name. Text only.
 */
function renderLead(kind: 'answer' | 'provision', href: string, title: string, type: ResultType, lines: readonly string[]): HTMLLIElement {
  const item = Object.assign(document.createElement('li'), { className: `result result-${kind}` });
  const heading = document.createElement('h2');
  heading.append(Object.assign(document.createElement('a'), { href, className: 'result-title', textContent: title }), typeLabel(type));
  const shown = lines.filter(Boolean);
  item.append(heading, ...shown.map((text, i) => Object.assign(document.createElement('p'), { textContent: text, className: i === 0 && shown.length > 1 ? 'result-question' : '' })));
  return item;
}

/** Whether a shown result leads to the page of an address (whatever its section or highlights). */
const pathOf = (href: string) => new URL(href, location.href).pathname;
const samePage = (item: Element, url: string) => {
  const href = item.querySelector<HTMLAnchorElement>('a.result-title')?.href;
  return !!href && pathOf(href) === pathOf(resultUrlFor(locale, url));
};

const typeOf = (data: PagefindResultData) => data.filters['type']?.[0];
const isTermPage = (data: PagefindResultData) => typeOf(data) === 'glossary';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function checkedTypes(): Set<string> {
  return new Set([...filterBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value));
}

const PAGE = 10;

/**
 * A result's text, loaded once however often it is asked for (it may be asked for early, while other searches run),
 * and once for a page however many of the query's searches found it (each a result of its own; the excerpt of the
 * first asked for serves).
 */
const loadedData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
let queryData = new Map<string, Promise<PagefindResultData>>();
/** The results every page is found by as the page opens (by type), not by the query's words. */
const unsearched = new WeakSet<PagefindResult>();
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  // A page found by no words (a card's, by its key) has no excerpt of the query's words: never shared.
  const found = !unsearched.has(result);
  let data = loadedData.get(result) ?? (found ? queryData.get(result.id) : undefined);
  if (!data) data = result.data();
  loadedData.set(result, data);
  if (found) queryData.set(result.id, data);
  return data;
}
interface Found { result: PagefindResult; data: PagefindResultData }
const firstOf = (found: readonly PagefindResult[], count: number, onLoaded?: (data: PagefindResultData) => void): Promise<Found[]> =>
  Promise.all(found.slice(0, count).map(async (result) => {
    const data = await dataOf(result);
    onLoaded?.(data);
    return { result, data };
  }));

/**
 * The first results are drawn as their text arrives, while the engine's worker still loads the others' (most of a
 * query's time), so that the list is only put together once all are in. Each is used once; another use draws anew.
 */
const drawnAhead = new WeakMap<PagefindResultData, HTMLLIElement>();
const drawAhead = (data: PagefindResultData) => void drawnAhead.set(data, render(data, false));
function drawn(data: PagefindResultData, isDefinition: boolean): HTMLLIElement {
  const ahead = isDefinition ? undefined : drawnAhead.get(data);
  drawnAhead.delete(data);
  return ahead ?? render(data, isDefinition);
}
let paging: { results: PagefindResult[]; from: number; skip: ReadonlySet<string> } | undefined;

/** Renders the next results of the shown search, at most `count`; false when a newer search has taken over. */
async function showMore(ticket: number, count: number): Promise<boolean> {
  if (!paging) return false;
  const { results, from, skip } = paging;
  const next = await Promise.all(results.slice(from, from + count).filter((r) => !skip.has(r.id)).map(dataOf));
  if (ticket !== latest) return false;
  list.append(...next.map((d) => render(d, false)));
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

/** The indexed page a link leads to (an explanation, article, glossary or guidance page), by its key: no search. */
const pageResult = (pageByKey: ReadonlyMap<string, PagefindResult>, url: string) => pageByKey.get(pageKey(url, base));
const pageIdOf = (pageByKey: ReadonlyMap<string, PagefindResult>, url: string) => pageResult(pageByKey, url)?.id;

/** Where a search's time goes, as performance marks the bench reads (scripts/bench/search.ts); nothing leaves the page. */
const phase = (name: 'start' | 'searched' | 'loaded' | 'cards' | 'shown') => performance.mark(`search:${name}`);

let latest = 0;
async function run(): Promise<void> {
  const typed = input.value.trim();
  const ticket = ++latest;
  try {
    await search(typed, ticket);
  } finally {
    // The address follows what was searched, written once the results are shown: replaceState costs a few
    // milliseconds, which the reader would otherwise wait for before any result.
    if (ticket === latest) {
      const url = new URL(location.href);
      if (typed) url.searchParams.set('q', typed);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
  }
}

async function search(typed: string, ticket: number): Promise<void> {
  queryData = new Map();
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
  const shown = checkedTypes();
  const [{ pagefind, stem, typeById, pageByKey }, { concepts, questions, places, listDefiners, mostUsed }] = await Promise.all([loadEngine(), loadHelpers()]);
  phase('start');
  const isShown = (result: PagefindResult) => shown.has(typeById.get(result.id) ?? '');
  // The reader's words, and the same words in the treaty's wording where they used an everyday name of a concept.
  // A typo of a concept's word is read, and searched, as the glossary spells it ("traficking").
  const spelled = (text: string) => text.split(' ').map((word) => spelledAs(locale, stem, word, concepts, questions)).join(' ');
  const read = readQuery(locale, stem, plan.words.map(spelled), concepts);
  const { together: wordings, eachWord } = searchesOf(read);
  // Every type is searched, the ticked ones shown: the counts beside the boxes are then what ticking one would list.
  // Searched first, so that the engine's worker takes these before any lookup below.
  const searching = Promise.all(wordings.map(async (wording) => {
    const found = await pagefind.search(queryFor(locale, wording));
    // Each wording's first results make the first page (they take turns): their text loads while the others search.
    for (const result of found?.results.filter(isShown).slice(0, Math.ceil(PAGE / wordings.length)) ?? []) void dataOf(result);
    return found;
  }));
  // A definition card shows the term's page's text: fetched while the searches run rather than after the results.
  const prefetch = (url: string | undefined) => {
    const result = url ? pageResult(pageByKey, url) : undefined;
    if (result) void dataOf(result);
  };
  // Of the concepts the reader named in everyday words, the one whose definition the page may show (below).
  const everydayNamed = everydayConcept(read, plan.words.length, mostUsed);
  prefetch(everydayNamed?.concept.url);
  // A concept the reader calls by its name, of those few pages use (a telling one, not "victim"): its definition is
  // among the first three whatever leads; but not in a comparison, which pages on both answer before any definition.
  const namedTerm = shown.has('glossary') && !plan.compares ? read.named.map((n) => n.concept).filter((c) => c.url && (c.usedIn ?? 0) < mostUsed * 0.3).sort((a, b) => (a.usedIn ?? 0) - (b.usedIn ?? 0))[0] : undefined;
  prefetch(namedTerm?.url);
  // A topic of a few words that are part of one term's name ("reflection period"): that term's definition leads.
  // So does the X of "what is X" that begins one term's name and names none whole ("what is trafficking").
  const subject = plan.subject && spelled(plan.subject);
  const partlyNamed = !shown.has('glossary') || plan.compares ? undefined
    : subject ? termNamedInPart(locale, stem, subject.split(' '), concepts, { atStart: true })
    : !plan.isQuestion && plan.words.length <= 3 ? termNamedInPart(locale, stem, read.words.map((w) => w.word), concepts) : undefined;
  prefetch(partlyNamed?.url);
  // The concept the X of "what is X" names whole in everyday words, if one does (its definition is shown below).
  const subjectWords = subject ? planQuery(locale, subject).words : [];
  const namedBySubject = subject && shown.has('glossary') ? everydayConcept(readQuery(locale, stem, subjectWords, concepts), subjectWords.length, mostUsed) : undefined;
  const subjectNamed = namedBySubject?.whole ? namedBySubject.concept : undefined;
  prefetch(subjectNamed?.url);
  // What the query names, for the definitions below: the X of "what is X", or all of it.
  const named = subject || spelled(plan.text);
  // A term's name opening a topic, or the X of "what is X", of a word more ("načelo nekaznovanja žrtev").
  const opening = (subject || !plan.isQuestion) && !plan.compares && shown.has('glossary') ? termOpening(locale, stem, named.split(' '), concepts) : undefined;
  prefetch(opening?.url);
  // What follows is read from the questions' index while the first results' text loads: run while the searches did,
  // it kept their answers waiting, and with them the request for that text, whenever it outlasted them.
  const searches = await searching;
  phase('searched');
  if (ticket !== latest) return;
  // A question answers to the explanation that asks it in other words, or that lists it among its everyday
  // phrasings (no search needed); or else, when it names no concept in everyday words and has three words or more, to
  // the place whose questions and phrasings hold most of its words together. A comparison asks about two things,
  // which a page on both answers (below), not one provision's question.
  const namesEveryday = everydayNamed !== undefined;
  const coverage = placeCoverage(read.words, questions, shown);
  const held = (url: string | undefined) => (url ? (coverage.places.get(url)?.weight ?? 0) / Math.max(coverage.total, Number.EPSILON) : 0);
  const asked = plan.compares ? undefined : askedBefore(read.words, questions, { asking: plan.isQuestion, kinds: shown });
  // Unless the reader asks what a term is, names one (alone, or in a topic of three words or fewer), asks an
  // explanation's question again (below) or compares two things, the places whose readers' words hold most of theirs
  // lead, the two best first (src/lib/places.ts); the page on everything the query names follows them.
  const namesTopic = !plan.isQuestion && plan.words.length <= 3 && read.named.length > 0;
  // A topic of a word or two ("appropriate housing") is the engine's to find: the text that holds those words.
  const shortTopic = !plan.isQuestion && plan.words.length <= 2;
  const bestPlaces = plan.subject || plan.compares || namesTopic || shortTopic || namesATerm(locale, stem, plan.words.join(' '), concepts) ? [] : rankPlaces(read.words, places, { kinds: shown, count: 3 }).map(({ place }) => place);
  // The third best place is third when nothing below takes that position (dev set: 90 → 92 % in the first three).
  const [thirdPlace] = bestPlaces.slice(2);
  const placesFound = bestPlaces.slice(0, 2);
  // An explanation's question asked again stands where the places agree (one of the two is its paragraph: another
  // paragraph of the same article is another answer), or where it holds every one of the reader's words, not only
  // concepts' names; otherwise the places lead and it follows.
  const askedStands = !!asked && (placesFound.some((place) => place.url === asked.url) || (asked.holdsEveryWord && !asked.sharesOnlyNames));
  const leading = askedStands ? [] : placesFound;
  const third = askedStands ? undefined : thirdPlace;
  // Where the question asked again stands, the other of the two best places follows its answer.
  const besideAsked = askedStands ? placesFound.find((place) => place.url !== asked.url) : undefined;
  for (const place of [...leading, besideAsked ?? [], third ?? []].flat()) if (place.kind === 'glossary') prefetch(place.url);
  const closest = plan.compares ? undefined : closestPlace(read.words, questions, { kinds: shown, coverage });
  // The question asked again, unless another place holds more of the reader's words (not just rarer ones).
  const wordsHeld = (url: string) => coverage.places.get(url)?.held.length ?? 0;
  // A sentence naming a concept in everyday words is answered by the place holding more of its words than that name.
  const everydayWords = everydayNamed && !everydayNamed.whole ? Math.max(...read.everyday.filter((w) => w.concept === everydayNamed.concept).map((w) => w.length)) : 0;
  const outweighs = !!closest && plan.words.length >= 4 && wordsHeld(closest.url) >= 4 && wordsHeld(closest.url) > everydayWords + 1;
  const chosen = asked && closest && wordsHeld(closest.url) > wordsHeld(asked.url) ? closest : (asked ?? ((!namesEveryday || (!everydayNamed.whole && outweighs)) && plan.words.length >= 3 ? closest : undefined));
  const askedAgain = chosen && preciser(chosen, coverage, questions);
  const answeredOn = askedAgain && pageIdOf(pageByKey, askedAgain.url);
  // A query naming two things or more ("trafficking victim" and "asylum") asks how they relate: the guidelines, notes
  // and checks about all of them come early.
  const subjects = pagesOnAll(read.words, questions, { kinds: shown, coverage }).filter((q) => q.url !== askedAgain?.url);
  const subjectsOn = subjects.map((q) => pageIdOf(pageByKey, q.url));
  // The place holding most of the reader's words (a fifth of their weight at least), among the first three results
  // whatever leads: the words a reader puts together are more often answered together than the engine's ranking
  // of each page's text shows.
  const holdingMost = plan.compares ? undefined : closestPlace(read.words, questions, { kinds: shown, coverage, share: 0.2 });
  const holdingMostOn = holdingMost && holdingMost.url !== askedAgain?.url && !subjects.some((q) => q.url === holdingMost.url) ? pageIdOf(pageByKey, holdingMost.url) : undefined;
  // A comparison is answered by a page on both things, not by either one's definition: the definitions (three at most)
  // on the first page of results, after the others (the pages on both, put first below, may take places on it).
  const relating = (found: PagefindResult[]) => {
    if (!plan.compares) return found;
    const terms = found.filter((r) => typeById.get(r.id) === 'glossary').slice(0, 3);
    const others = found.filter((r) => !terms.includes(r));
    const before = Math.max(0, PAGE - terms.length - subjects.length);
    return [...others.slice(0, before), ...terms, ...others.slice(before)];
  };
  let everyType = relating(takingTurns(searches.map((search) => search?.results ?? []), (r) => r.id));
  let results = everyType.filter(isShown);
  let relaxed: 'none' | 'few' | undefined;
  const holdingAll = new Set(everyType.map((r) => r.id));
  if (results.length < FEWEST_HOLDING_ALL && plan.words.length > 1) {
    // Nothing, or too few pages, hold every word: then the pages that hold most of them.
    const mostly = (await byEachWord(pagefind, eachWord, typeById.size, read.words.map((w) => w.namesConcept))).map((r) => r.page).filter((r) => !holdingAll.has(r.id));
    if (ticket !== latest) return;
    if (mostly.some(isShown)) relaxed = results.length ? 'few' : 'none';
    everyType = relating([...everyType, ...mostly]);
    results = everyType.filter(isShown);
  }
  const page = await firstOf(results, PAGE, drawAhead);
  phase('loaded');
  if (ticket !== latest) return;
  // The term the query names, among the results; failing that, looked up among the glossary by the stems of the
  // subject ("what is X": X), when they are the stems of a term's name, so an inflected form no list holds still
  // finds its term (rarely needed, so not searched before it is).
  let definition = bestNamed(page, named, stem);
  if (!definition && shown.has('glossary') && namesATerm(locale, stem, named, concepts)) {
    definition = bestNamed(await firstOf((await pagefind.search(termKey(locale, stem, named), { filters: { type: 'glossary' } }))?.results ?? [], 3), named, stem);
  }
  // Failing that, and unless it is a question, a glossary term whose name starts the query ("non-refoulement
  // principle"): its first word, by stem ("azil" does not start "azilni dom"), when it begins one term only ("prisilno"
  // begins forced labour and forced marriage).
  // Not when the whole query is another concept's everyday name ("organ harvesting": "organ" begins "organized" in
  // Porter's stems).
  const starting = !plan.isQuestion && !plan.compares && !everydayNamed?.whole ? termNamedInPart(locale, stem, named.split(' ').slice(0, 1), concepts, { atStart: true }) : undefined;
  if (starting) definition ??= page.find(({ data }) => data.url.includes(`/glossary/${starting.id}/`));
  // Failing those, the definition of the term named in part, the term whose name opens the words, or the concept the X
  // of "what is X" is, whole, an everyday name of ("šta znači osnovan strah od progona"), in that order.
  for (const concept of [partlyNamed, opening, subjectNamed]) if (!definition && concept?.url) definition = await pageOf(pageByKey, concept.url, page);
  // A concept the reader called by an everyday word ("kidney" for removal of organs, "asylum" for international
  // protection): its definition comes first when that word is the whole query, or the query asks a question or tells
  // what happened (three words or more; after the explanation that asks the question, if one does); a topic of a word
  // or two ("fake passports") keeps the engine's first result and has the definition next.
  // Not for a comparison, which no one definition answers.
  const everyday = !definition && !plan.compares && shown.has('glossary') ? everydayNamed : undefined;
  const everydayFound = everyday && (await pageOf(pageByKey, everyday.concept.url ?? '', page));
  // A whole query in everyday words of several is a topic beside the concept ("fake passports": the text that deals
  // with it leads), unless it keeps a word of the concept's own name ("prisilni brak" for "принудни брак": another
  // wording of that name) or the engine's first result is another term's definition.
  const renamesTerm = !!everyday?.whole && read.words.some((word) => concepts.stems.get(everyday.concept.id)?.has(word.key));
  const anotherTerm = !!page[0] && isTermPage(page[0].data) && page[0].result.id !== everydayFound?.result.id;
  const everydayLeads = everydayFound && ((everyday.whole && (plan.words.length === 1 || renamesTerm || anotherTerm)) || plan.isQuestion || everyday.parts >= 3 || page[0]?.result.id === everydayFound.result.id);
  // A question that names no term and asks no explanation's question is answered first by the explanation that holds
  // its words: one of the first three results, or, when no explanation is among the first ten, the first one after
  // them. An explanation further down the first ten holds the words less closely than the pages above it.
  let answer: Found | undefined;
  if (plan.isQuestion && !definition && !everydayLeads && !askedAgain && shown.has('explanation')) {
    // An explanation among the pages that hold every word, where some do.
    const answers = (result: PagefindResult) => typeById.get(result.id) === 'explanation' && (relaxed !== 'few' || holdingAll.has(result.id));
    const later = page.some(({ result }) => answers(result)) ? undefined : results.find(answers);
    answer = page.slice(0, 3).find(({ result }) => answers(result)) ?? (later && { result: later, data: await dataOf(later) });
  }
  // The query names a treaty term by another name or an everyday word: the provision that defines the term (or,
  // where none does, the one that deals with it: art. 8 with repatriation), right after its definition.
  const defined = definition ?? everydayFound;
  const definedConcept = [...read.wordings, ...read.everyday].map((t) => t.concept).find((c) => defined?.data.url.includes(`/glossary/${c.id}/`));
  const defining = shown.has('protocol') ? (definedConcept?.definedBy ?? definedConcept?.discussedIn) : undefined;
  const definedOn = defining && pageIdOf(pageByKey, defining.url);
  const namedFound = namedTerm && (await pageOf(pageByKey, namedTerm.url!, page));
  phase('cards');
  if (ticket !== latest) return;
  const lead = definition ?? (everydayLeads ? everydayFound : undefined) ?? answer;
  const ranked = page;
  // Each page once: the cards the page puts first stand for their pages, which the list then leaves out.
  const answered = askedAgain && !definition;
  const cards = [answered ? answeredOn : undefined, lead?.result.id, everydayFound?.result.id, defining ? definedOn : undefined, ...subjectsOn].filter((id): id is string => !!id);
  const skip = new Set(cards);
  // A comparison's definitions last on the page (relating, above, brought them onto it).
  const inOrder = plan.compares ? [...ranked.filter(({ data }) => !isTermPage(data)), ...ranked.filter(({ data }) => isTermPage(data))] : ranked;
  const rest = inOrder.filter(({ result }) => !skip.has(result.id)).map(({ data }) => drawn(data, false));
  const items = lead ? [drawn(lead.data, lead === definition || lead === everydayFound), ...rest] : rest;
  // A topic named in everyday words: its definition right after the first result.
  if (everydayFound && !everydayLeads) items.splice(1, 0, render(everydayFound.data, true));
  // The provision follows its definition; but where the reader told what happened or asked a question in everyday
  // words, and the provision is the concept's own (art. 8 on repatriation, not art. 3(a), which lists many), the
  // Protocol's provision comes first and the definition next.
  const provisionFirst = !!everyday && !everyday.whole && lead === everydayFound && !!defining && !listDefiners.has(defining.url);
  const at = items.findIndex((item) => item.dataset.definition !== undefined);
  // An article that deals with the concept is cited at its paragraph that holds the reader's words, if one does.
  const paragraph = defining && paragraphHolding(defining.url, coverage);
  const [provisionUrl, provisionCited] = paragraph && defining
    ? [defining.url.replace(/#.*$/, `#${paragraph}`), defining.citation.replace(labelOf(paragraph.replace(/__.*$/, '') as ProvisionId), labelOf(paragraph))]
    : [defining?.url, defining?.citation];
  if (defining) items.splice(provisionFirst ? at : at + 1, 0, renderLead('provision', resultUrlFor(locale, provisionUrl!), provisionCited!, 'protocol', [strings[defining === definedConcept?.definedBy ? 'definesTerm' : 'dealsWithTerm']!]));
  // An explanation's card shows the question and the first sentence of its answer; a page's, the first of its brief
  // (found by an everyday phrasing, the explanation's own question closest to the reader's words, if one shares any).
  const answerCardOf = (found: AnsweredQuestion) => {
    const kind = found.kind ?? 'explanation';
    const entry = found.phrasing && kind === 'explanation' ? (questionAsked(found.url, read.words, questions) ?? { question: '', answer: found.answer }) : found;
    const lines = [...(kind === 'explanation' && entry.question ? [entry.question] : []), shortened(entry.answer ?? '', 320)];
    return renderLead('answer', resultUrlFor(locale, found.url), found.title, kind, lines);
  };
  const answerCard = answered ? [answerCardOf(askedAgain)] : [];
  // The pages on everything the query names come first: the query asks how those things meet, which no one
  // definition answers, nor an explanation's question that shares only their names and leaves some of the reader's
  // words out ("trafficked person allowed to claim asylum" and a question on asylum in Serbia). After an explanation
  // whose question holds every word, or the definition a "what is X" asks for.
  const subjectCards = subjects.map(answerCardOf);
  // and only when the page on everything holds at least as much of the query as the answer.
  const subjectsFirst = !plan.subject && (!answered || (askedAgain.sharesOnlyNames && !askedAgain.holdsEveryWord && held(subjects[0]?.url) >= held(askedAgain.url)));
  const shownItems = [...answerCard, ...items];
  shownItems.splice(subjectsFirst ? 0 : 1, 0, ...subjectCards);
  // A page put at a place among the first three is listed once, there: it leaves where it was listed.
  const amongFirstThree = (url: string) => shownItems.slice(0, 3).some((shown) => samePage(shown, url));
  const putAt = (at: number, id: string | undefined, url: string, item: HTMLLIElement) => {
    const before = shownItems.findIndex((shown) => samePage(shown, url));
    if (before >= 0) shownItems.splice(before, 1);
    shownItems.splice(at, 0, item);
    if (id && !cards.includes(id)) {
      skip.add(id);
      cards.push(id);
    }
  };
  const placeCard = async (place: Place) => {
    if (place.kind !== 'glossary') return answerCardOf(questionAsked(place.url, read.words, questions) ?? questions.questions.find((q) => q.url === place.url)!);
    const result = pageResult(pageByKey, place.url);
    return result ? render(await dataOf(result), true) : undefined;
  };
  const [[firstPlace, secondPlace], besideCard, thirdCard] = await Promise.all([Promise.all(leading.map(placeCard)), besideAsked && placeCard(besideAsked), third && placeCard(third)]);
  if (ticket !== latest) return;
  if (besideAsked && besideCard && !amongFirstThree(besideAsked.url)) putAt(1, pageIdOf(pageByKey, besideAsked.url), besideAsked.url, besideCard);
  const [first, second] = leading;
  if (first && firstPlace) putAt(0, pageIdOf(pageByKey, first.url), first.url, firstPlace);
  if (second && secondPlace && !amongFirstThree(second.url)) putAt(1, pageIdOf(pageByKey, second.url), second.url, secondPlace);
  // A query naming two things ("trafficking victim", "asylum") asks how they meet: the page on both, third.
  const onAll = subjects[0];
  const onAllThird = leading.length > 0 && !!onAll && !amongFirstThree(onAll.url);
  if (onAllThird) putAt(2, subjectsOn[0], onAll.url, subjectCards[0]!);
  // The place holding most words and the named term's definition, unless already a card or among the first three.
  const placed = (id: string | undefined, url: string): id is string => !!id && !cards.includes(id) && !amongFirstThree(url);
  if (holdingMost && placed(holdingMostOn, holdingMost.url)) putAt(2, holdingMostOn, holdingMost.url, answerCardOf(holdingMost));
  else if (third && thirdCard && !onAllThird && !amongFirstThree(third.url)) putAt(2, pageIdOf(pageByKey, third.url), third.url, thirdCard);
  if (namedFound && placed(namedFound.result.id, namedTerm!.url!)) putAt(1, namedFound.result.id, namedTerm!.url!, render(namedFound.data, true));
  list.replaceChildren(...shownItems);
  phase('shown');
  paging = { results, from: PAGE, skip };
  more.hidden = paging.from >= results.length;
  // What is listed, on this page and behind "Show more", each page once; and the same count for every type.
  const listedIds = new Set([...cards, ...everyType.map((r) => r.id)]);
  const counts = new Map<string, number>();
  for (const id of listedIds) counts.set(typeById.get(id) ?? '', (counts.get(typeById.get(id) ?? '') ?? 0) + 1);
  for (const type of TYPES) filterBox.querySelector<HTMLElement>(`[data-count="${type}"]`)!.textContent = String(counts.get(type) ?? 0);
  const total = TYPES.filter((type) => shown.has(type)).reduce((sum, type) => sum + (counts.get(type) ?? 0), 0);
  filterBox.hidden = false;
  const notes = [
    plan.truncated ? format('truncated', { max: MAX_QUERY_LENGTH }) : '',
    relaxed === 'none' ? strings['relaxed']! : relaxed === 'few' ? strings['relaxedFew']! : '',
    total ? format('results', { count: total, query: plan.text }) : format('noResults', { query: plan.text }),
  ];
  status.textContent = notes.filter(Boolean).join(' ');
  if (total < 3) await suggestTerms(plan.text, ticket); // few or no results: perhaps a typo
}

/**
 * Each word searched on its own (with the treaty's name of the concept it names, either counting), and the pages
 * ranked by how many of the words they hold, a word found on few of the `totalPages` pages weighing more (then by
 * score).
 */
async function byEachWord(pagefind: Pagefind, eachWord: readonly (readonly string[])[], totalPages: number, namesConcept: readonly boolean[]) {
  // Two words of one concept bring the same treaty wording: searched once.
  const searched = new Map<string, ReturnType<Pagefind['search']>>();
  const searchOnce = (query: string) => searched.get(query) ?? searched.set(query, pagefind.search(query)).get(query)!;
  const each = await Promise.all(eachWord.map(async (wordings) => {
    const found = await Promise.all(wordings.map((wording) => searchOnce(queryFor(locale, wording))));
    return found.flatMap((search) => search?.results ?? []);
  }));
  return pagesHoldingMost(each, (r) => r.id, (r) => r.score, totalPages, namesConcept);
}

/**
 * The concept the reader named in everyday words, whether that word is the whole query, and in how many parts the
 * query tells what it asks (its everyday words counting one each, like the other words). Of several, the one named
 * by most words ("forced to beg" before "kid"), then the one named first (what a sentence is about comes first: "owes
 * the boss money", "trafficked again after going home"), then the one used on fewest pages.
 */
function everydayConcept(read: ReturnType<typeof readQuery>, words: number, mostUsed: number): { concept: ConceptNames; whole: boolean; parts: number } | undefined {
  const everyday = read.everyday;
  // A concept nearly every page uses ("victim", "sold" for trafficking) does not say what is asked; its definition
  // leads only when its everyday word is the whole query.
  const telling = (w: (typeof everyday)[number]) => (w.concept.usedIn ?? 0) < mostUsed * 0.6;
  const rarest = (candidates: typeof everyday) => [...candidates].sort((a, b) => b.length - a.length || a.start - b.start || (a.concept.usedIn ?? 0) - (b.concept.usedIn ?? 0))[0]?.concept;
  const covered = new Set(everyday.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.start + i)));
  const phrases = new Set(everyday.map((w) => `${w.start}+${w.length}`)).size;
  const parts = words - covered.size + phrases;
  const whole = rarest(everyday.filter((w) => w.start === 0 && w.length === words));
  if (whole) return { concept: whole, whole: true, parts };
  const named = rarest(everyday.filter(telling));
  return named && { concept: named, whole: false, parts };
}

/** A page by its address: among the results already loaded, or by its key. */
async function pageOf(pageByKey: ReadonlyMap<string, PagefindResult>, url: string, loaded: readonly Found[]): Promise<Found | undefined> {
  const key = pageKey(url, base);
  const found = loaded.find(({ data }) => pageKey(data.url, base) === key);
  if (found) return found;
  const result = pageResult(pageByKey, url);
  return result && { result, data: await dataOf(result) };
}

/** The glossary result the query names best (a listed form before a match by stems), if any. */
function bestNamed(results: readonly Found[], query: string, stem: Stem): Found | undefined {
  let best: Found | undefined;
  let bestScore = 0;
  for (const found of results) {
    if (!isTermPage(found.data)) continue;
    const score = namingScorer(locale, stem, found.data.meta['forms'])(query);
    if (score > bestScore) [best, bestScore] = [found, score];
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
