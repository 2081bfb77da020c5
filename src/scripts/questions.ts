import { fillPlaceholders } from '../lib/placeholders.ts';
import { MAX_SHOWN_NOT_FOUND, parseQuestionSet, questionSetQuery } from '../lib/study-questions.ts';
import { applyPrintSource } from './print-source.ts';

/**
 * Study questions: the page lists every question without JavaScript. This script shows a set of chosen questions
 * from the address (`?q=3a-1,3c-1&t=Workshop`, `?a=3`; src/lib/study-questions.ts), says as text what it could not
 * use, and lets a trainer tick questions and make a set's link. The set lives in the address only.
 */
const root = document.querySelector<HTMLElement>('#study')!;
const message = (key: string) => root.dataset[`message${key.charAt(0).toUpperCase()}${key.slice(1)}`] ?? '';
const announcer = document.querySelector<HTMLElement>('#announcer');
for (const element of document.querySelectorAll<HTMLElement>('.study-without-script')) element.hidden = true;

const questions = [...document.querySelectorAll<HTMLElement>('.study-question')];
const knownIds = questions.map((question) => question.dataset.question!);
const request = parseQuestionSet(location.search, knownIds);

function showProblems() {
  const box = document.querySelector<HTMLElement>('#study-problems')!;
  const lines: string[] = [];
  if (request.tooMany !== undefined) lines.push(fillPlaceholders(message('tooMany'), { count: request.tooMany }));
  for (const { input, suggestion } of request.notFound.slice(0, MAX_SHOWN_NOT_FOUND)) {
    lines.push(`${fillPlaceholders(message('notFound'), { input })}${suggestion ? `: ${fillPlaceholders(message('nearest'), { id: suggestion })}` : ''}`);
  }
  if (request.notFound.length > MAX_SHOWN_NOT_FOUND) lines.push(`… (${request.notFound.length - MAX_SHOWN_NOT_FOUND})`);
  if (!lines.length) return;
  const list = document.createElement('ul');
  for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
  box.replaceChildren(Object.assign(document.createElement('p'), { textContent: message('problems') }), list);
  box.hidden = false;
}

/** Only the chosen questions, their answers, and the articles that hold them; the address written short. */
function showSet() {
  const chosen = new Set(request.ids);
  for (const element of document.querySelectorAll<HTMLElement>('[data-question]')) element.hidden = !chosen.has(element.dataset.question!);
  for (const block of document.querySelectorAll<HTMLElement>('.study-block')) block.hidden = !block.querySelector('.study-question:not([hidden])');
  for (const section of document.querySelectorAll<HTMLElement>('.study-article')) section.hidden = !section.querySelector('.study-block:not([hidden])');
  for (const item of document.querySelectorAll<HTMLElement>('.study-index li')) item.hidden = !!document.getElementById(item.dataset.article!)?.hidden;
  const query = questionSetQuery(request.ids, request.title);
  history.replaceState(null, '', `${location.pathname}?${query}`);
  const title = document.querySelector<HTMLElement>('#study-set-title')!;
  if (request.title) {
    title.textContent = request.title;
    title.hidden = false;
  }
  document.querySelector('#study-set-count')!.textContent = fillPlaceholders(message('set'), { count: request.ids.length });
  document.querySelector<HTMLElement>('#study-set')!.hidden = false;
  const publicUrl = new URL(`${root.dataset.publicUrl}?${query}`, location.href).href;
  for (const url of document.querySelectorAll('.print-source [data-print-url]')) url.textContent = publicUrl;
  applyPrintSource();

  document.querySelector('#study-print')!.addEventListener('click', () => print());
  const copy = document.querySelector<HTMLButtonElement>('#study-copy')!;
  const copied = document.querySelector<HTMLElement>('#study-copied')!;
  if (navigator.clipboard) {
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(publicUrl);
        copied.textContent = message('linkCopied');
      } catch {
        copied.textContent = message('copyFailed');
      }
    });
  } else copy.hidden = true;
}

/** The builder: ticking questions counts them; its form sends `q` and `t`, which this script then reads. */
function offerBuilder() {
  const builder = document.querySelector<HTMLDetailsElement>('#study-builder')!;
  const chosen = document.querySelector<HTMLElement>('#study-chosen')!;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.study-choose input')];
  const count = () => {
    chosen.textContent = fillPlaceholders(message('chosen'), { count: boxes.filter((box) => box.checked).length });
  };
  for (const box of boxes) box.addEventListener('change', count);
  count();
  builder.hidden = false;
}

showProblems();
if (request.chosen && request.ids.length) showSet();
else offerBuilder();
if (announcer && request.chosen && request.ids.length) announcer.textContent = document.querySelector('#study-set-count')!.textContent ?? '';
