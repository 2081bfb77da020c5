/**
 * What every page runs, as one script (Base.astro): the printed source line, the header's "/" and language links, the
 * words a search result arrived with, and, where the page has them, the glossary's term previews and the provisions'
 * tools. One file rather than one per component: an article page's scripts must fit its byte budget.
 */
import { applyPrintSource } from './print-source.ts';
import { addProvisionTools } from './provision-tools.ts';
import { previewTerms } from './term-preview.ts';

applyPrintSource();

// The header's "/" jumps to its search box from anywhere but a text field (Header.astro).
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  document.querySelector<HTMLInputElement>('#site-search')?.focus();
});

// Another language keeps the #fragment (a provision id) and the query (a handout's selection, a search), so a
// trainer's link survives the switch (LanguageSwitcher.astro).
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('.languages a');
  if (!(link instanceof HTMLAnchorElement)) return;
  if (location.hash) link.hash = location.hash;
  if (location.search) link.search = location.search;
});

// Arriving from a search result: mark the words that matched (the search page names them, as the page spells them),
// whole words only, so "the" is never marked inside "therefore". Loaded only then, as a script element: a dynamic
// import() would bring Vite's preload helper to every page. Its own inline styles would break the CSP; global.css
// styles <mark>.
if (new URLSearchParams(location.search).has('highlight')) {
  const highlighter = Object.assign(document.createElement('script'), { type: 'module', src: `${document.body.dataset.searchBundle}pagefind-highlight.js` });
  highlighter.addEventListener('load', () => {
    const limiters = [...',.;:!?()[]{}"\'«»„“”‘’‚–—-/…*'];
    new (window as unknown as { PagefindHighlight: new (o: object) => unknown }).PagefindHighlight({
      highlightParam: 'highlight',
      addStyles: false,
      markOptions: { className: 'pagefind__highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'], accuracy: { value: 'exactly', limiters } },
    });
  });
  document.head.append(highlighter);
}

const preview = document.querySelector<HTMLElement>('#term-preview');
if (preview) previewTerms(preview);
const tools = document.querySelector<HTMLTemplateElement>('#permalink-tools');
const announcer = document.querySelector('#announcer');
if (tools && announcer) addProvisionTools(tools, announcer);
