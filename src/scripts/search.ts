/**
 * The search page: loads Pagefind on first use, reads and writes `?q=`, filters by type with counts, lands on the
 * provision or heading (sub-results), and puts the glossary definition first when the query names a term.
 */
import { latinToCyrillic } from '../lib/transliterate.ts';
import { namingScorer, queryFor, resultUrlFor } from '../lib/search.ts';
import { foldForSearch as fold, stemmerFor, termKey, type Stem } from '../lib/stemming.ts';
import { closestTerms } from '../lib/suggest.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import type { Locale } from '../lib/locales.ts';

interface PagefindSubResult { url: string; title: string; excerpt: string; locations: number[] }
interface PagefindResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]>; sub_results: PagefindSubResult[] }
interface PagefindResult { data: () => Promise<PagefindResultData> }
interface PagefindSearch { results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: object) => Promise<PagefindSearch | null>;
  preload: (q: string) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const { bundle, base, definitions, locale: localeAttr } = root.dataset as { bundle: string; base: string; definitions: string; locale: string };
const locale = localeAttr as Locale;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as Record<string, string>;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const filterBox = root.querySelector<HTMLFieldSetElement>('.search-filters')!;
const suggestions = root.querySelector<HTMLElement>('#search-suggestions')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;
const TYPES = ['protocol', 'guideline', 'note', 'glossary'] as const;

let engine: Promise<{ pagefind: Pagefind; stem: Stem }> | undefined;
const loadEngine = () =>
  (engine ??= (async () => {
    const [pagefind, stem] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>, stemmerFor(locale)]);
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    await pagefind.filters(); // loads the filter index, so searches report counts per type
    return { pagefind, stem };
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
  // Land on the provision or section that holds most of the words, not just on the page.
  const subResults = data.sub_results
    .filter((s) => s.url.includes('#') && s.locations.length > 0)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, 3);
  const heading = document.createElement('h2');
  heading.append(link(subResults[0]?.url ?? data.url, escapeHtml(data.meta['title'] ?? data.url), 'result-title'));
  const type = data.filters['type']?.[0];
  if (type) heading.append(Object.assign(document.createElement('span'), { className: 'result-type', textContent: ` · ${strings[`type.${type}`]}` }));
  item.append(heading);
  const excerpt = document.createElement('p');
  excerpt.innerHTML = inReaderScript(isDefinition && data.meta['definition'] ? escapeHtml(data.meta['definition']) : data.excerpt);
  item.append(excerpt);
  if (subResults.length) {
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

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function checkedTypes(): string[] {
  return [...filterBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
}

const PAGE = 10;
let paging: { search: PagefindSearch; from: number; skip: string | undefined } | undefined;

/** Renders the next results of the shown search, at most `count`; false when a newer search has taken over. */
async function showMore(ticket: number, count: number): Promise<boolean> {
  if (!paging) return false;
  const { search, from, skip } = paging;
  const next = (await Promise.all(search.results.slice(from, from + count).map((r) => r.data()))).filter((d) => d.url !== skip);
  if (ticket !== latest) return false;
  const items = next.map((d) => render(d, false));
  list.append(...items);
  paging.from = from + count;
  more.hidden = paging.from >= search.results.length;
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
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  const ticket = ++latest;
  suggestions.hidden = true;
  more.hidden = true;
  paging = undefined;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    filterBox.hidden = true;
    return;
  }
  status.textContent = strings['loading']!;
  const types = checkedTypes();
  const { pagefind, stem } = await loadEngine();
  const prepared = queryFor(locale, query);
  // The glossary's best hits are looked up beside the search, by the query's stems, so a term named by any form of
  // its words comes first even when other pages outrank it or the index holds its words in other cases. Each search
  // fetches its first results as soon as it has them; the first few render at once, the rest follow.
  const searching = pagefind.search(prepared, types.length < TYPES.length ? { filters: { type: { any: types } } } : {});
  const glossary = types.includes('glossary') ? pagefind.search(termKey(locale, stem, query), { filters: { type: 'glossary' } }) : null;
  const dataOf = async (pending: Promise<PagefindSearch | null> | null, count: number) => Promise.all((await pending)?.results.slice(0, count).map((r) => r.data()) ?? []);
  const [search, first, terms] = await Promise.all([searching, dataOf(searching, 4), dataOf(glossary, 3)]);
  if (!search || ticket !== latest) return;
  let definition = bestNamed([...first, ...terms], query, stem);
  // Failing that, a glossary term whose name starts the query ("non-refoulement principle").
  const term = fold(prepared).split(' ')[0] ?? '';
  definition ??= first.find((d) => d.filters['type']?.[0] === 'glossary' && fold(d.meta['title'] ?? '').startsWith(term));
  if (ticket !== latest) return;
  const shown = definition ? [definition, ...first.filter((d) => d.url !== definition.url)] : first;
  list.replaceChildren(...shown.map((d) => render(d, d === definition)));
  paging = { search, from: 4, skip: definition?.url };
  if (!(await showMore(ticket, PAGE - 4))) return;
  for (const type of TYPES) {
    const count = filterBox.querySelector<HTMLElement>(`[data-count="${type}"]`)!;
    count.textContent = String(search.totalFilters['type']?.[type] ?? 0);
  }
  filterBox.hidden = false;
  status.textContent = search.results.length ? format('results', { count: search.results.length, query }) : format('noResults', { query });
  if (search.results.length < 3) await suggestTerms(query, ticket); // few or no results: perhaps a typo
}

/** The glossary result the query names best (a listed form before a match by stems), if any. */
function bestNamed(results: PagefindResultData[], query: string, stem: Stem): PagefindResultData | undefined {
  let best: PagefindResultData | undefined;
  let bestScore = 0;
  for (const result of results) {
    if (result.filters['type']?.[0] !== 'glossary') continue;
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
  if (typed) void loadEngine().then(({ pagefind }) => pagefind.preload(queryFor(locale, typed)));
  timer = window.setTimeout(run, 180);
});
root.querySelector('form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
filterBox.addEventListener('change', () => void run());
input.addEventListener('focus', () => void loadEngine(), { once: true });
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run();
}
