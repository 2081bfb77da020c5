import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { citationFile, citationFormats, citationMetaTags, toBibtex, toRis, type CitationRecord } from '../../src/lib/citation-files.ts';

const article: CitationRecord = {
  key: 'trafficking-protocol-art-3-sr',
  kind: 'treaty',
  title: 'Протокол за превенцију, сузбијање и кажњавање трговине људским бићима, члан 3.',
  author: 'United Nations',
  publisher: 'Азил и трговина људима',
  date: '2000-11-15',
  language: 'sr-Cyrl',
  url: 'https://example.org/sr/protocol/art-3/',
  note: 'Ово је незванични превод.',
};
const note: CitationRecord = {
  key: 'asylum-trafficking-nexus-notes-two-tracks-en',
  kind: 'webpage',
  title: 'Asylum & identification: 100% {two} tracks_#1',
  containerTitle: 'Asylum–Trafficking Nexus',
  publisher: 'Asylum–Trafficking Nexus',
  date: '2026-11-24',
  language: 'en',
  url: '/en/notes/two-tracks/',
};

test('every file reads back with citation-js: the same title, date and language', async () => {
  for (const record of [article, note]) {
    for (const format of citationFormats) {
      const [item] = (await Cite.async(citationFile[format](record))).data;
      assert.equal(item?.title, record.title, `${record.key}.${format}`);
      assert.deepEqual(item?.issued?.['date-parts'], [record.date.split('-').map(Number)], `${record.key}.${format}`);
      assert.equal(item?.language, record.language, `${record.key}.${format}`);
      assert.equal(item?.URL, record.url, `${record.key}.${format}`);
    }
  }
});

test('a treaty is a statute in RIS and @legal in biblatex; a page is a web page; the key names the entry', async () => {
  assert.match(toRis(article), /^TY {2}- STAT\r\nID {2}- trafficking-protocol-art-3-sr\r\n/);
  assert.match(toRis(note), /^TY {2}- ELEC\r\n/);
  assert.ok(toRis(note).endsWith('ER  - \r\n'));
  assert.match(toBibtex(article), /^@legal\{trafficking-protocol-art-3-sr,\n/);
  assert.match(toBibtex(note), /^@online\{asylum-trafficking-nexus-notes-two-tracks-en,\n/);
  assert.equal((await Cite.async(toBibtex(article))).data[0]?.type, 'treaty');
  assert.equal((await Cite.async(citationFile['csl.json'](article))).data[0]?.type, 'treaty');
});

test('BibTeX escapes its special characters, so the words come out as written', () => {
  assert.match(toBibtex(note), /title = \{\{Asylum \\& identification: 100\\% \\\{two\\\} tracks\\_\\#1\}\}/);
});

test('the citation_* meta tags Zotero and Google Scholar read', () => {
  assert.deepEqual(citationMetaTags(article), [
    ['citation_title', article.title],
    ['citation_author', 'United Nations'],
    ['citation_date', '2000/11/15'],
    ['citation_language', 'sr-Cyrl'],
    ['citation_publisher', 'Азил и трговина људима'],
    ['citation_public_url', 'https://example.org/sr/protocol/art-3/'],
  ]);
  assert.equal(citationMetaTags(note).some(([name]) => name === 'citation_author'), false);
});
