import { renderSVG } from 'uqr';
import { capitalised, provisionLabel } from '../lib/citation.ts';
import { fitsOnePrintedPage, MAX_PROVISIONS, parseHandoutQuery, type HandoutRequest, type HandoutTexts } from '../lib/handout.ts';
import { handoutQuery, type Handout } from '../lib/handout-url.ts';
import { contentLanguageOf, languageTag, type Locale } from '../lib/locales.ts';
import type { ProvisionId } from '../lib/provisions.ts';
import { inScript } from '../lib/transliterate.ts';
import { createUrls, provisionPage, resolvePublicUrl } from '../lib/urls.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { applyPrintSource } from './print-source.ts';

/**
 * The handout page: reads the selection from the URL, loads the text of each language it asks for (built from
 * the Protocol collection, see src/data/handout.ts) and draws it. Every word from the URL goes in as text.
 */
const root = document.querySelector<HTMLElement>('#handout')!;
const data = root.dataset;
const locale = data.locale as Locale;
const urls = createUrls(data.base!);
// Short links for print and QR codes carry the public origin: SITE_URL's, else the one this page is served from.
const publicUrls = createUrls(resolvePublicUrl(data.publicRoot!, location.href));
const handoutUrl = resolvePublicUrl(data.publicUrl!, location.href);
const message = (key: string, values: Record<string, string | number> = {}) =>
  fillPlaceholders(data[`message${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '', values);

const form = document.querySelector<HTMLFormElement>('#handout-form')!;
const heading = document.querySelector<HTMLElement>('#handout-title')!;
const status = document.querySelector<HTMLElement>('#handout-status')!;
const problems = document.querySelector<HTMLElement>('#handout-problems')!;
const output = document.querySelector<HTMLElement>('#handout-provisions')!;
const handoutQr = document.querySelector<HTMLElement>('#handout-qr')!;
const actions = document.querySelector<HTMLElement>('#handout-actions')!;
const announcer = document.querySelector<HTMLElement>('#announcer');
document.querySelector<HTMLElement>('#handout-needs-script')!.hidden = true;
const checkboxes = (name: 'p' | 'l') => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const knownIds = checkboxes('p').map((box) => box.value as ProvisionId);

const texts = new Map<Locale, Promise<HandoutTexts>>();
const textsOf = (l: Locale) => {
  if (!texts.has(l)) texts.set(l, fetch(`${urls.page(l, { type: 'handout' })}texts.json`).then((r) => (r.ok ? (r.json() as Promise<HandoutTexts>) : Promise.reject(new Error(r.statusText)))));
  return texts.get(l)!;
};

/** The page's <main> only: its head's hashed inline styles would be refused by this page's CSP, even unrendered. */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length);

/** Each language's explanation pages, fetched once: a provision's explanation is its section there (`data-explains`). */
const explainedPages = new Map<string, Promise<Document>>();
const explainedPage = (l: Locale, id: ProvisionId) => {
  const article = provisionPage(id);
  const url = urls.page(l, article.type === 'article' ? { type: 'explained', article: article.article } : { type: 'explained' });
  if (!explainedPages.has(url)) {
    explainedPages.set(url, fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText)))).then((html) => new DOMParser().parseFromString(mainOf(html), 'text/html')));
  }
  return explainedPages.get(url)!.then((page) => ({ page, url }));
};

/** A provision's explanation in plain words, from its explanation page, its links made to work from here. */
async function explanationOf(l: Locale, id: ProvisionId): Promise<HTMLElement | undefined> {
  const { page, url } = await explainedPage(l, id);
  const body = page.querySelector(`[data-explains~="${id}"] .explanation-body`);
  if (!body) return undefined;
  const copy = document.importNode(body, true) as HTMLElement;
  copy.querySelector('.explanation-questions')?.remove();
  for (const link of copy.querySelectorAll('a[href]')) {
    const target = new URL(link.getAttribute('href')!, new URL(url, location.href));
    link.setAttribute('href', `${target.pathname}${target.hash}`);
  }
  return element('div', { class: 'handout-explanation' }, element('p', { class: 'handout-explanation-label' }, message('explanation')), ...copy.childNodes);
}

const inPageScript = (text: string) => inScript(text, locale);
const labelOf = (id: ProvisionId) => inPageScript(provisionLabel(id, contentLanguageOf(locale)));
const publicHandoutUrl = (handout: Handout) => `${handoutUrl}${handout.ids.length ? `?${handoutQuery(handout)}` : ''}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A QR code drawn here, dark modules on light whatever the colour scheme, with the address under it as text. */
function qrCode(url: string, figure: HTMLElement = element('figure', { class: 'qr' })) {
  figure.replaceChildren();
  // The library's SVG holds only numbers and colours; the URL is encoded in the modules, not written into it.
  figure.insertAdjacentHTML('afterbegin', renderSVG(url, { ecc: 'M', border: 4, pixelSize: 1, whiteColor: '#fff', blackColor: '#000' }));
  const svg = figure.querySelector('svg')!;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', message('qr', { url }));
  svg.setAttribute('shape-rendering', 'crispEdges');
  figure.append(element('figcaption', {}, url));
  figure.dataset.url = url;
  return figure;
}

/** A provision's text as the collection has it: its label, its blocks, and its paragraphs and points. */
function provisionText(edition: HandoutTexts, id: ProvisionId, top: boolean): HTMLElement {
  const provision = edition.provisions[id]!;
  const block = element('div', { class: `handout-text${top ? '' : ' handout-child'}` });
  if (provision.title) block.append(element('p', { class: 'handout-article-title' }, element('span', { class: 'handout-label' }, provision.label), ' ', provision.title));
  provision.text.forEach((text, index) => {
    const paragraph = element('p');
    if (index === 0 && !provision.title && id !== 'preamble') paragraph.append(element('span', { class: 'handout-label' }, provision.label), ' ');
    paragraph.append(text);
    block.append(paragraph);
  });
  if (provision.children.length) {
    block.append(element('ol', { role: 'list' }, ...provision.children.map((child) => element('li', {}, provisionText(edition, child, false)))));
  }
  return block;
}

function drawProvision(id: ProvisionId, editions: [Locale, HandoutTexts][], handout: Handout, explanations: (HTMLElement | undefined)[]): HTMLElement {
  const shortUrl = publicUrls.shortLink(id);
  const headingId = `handout-${id}`;
  const inContext = `${urls.page(locale, provisionPage(id))}?${handoutQuery(handout)}#${id}`;
  // Each column says what its text is beside its citation, in its own language: on paper a translation must not pass
  // for the authentic text.
  const columns = editions.map(([l, edition], index) =>
    element(
      'div',
      { class: 'handout-column', lang: languageTag(l) },
      element('p', { class: 'handout-citation' }, edition.provisions[id]!.citation, ' · ', element('span', { class: 'handout-standing' }, edition.standing)),
      provisionText(edition, id, true),
      ...(explanations[index] ? [explanations[index]] : []),
    ),
  );
  const fits = fitsOnePrintedPage(columns.map((column) => ({ characters: column.textContent!.length, blocks: column.querySelectorAll('p, li').length })));
  return element(
    'section',
    { class: `handout-provision${fits ? ' fits-page' : ''}`, 'aria-labelledby': headingId, 'data-provision': id },
    element('h2', { id: headingId }, capitalised(labelOf(id))),
    qrCode(shortUrl, element('figure', { class: 'qr short-link' })),
    element('div', { class: `handout-columns cols-${editions.length}` }, ...columns),
    element('p', { class: 'handout-in-context' }, element('a', { href: inContext, 'aria-describedby': headingId }, message('inContext'))),
  );
}

function drawProblems(request: HandoutRequest) {
  const items: HTMLElement[] = [];
  for (const { input, suggestion } of request.notFound) {
    const item = element('li', {}, message('notFound', { input }));
    if (suggestion) {
      const fixed = { ...request, ids: [...request.ids.filter((i) => i !== suggestion), suggestion] };
      item.append(' ', message('nearest'), ' ', element('a', { href: `?${handoutQuery(fixed)}`, 'data-suggestion': suggestion }, `${labelOf(suggestion)} (${suggestion})`));
    }
    items.push(item);
  }
  for (const id of request.duplicates) items.push(element('li', {}, message('duplicate', { label: labelOf(id) })));
  for (const code of request.ignoredLanguages) items.push(element('li', {}, message('unknownLanguage', { code })));
  if (request.tooMany) items.push(element('li', {}, message('tooMany', { count: request.tooMany })));
  problems.replaceChildren(...(items.length ? [element('p', {}, element('strong', {}, message('problems'))), element('ul', {}, ...items)] : []));
  problems.hidden = items.length === 0;
}

let state: Handout = { ids: [], languages: [locale], title: '', explained: false };

function syncForm() {
  for (const box of checkboxes('p')) box.checked = state.ids.includes(box.value as ProvisionId);
  for (const box of checkboxes('l')) box.checked = state.languages.includes(box.value as Locale);
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-article]')) {
    if (state.ids.some((id) => id === details.dataset.article || id.startsWith(`${details.dataset.article}__`))) details.open = true;
  }
  form.querySelector<HTMLInputElement>('input[name="t"]')!.value = state.title;
  form.querySelector<HTMLInputElement>('input[name="x"]')!.checked = !!state.explained;
}

function drawTitle() {
  heading.textContent = state.title || message('title');
  document.title = `${state.title || message('title')} · ${message('siteName')}`;
  for (const url of document.querySelectorAll('[data-print-url]')) url.textContent = publicHandoutUrl(state);
  applyPrintSource();
}

let drawing = 0;
async function draw(request: HandoutRequest) {
  const run = ++drawing;
  state = { ids: request.ids, languages: request.languages, title: request.title, explained: !!request.explained };
  syncForm();
  drawTitle();
  drawProblems(request);
  if (state.ids.length === 0) {
    status.textContent = request.tooMany ? '' : message('empty');
    output.replaceChildren();
    handoutQr.hidden = actions.hidden = true;
    return;
  }
  status.textContent = message('loading');
  let editions: [Locale, HandoutTexts][];
  let explanations: (HTMLElement | undefined)[][];
  try {
    editions = await Promise.all(state.languages.map(async (l) => [l, await textsOf(l)] as [Locale, HandoutTexts]));
    explanations = state.explained
      ? await Promise.all(state.ids.map((id) => Promise.all(state.languages.map((l) => explanationOf(l, id)))))
      : state.ids.map(() => []);
  } catch {
    status.textContent = message('loadFailed');
    return;
  }
  if (run !== drawing) return;
  status.textContent = '';
  output.replaceChildren(...state.ids.map((id, index) => drawProvision(id, editions, state, explanations[index]!)));
  qrCode(publicHandoutUrl(state), handoutQr);
  handoutQr.hidden = actions.hidden = false;
}

/** A change made on the page: the URL follows it, and earlier complaints about the URL are gone with it. */
function update(next: Handout) {
  history.replaceState(null, '', next.ids.length || next.title ? `?${handoutQuery(next)}` : location.pathname);
  void draw({ ...next, notFound: [], duplicates: [], ignoredLanguages: [] });
}

form.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  if (box.name === 'p') {
    const ids = box.checked ? [...state.ids.filter((id) => id !== box.value), box.value as ProvisionId] : state.ids.filter((id) => id !== box.value);
    if (ids.length > MAX_PROVISIONS) {
      box.checked = false;
      if (announcer) announcer.textContent = message('tooMany', { count: ids.length });
      return;
    }
    update({ ...state, ids });
  } else if (box.name === 'x') {
    update({ ...state, explained: box.checked });
  } else if (box.name === 'l') {
    const languages = box.checked ? [...state.languages, box.value as Locale] : state.languages.filter((l) => l !== box.value);
    if (languages.length === 0) {
      box.checked = true;
      return;
    }
    update({ ...state, languages });
  }
});
form.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name !== 't') return;
  state = { ...state, title: input.value.replace(/\s+/g, ' ').trimStart() };
  history.replaceState(null, '', state.ids.length || state.title ? `?${handoutQuery(state)}` : location.pathname);
  drawTitle();
  if (state.ids.length) qrCode(publicHandoutUrl(state), handoutQr);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(state);
});

document.querySelector('#handout-print')!.addEventListener('click', () => print());
const copy = document.querySelector<HTMLButtonElement>('#handout-copy')!;
if (navigator.clipboard) {
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(publicHandoutUrl(state));
      if (announcer) announcer.textContent = message('linkCopied');
    } catch {
      if (announcer) announcer.textContent = message('copyFailed');
    }
  });
} else copy.hidden = true;

void draw(parseHandoutQuery(new URLSearchParams(location.search), knownIds, locale));
