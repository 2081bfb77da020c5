/**
 * A glossary term's short definition on hover, focus or tap, shown in the page's `#term-preview`
 * (src/components/TermPreview.astro). Definitions load once, on first use, so they are not part of the page (nor of
 * its search index). Without JS a term is simply a link to its page.
 */
type Definitions = Record<string, { term: string; definition: string }>;

export function previewTerms(preview: HTMLElement): void {
  let definitions: Promise<Definitions> | undefined;
  let current: HTMLAnchorElement | undefined;
  let lastPointer = '';
  let hideTimer: number | undefined;

  const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null);

  async function show(link: HTMLAnchorElement) {
    clearTimeout(hideTimer);
    definitions ??= fetch(preview.dataset.src!).then((r) => r.json() as Promise<Definitions>);
    const entry = (await definitions)[link.dataset.term!];
    if (!entry) return;
    current?.removeAttribute('aria-describedby');
    current = link;
    preview.replaceChildren(Object.assign(document.createElement('strong'), { textContent: entry.term }), document.createTextNode(` ${entry.definition}`));
    preview.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    preview.style.width = `${width}px`;
    preview.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`;
    preview.style.top = `${box.bottom + scrollY + 6}px`;
    link.setAttribute('aria-describedby', 'term-preview');
  }

  function hide() {
    if (preview.hidden) return;
    preview.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  }
  const hideSoon = () => { hideTimer = window.setTimeout(hide, 150); };

  document.addEventListener('pointerdown', (e) => { lastPointer = e.pointerType; if (!termOf(e.target) && !preview.contains(e.target as Node)) hide(); });
  // Hover is for a mouse: after a tap, browsers send mouse events of their own (some to wherever the page has scrolled
  // under the finger), which must not hide what the tap opened.
  document.addEventListener('mouseover', (e) => {
    if (lastPointer === 'touch') return;
    const link = termOf(e.target);
    if (link) void show(link);
    else if (e.target !== preview && !preview.contains(e.target as Node)) hideSoon();
  });
  preview.addEventListener('mouseover', () => clearTimeout(hideTimer));
  document.addEventListener('focusin', (e) => { const link = termOf(e.target); if (link) void show(link); else hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  // On touch, the first tap shows the definition; a second tap on the same term follows the link.
  document.addEventListener('click', (e) => {
    const link = termOf(e.target);
    if (link && lastPointer === 'touch' && current !== link) {
      e.preventDefault();
      void show(link);
    }
  });
}
