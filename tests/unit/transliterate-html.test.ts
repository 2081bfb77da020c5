import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateHtml } from '../../src/lib/transliterate-html.ts';

const page = (body: string) => `<!doctype html><html lang="sr-Latn"><head><title>Члан 3.</title></head><body>${body}</body></html>`;

test('transliterates text and readable attributes of a Serbian Latin page', () => {
  const html = transliterateHtml(page('<p title="Љубљана">Употреба израза</p><button aria-label="Копирај везу" data-cite="члан 3.">x</button>'));
  assert.match(html, /<title>Član 3\.<\/title>/);
  assert.match(html, /<p title="Ljubljana">Upotreba izraza<\/p>/);
  assert.match(html, /aria-label="Kopiraj vezu"/);
  assert.match(html, /data-cite="član 3\."/);
});

test('leaves text marked as another language alone, ids and links too', () => {
  const html = transliterateHtml(page('<a href="/sr/protocol/art-3/#art_3__point_a" lang="sr-Cyrl" id="art_3">Српски (ћирилица)</a><td lang="en">English</td>'));
  assert.match(html, /Српски \(ћирилица\)/);
  assert.match(html, /href="\/sr\/protocol\/art-3\/#art_3__point_a"/);
});

test('a page in another language is not touched', () => {
  const html = transliterateHtml('<!doctype html><html lang="sr-Cyrl"><body><p>Члан</p></body></html>');
  assert.match(html, /Члан/);
});

test('transliterates the markup inside a <template> too', () => {
  const html = transliterateHtml(page('<template id="x"><button>Копирај везу</button></template>'));
  assert.match(html, /<button>Kopiraj vezu<\/button>/);
});
