/**
 * "Save for offline use" and "Remove from this device" (src/pages/[locale]/offline.astro). Nothing is registered or
 * stored until the reader presses Save; Remove unregisters the worker and deletes every cache it made.
 */
import { parseSavedEditions, type OfflineEdition } from '../lib/offline.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

interface EditionSize { files: number; bytes: number }
interface OfflineInfo { builtAt: string; editions: Record<OfflineEdition, EditionSize> }
interface Progress { done: EditionSize; total: EditionSize }

const page = document.querySelector<HTMLElement>('[data-offline]')!;
const { base, edition, lang } = page.dataset as { base: string; edition: OfflineEdition; lang: string };
const strings = JSON.parse(document.querySelector('#offline-strings')!.textContent!) as Record<string, string>;
const format = (key: string, values: Record<string, string | number> = {}) => fillPlaceholders(strings[key]!, values);
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element('offline-status');
const save = element<HTMLButtonElement>('offline-save');
const remove = element<HTMLButtonElement>('offline-remove');
const progress = element<HTMLProgressElement>('offline-progress');
const progressText = element('offline-progress-text');

const scope = new URL(base, location.origin).href;
const megabytes = (bytes: number) => (bytes / 1e6).toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const longDate = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

element('offline-needs-script').hidden = true;

// The worker answered for another page, which was not saved: say so first.
if (!location.pathname.endsWith('/offline/')) {
  element('offline-not-saved').hidden = false;
  element('offline-back').addEventListener('click', () => history.back());
}

async function savedCopy(): Promise<{ editions: OfflineEdition[]; builtAt: string | undefined } | undefined> {
  const registration = await navigator.serviceWorker.getRegistration(base);
  const worker = registration?.active;
  if (!worker) return undefined;
  const editions = parseSavedEditions(new URL(worker.scriptURL).searchParams.get('editions'));
  const info = await caches.match(`${base}offline.json`, { ignoreSearch: true });
  return { editions, builtAt: info ? ((await info.json()) as OfflineInfo).builtAt : undefined };
}

async function showState(message?: string) {
  const copy = await savedCopy();
  save.disabled = !!copy?.editions.includes(edition);
  remove.disabled = !copy;
  status.textContent = message ?? (copy
    ? format('offline.saved', { editions: copy.editions.map((e) => strings[`name.${e}`]).join(', '), date: copy.builtAt ? longDate(copy.builtAt) : '' })
    : format('offline.nothingStored'));
}

/** Everything this site stored: its worker and the caches under its scope (another app on the origin keeps its own). */
async function removeEverything() {
  for (const registration of await navigator.serviceWorker.getRegistrations()) if (registration.scope === scope) await registration.unregister();
  for (const key of await caches.keys()) if (key.endsWith(scope)) await caches.delete(key);
}

let announced = 0; // the last fifth announced, so a screen reader hears a few steps rather than every file
function showProgress({ done, total }: Progress) {
  const fraction = total.bytes ? done.bytes / total.bytes : 0;
  progress.hidden = progressText.hidden = false;
  progress.value = fraction;
  const text = format('offline.progress', { files: done.files, total: total.files, mb: megabytes(done.bytes), totalMb: megabytes(total.bytes) });
  progressText.textContent = text;
  if (Math.floor(fraction * 5) > announced) status.textContent = text;
  announced = Math.max(announced, Math.floor(fraction * 5));
}

function activated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => (worker.state === 'activated' ? resolve() : worker.state === 'redundant' ? reject(new Error('install failed')) : undefined);
    worker.addEventListener('statechange', check);
    check();
  });
}

async function saveEdition() {
  save.disabled = remove.disabled = true;
  announced = 0;
  const editions = [...new Set([...((await savedCopy())?.editions ?? []), edition])];
  const onMessage = (event: MessageEvent) => { if (event.data?.type === 'offline-progress') showProgress(event.data as Progress); };
  navigator.serviceWorker.addEventListener('message', onMessage);
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js?editions=${editions.join(',')}`, { scope: base, updateViaCache: 'none' });
    await activated((registration.installing ?? registration.waiting ?? registration.active)!);
    progress.hidden = progressText.hidden = true;
    await showState();
  } catch {
    await removeEverything(); // a half-saved copy is no use offline, and was not what the reader asked for
    progress.hidden = progressText.hidden = true;
    await showState(format('offline.failed'));
  } finally {
    navigator.serviceWorker.removeEventListener('message', onMessage);
  }
}

if ('serviceWorker' in navigator && 'caches' in window) {
  element('offline-actions').hidden = false;
  save.addEventListener('click', () => void saveEdition());
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await removeEverything();
    await showState(format('offline.removed'));
  });
  void showState();
  void fetch(`${base}offline.json`).then((r) => r.json() as Promise<OfflineInfo>).then(({ editions }) => {
    const size = element('offline-size');
    size.textContent = format('offline.size', { mb: megabytes(editions[edition].bytes), files: editions[edition].files });
    size.hidden = false;
  }, () => { /* the size stays unsaid; saving still works */ });
} else {
  status.textContent = format('offline.unsupported');
}
