import { checkQuery, describeIgnored, parseCheckQuery, type CheckName } from '../lib/check.ts';
import { languageTag, type Locale } from '../lib/locales.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { applyPrintSource } from './print-source.ts';

/**
 * The trafficking check. What is ticked decides the outcome in CSS alone (src/styles/check.css); this script only keeps
 * the choices in the page's address, so that a check can be shared, reopened and printed, and reads them back. It says,
 * as text, which parts of an address it left out. Nothing is stored and nothing is sent.
 */
const root = document.querySelector<HTMLElement>('#check')!;
const data = root.dataset;
const form = document.querySelector<HTMLFormElement>('#check-form')!;
const ignoredNote = document.querySelector<HTMLElement>('#check-ignored')!;
const announcer = document.querySelector<HTMLElement>('#announcer');
for (const element of document.querySelectorAll<HTMLElement>('.check-without-script')) element.hidden = true;

/** The form read as its GET submission would send it. */
const formQuery = () => new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)]));

/** The address follows the form: the same query a plain submission would make, or none. */
function writeAddress() {
  const query = checkQuery(parseCheckQuery(formQuery()).choices);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  for (const url of document.querySelectorAll('.print-source [data-print-url]')) url.textContent = `${data.publicUrl}${query ? `?${query}` : ''}`;
  applyPrintSource();
}

/** Screen readers hear the verdict that CSS now shows. */
function announceOutcome() {
  const shown = [...document.querySelectorAll<HTMLElement>('[data-outcome]')].find((outcome) => getComputedStyle(outcome).display !== 'none');
  if (announcer && shown) announcer.textContent = shown.querySelector('.check-verdict')?.textContent ?? '';
}

// Reopening an address puts its choices back into the form, and says what it left out.
const { choices, ignored } = parseCheckQuery(location.search);
for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
  const name = input.name as CheckName;
  input.checked = name === 'consent' ? choices.consent : name === 'age' ? choices.age === input.value : (choices[name] as readonly string[]).includes(input.value);
}
if (ignored.length) {
  const { shown, more } = describeIgnored(ignored);
  const list = [...shown, ...(more ? [fillPlaceholders(data.messageIgnoredMore ?? '', { count: more })] : [])].join(', ');
  ignoredNote.textContent = fillPlaceholders(data.messageIgnored ?? '', { list });
  ignoredNote.hidden = false;
}
writeAddress();

// The date goes on the printed worksheet; without JavaScript the line is left blank, to fill in by hand.
document.querySelector('#check-date')!.textContent = new Intl.DateTimeFormat(languageTag(data.locale as Locale), { dateStyle: 'long' }).format(new Date());

form.addEventListener('change', () => {
  writeAddress();
  announceOutcome();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeAddress();
});
