import { checkQuery, describeIgnored, parseCheckQuery, type CheckName } from '../lib/check.ts';
import { languageTag, type Locale } from '../lib/locales.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { applyPrintSource } from './print-source.ts';

/**
 * The trafficking check. What is ticked decides the outcome in CSS alone (src/styles/check.css); this script only keeps
 * the choices in the page's address, so that a check can be shared, reopened and printed, and reads them back. It says,
 * as text, which parts of an address it left out. Nothing is stored and nothing is sent.
 *
 * A worked scenario's page opens with its boxes ticked in the HTML: while they stay as they came, its address is the
 * scenario's; once the reader changes one, the address becomes the check's own with the choices in its query.
 */
const root = document.querySelector<HTMLElement>('#check')!;
const data = root.dataset;
const form = document.querySelector<HTMLFormElement>('#check-form')!;
const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
const ignoredNote = document.querySelector<HTMLElement>('#check-ignored')!;
const announcer = document.querySelector<HTMLElement>('#announcer');
for (const element of document.querySelectorAll<HTMLElement>('.check-without-script')) element.hidden = true;

/** The form read as the choices it holds. */
const formQuery = () => new URLSearchParams(inputs.filter((i) => i.checked).map((i) => [i.name, i.value]));
const asOpened = () => inputs.every((i) => i.checked === i.defaultChecked);

/** The address follows the form: the page's own while nothing has changed, else the check's with the choices. */
function writeAddress() {
  const query = checkQuery(parseCheckQuery(formQuery()).choices);
  const opened = asOpened();
  history.replaceState(null, '', opened ? location.pathname : `${data.checkPath}${query ? `?${query}` : ''}`);
  const printed = opened ? data.publicUrl : `${data.publicCheckUrl}${query ? `?${query}` : ''}`;
  for (const url of document.querySelectorAll('.print-source [data-print-url]')) url.textContent = printed ?? '';
  applyPrintSource();
}

/** Screen readers hear the verdict that CSS now shows. */
function announceOutcome() {
  const shown = [...document.querySelectorAll<HTMLElement>('[data-outcome]')].find((outcome) => getComputedStyle(outcome).display !== 'none');
  if (announcer && shown) announcer.textContent = shown.querySelector('.check-verdict')?.textContent ?? '';
}

// Reopening an address puts its choices back into the form, and says what it left out; without a query, the page's
// own ticks (none, or a scenario's) stand, whatever the browser restored.
if (location.search) {
  const { choices, ignored } = parseCheckQuery(location.search);
  for (const input of inputs) {
    const name = input.name as CheckName;
    input.checked = name === 'consent' ? choices.consent : name === 'age' ? choices.age === input.value : (choices[name] as readonly string[]).includes(input.value);
  }
  if (ignored.length) {
    const { shown, more } = describeIgnored(ignored);
    const list = [...shown, ...(more ? [fillPlaceholders(data.messageIgnoredMore ?? '', { count: more })] : [])].join(', ');
    ignoredNote.textContent = fillPlaceholders(data.messageIgnored ?? '', { list });
    ignoredNote.hidden = false;
  }
} else {
  for (const input of inputs) input.checked = input.defaultChecked;
}
writeAddress();

// The date goes on the printed worksheet; without JavaScript the line is left blank, to fill in by hand.
document.querySelector('#check-date')!.textContent = new Intl.DateTimeFormat(languageTag(data.locale as Locale), { dateStyle: 'long' }).format(new Date());

// On a phone each outcome's reasons open under its verdict; opened once, they stay open as the outcome changes.
// The summary sets all of them at once: the toggle event comes a task later, and until then the hidden outcomes'
// reasons would still count as open for the panel's layout. The toggle event covers other ways of opening (find in page).
const reasons = [...document.querySelectorAll<HTMLDetailsElement>('.check-why')];
const openReasons = (open: boolean) => {
  for (const details of reasons) if (details.open !== open) details.open = open;
};
for (const details of reasons) {
  details.querySelector('summary')!.addEventListener('click', (event) => {
    event.preventDefault();
    openReasons(!details.open);
  });
  details.addEventListener('toggle', () => openReasons(details.open));
}

form.addEventListener('change', () => {
  writeAddress();
  announceOutcome();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeAddress();
});
