import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { footerFontFaces, footerTemplate, FOOTER_FONT_FAMILY, pageOfParts, pathInBuild, pdfLinkTarget, protocolPdfPath, retitleBookmarks } from '../../src/lib/protocol-pdf.ts';

test('"page n of N" in any word order becomes words and the two numbers Chromium fills in', () => {
  assert.deepEqual(pageOfParts('Page {page} of {pages}'), [{ text: 'Page ' }, { counter: 'pageNumber' }, { text: ' of ' }, { counter: 'totalPages' }]);
  assert.deepEqual(pageOfParts('{page}/{pages}'), [{ counter: 'pageNumber' }, { text: '/' }, { counter: 'totalPages' }]);
  assert.deepEqual(pageOfParts('Страна {page} од {pages}').filter((p) => 'counter' in p).length, 2);
});

test('the footer carries its font as data: URLs, one rule per subset, and the page\'s footer words', () => {
  const faces = footerFontFaces([
    { name: 'latin', unicodeRange: 'U+0000-00FF', woff2: new Uint8Array([1, 2, 3]) },
    { name: 'cyrillic', unicodeRange: 'U+0400-045F', woff2: new Uint8Array([4, 5]) },
  ]);
  assert.equal(faces.match(/@font-face/g)?.length, 2);
  assert.match(faces, /src:url\(data:font\/woff2;base64,AQID\) format\('woff2'\);unicode-range:U\+0000-00FF/);
  assert.match(faces, /base64,BAU=\)/);
  const template = footerTemplate('<div class="pdf-footer">Words</div>', faces);
  assert.ok(template.startsWith('<style>@font-face'));
  assert.ok(template.endsWith('<div class="pdf-footer">Words</div>'));
  assert.match(template, new RegExp(`font:7.5pt/1.35 '${FOOTER_FONT_FAMILY}'`));
});

test('a build under a base path is served at it', () => {
  assert.equal(pathInBuild('/nexus/en/protocol/print/', '/nexus/'), '/en/protocol/print/');
  assert.equal(pathInBuild('/nexus', '/nexus/'), '/');
  assert.equal(pathInBuild('/en/protocol/print/', '/nexus/'), undefined);
  assert.equal(pathInBuild('/en/protocol/print/', '/'), '/en/protocol/print/');
  assert.equal(pathInBuild('/_astro/x.css', '/nexus'), undefined);
  assert.equal(protocolPdfPath('sr-latn'), 'sr-latn/protocol.pdf');
});

test('links in the PDF: inside the document, on the public site, or none', () => {
  assert.equal(pdfLinkTarget('#art_3__point_a', undefined), '#art_3__point_a');
  assert.equal(pdfLinkTarget('/nexus/en/glossary/exploitation/', 'https://example.org'), 'https://example.org/nexus/en/glossary/exploitation/');
  assert.equal(pdfLinkTarget('/en/glossary/exploitation/', undefined), undefined);
});

test('the print page\'s font faces cover the subsets of the npm package, as its unicode.json gives them', () => {
  const ranges = JSON.parse(readFileSync('node_modules/@fontsource/noto-serif/unicode.json', 'utf8')) as Record<string, string>;
  const css = readFileSync('src/styles/protocol-print.css', 'utf8');
  const faces = [...css.matchAll(/noto-serif-([a-z-]+)-(\d+)-normal\.woff2'\) format\('woff2'\);\s*unicode-range: ([^;]+);/g)].map(([, subset, weight, range]) => ({ subset: subset!, weight, range }));
  assert.deepEqual(faces.map((f) => `${f.subset} ${f.weight}`).sort(), ['cyrillic 400', 'cyrillic 700', 'latin 400', 'latin 700', 'latin-ext 400', 'latin-ext 700']);
  for (const face of faces) assert.equal(face.range, ranges[face.subset], `${face.subset} ${face.weight}`);
});

/** A PDF with bookmarks as Chromium titles them: a title with a chapter under it, then another. */
async function pdfWithBookmarks(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  document.setTitle('Kept as it was');
  document.setLanguage('sr-Cyrl');
  const context = document.context;
  const [outlines, title, chapter, article] = [context.nextRef(), context.nextRef(), context.nextRef(), context.nextRef()];
  context.assign(title, context.obj({ Title: PDFHexString.fromText('P R O T O C O LTO PREVENT'), Parent: outlines, First: chapter, Last: chapter, Next: article }));
  context.assign(chapter, context.obj({ Title: PDFHexString.fromText('I. GeneralI. General'), Parent: title }));
  context.assign(article, context.obj({ Title: PDFHexString.fromText('Члан 5. Члан 5. Криминализација'), Parent: outlines, Prev: title }));
  context.assign(outlines, context.obj({ Type: 'Outlines', First: title, Last: article, Count: 3 }));
  document.catalog.set(PDFName.of('Outlines'), outlines);
  return document.save();
}

test('bookmarks take their headings\' titles in document order, and nothing else changes', async () => {
  const fixed = await retitleBookmarks(await pdfWithBookmarks(), ['P R O T O C O L TO PREVENT', 'I. General', 'Члан 5. Криминализација']);
  const pdf = await getDocumentProxy(fixed);
  const outline = (await pdf.getOutline()) as { title: string; items: { title: string }[] }[];
  assert.deepEqual(outline.map((o) => [o.title, o.items.map((i) => i.title)]), [['P R O T O C O L TO PREVENT', ['I. General']], ['Члан 5. Криминализација', []]]);
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  assert.equal(info['Title'], 'Kept as it was');
  assert.equal(info['Language'], 'sr-Cyrl');
});

test('a PDF whose bookmarks are not one per heading is an error, not a guess', async () => {
  await assert.rejects(retitleBookmarks(await pdfWithBookmarks(), ['One', 'Two']), /3 bookmarks for 2 headings/);
});
