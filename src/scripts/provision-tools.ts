import { addToHandoutQuery } from '../lib/handout-url.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import type { ProvisionId } from '../lib/provisions.ts';
import { shortPath } from '../lib/short-links.ts';

/**
 * Each provision's tools, made from the page's `#permalink-tools` template (src/components/PermalinkTools.astro): a
 * button beside the provision's number opens a popover with copy link, copy short link, copy citation, add to handout
 * and report a problem, each named "Copy link: art. 3(a)". Popovers bring light dismiss, Escape and the return of focus
 * to the button; without them, or without the clipboard, the number stays a plain link.
 */
export function addProvisionTools(template: HTMLTemplateElement, announcer: Element): void {
  if (!navigator.clipboard || !('popover' in HTMLElement.prototype)) return;
  const messages = template.dataset;
  // Short links carry the public origin (else this page's, as resolvePublicUrl in src/lib/urls.ts) and the base path.
  const publicRoot = new URL(messages.publicRoot!, location.href);
  const numberOf = new WeakMap<Element, HTMLAnchorElement>();
  for (const number of document.querySelectorAll<HTMLAnchorElement>('a.provision-num')) {
    const tools = template.content.cloneNode(true) as DocumentFragment;
    const [toggle, menu] = tools.children as unknown as [HTMLButtonElement, HTMLElement];
    const id = number.hash.slice(1);
    const label = number.dataset.label ?? '';
    const name = (control: Element, text: string) => control.setAttribute('aria-label', `${text}: ${label}`);
    name(toggle, toggle.dataset.tip!);
    name(menu, toggle.dataset.tip!);
    toggle.popoverTargetElement = menu;
    menu.querySelector('.tools-title')!.textContent = label;
    for (const control of menu.querySelectorAll('[data-copy], a')) name(control, control.textContent!);
    // A handout's selection lives in its URL: arriving here from a handout, "add" extends that selection.
    menu.querySelector<HTMLAnchorElement>('.add-to-handout')!.href = `${messages.handout}?${addToHandoutQuery(location.search, id as ProvisionId)}`;
    const report = menu.querySelector<HTMLAnchorElement>('.report-provision')!;
    const filled = { url: location.href.replace(/[?#].*$/, ''), id, label };
    report.href = report.getAttribute('href')!.replace(/%7B(url|id|label)%7D/g, (_, key: keyof typeof filled) => encodeURIComponent(filled[key]));
    report.dataset.report = `${filled.url}#${id}`;
    // Under its button, in the page's coordinates (a popover's containing block is the page), and on the screen: the
    // menu is at most 20rem wide (global.css). On a phone CSS makes it a sheet at the foot of the screen instead.
    menu.addEventListener('beforetoggle', () => {
      const box = toggle.getBoundingClientRect();
      menu.style.setProperty('--tools-top', `${box.bottom + scrollY + 4}px`);
      menu.style.setProperty('--tools-left', `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - 328)) + scrollX}px`);
    });
    numberOf.set(menu, number);
    // Right after the number, so the keyboard reaches a provision's tools before the links in its text; in a heading,
    // after the heading's words.
    const heading = number.closest('h1, h2');
    if (heading) heading.append(tools);
    else number.after(tools);
  }
  const texts = {
    link: (number: HTMLAnchorElement) => [number.href.replace(/\?[^#]*/, ''), messages.linkCopied],
    'short-link': (number: HTMLAnchorElement) => [new URL(shortPath(number.hash.slice(1) as ProvisionId), publicRoot).href, messages.shortLinkCopied],
    citation: (number: HTMLAnchorElement) => [fillPlaceholders(messages.citation!, { label: number.dataset.label ?? '' }), messages.citationCopied],
  };
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('.tools-menu button');
    const menu = button?.closest('.tools-menu');
    const number = menu && numberOf.get(menu);
    if (!button || !(menu instanceof HTMLElement) || !number) return;
    menu.hidePopover();
    if (!button.dataset.copy) return; // Close
    const [text, message] = texts[button.dataset.copy as keyof typeof texts](number);
    try {
      await navigator.clipboard.writeText(text!);
      announcer.textContent = fillPlaceholders(message!, { label: number.dataset.label ?? '' });
    } catch {
      announcer.textContent = messages.copyFailed!;
    }
  });
}
