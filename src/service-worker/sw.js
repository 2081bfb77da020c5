/*
 * The offline copy. Registered only when the reader presses "Save for offline use" (src/scripts/offline.ts); its
 * URL names the editions to keep (`sw.js?editions=en,sr`). src/integrations/offline.ts copies Workbox next to it
 * and injects the precache manifest, each entry tagged with its edition. The worker precaches those files, answers
 * from them, and caches nothing else: a page that was not saved comes from the network, or, offline, the offline
 * page explains that it was not saved.
 */
/* global workbox */
importScripts('workbox/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: new URL('workbox/', self.location.href).href, debug: false });

const base = new URL('./', self.location.href).pathname;
const saved = (new URL(self.location.href).searchParams.get('editions') ?? '').split(',');
const entries = self.__WB_MANIFEST.filter((entry) => entry.edition === 'shared' || saved.includes(entry.edition));

// Progress for the offline page while the files download: files and bytes so far, of all.
const sizes = new Map(entries.map((entry) => [new URL(entry.url, self.location.href).href, entry.bytes]));
const total = { files: entries.length, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
const done = { files: 0, bytes: 0 };
const withoutRevision = (url) => { const u = new URL(url); u.searchParams.delete('__WB_REVISION__'); return u.href; };
async function tell(message) {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}
workbox.precaching.addPlugins([{
  cacheDidUpdate: async ({ request }) => {
    done.files += 1;
    done.bytes += sizes.get(withoutRevision(request.url)) ?? 0;
    await tell({ type: 'offline-progress', done, total });
  },
}]);

workbox.core.skipWaiting();
workbox.core.clientsClaim();
workbox.precaching.cleanupOutdatedCaches();
workbox.precaching.precacheAndRoute(entries.map(({ url, revision }) => ({ url, revision })), {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/], // ?q=, ?highlight=, a handout's ?p=: the same saved page
});

/** The offline page in the language of the page asked for, if that edition was saved; else in a saved one. */
function offlinePageFor(url) {
  const locale = new URL(url).pathname.slice(base.length).split('/')[0];
  const edition = locale === 'sr-latn' ? 'sr' : locale;
  const pageLocale = saved.includes(edition) ? locale : saved[0];
  return workbox.precaching.matchPrecache(`${base}${pageLocale}/offline/index.html`);
}

// A page that was not saved: from the network, and when there is none, the offline page says so.
workbox.routing.registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return (await offlinePageFor(request.url)) ?? Response.error();
    }
  },
);
