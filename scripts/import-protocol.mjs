// One-off import of the English and Slovenian Protocol text from seed 003 into content/protocol/{en,sl}/.
// Kept so the import can be repeated and reviewed; the content files are the source of truth afterwards.
// Usage: node scripts/import-protocol.mjs [path/to/seed-003.txt]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const seedPath = process.argv[2] ?? 'tests/fixtures/seed-003-protocol.txt';
const lines = readFileSync(seedPath, 'utf8').normalize('NFC').split('\n').map((l) => l.trim());

const editions = {
  en: { start: lines.indexOf('P R O T O C O L'), preamble: 'Preamble', article: /^Article (\d+)$/, chapter: /^(I|II|III|IV)\. (.+)$/ },
  sl: { start: lines.indexOf('P R O T O K O L'), preamble: 'Uvod', article: /^(\d+)\. člen$/, chapter: /^(I|II|III|IV)\. (.+)$/ },
};
const end = { en: lines.indexOf('P R O T O K O L'), sl: lines.findIndex((l, i) => i > editions.sl.start && l.startsWith('V POTRDITEV')) + 1 };

const yamlString = (s) => JSON.stringify(s);

for (const [locale, ed] of Object.entries(editions)) {
  const block = lines.slice(ed.start, end[locale]).filter(Boolean);
  const dir = `content/protocol/${locale}`;
  mkdirSync(dir, { recursive: true });
  const fullTitle = block[1];
  const chapters = [];
  const articles = [];
  let preamble = null;
  let current = null;
  let conclusions = null;
  for (let i = 2; i < block.length; i++) {
    const line = block[i];
    const art = line.match(ed.article);
    const chap = line.match(ed.chapter);
    if (line === ed.preamble) { preamble = { heading: line, lines: [] }; current = preamble; continue; }
    if (art) { current = { number: Number(art[1]), title: block[++i], lines: [] }; articles.push(current); continue; }
    if (chap && !/^\d/.test(line)) { chapters.push({ number: chap[1], title: chap[2], firstArticle: articles.length + 1 }); current = null; continue; }
    if (i === block.length - 1) { conclusions = line; continue; }
    current.lines.push(line);
  }
  const chapterYaml = chapters
    .map((c, k) => `  - number: ${c.number}\n    title: ${yamlString(c.title)}\n    articles: [${c.firstArticle}, ${(chapters[k + 1]?.firstArticle ?? articles.length + 1) - 1}]`)
    .join('\n');
  writeFileSync(`${dir}/index.md`, `---\nheading: ${yamlString(block[0])}\ntitle: ${yamlString(fullTitle)}\npreambleHeading: ${yamlString(preamble.heading)}\nchapters:\n${chapterYaml}\nconclusions: ${yamlString(conclusions)}\n---\n`);
  writeFileSync(`${dir}/preamble.md`, `---\nkind: preamble\n---\n${preamble.lines.join('\n\n')}\n`);
  for (const a of articles) {
    writeFileSync(`${dir}/art-${a.number}.md`, `---\narticle: ${a.number}\ntitle: ${yamlString(a.title)}\n---\n${a.lines.join('\n\n')}\n`);
  }
  console.log(`${locale}: ${articles.length} articles, ${chapters.length} chapters`);
}
