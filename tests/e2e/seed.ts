import { readFileSync } from 'node:fs';

/** The Protocol's lines in seed 003, by edition and article (0 = the title lines and the preamble). */
export function seedLines(language: 'en' | 'sl'): Map<number, string[]> {
  const lines = readFileSync('tests/fixtures/seed-003-protocol.txt', 'utf8').normalize('NFC').split('\n').map((l) => l.trim());
  const slStart = lines.indexOf('P R O T O K O L');
  const block = language === 'en' ? lines.slice(lines.indexOf('P R O T O C O L'), slStart) : lines.slice(slStart, lines.findIndex((l, i) => i > slStart && l.startsWith('V POTRDITEV')) + 1);
  const heading = language === 'en' ? /^Article (\d+)$/ : /^(\d+)\. člen$/;
  const byArticle = new Map<number, string[]>([[0, []]]);
  let article = 0;
  let chapterHeading: string | undefined; // a chapter heading is shown on the page of its first article
  for (const line of block.filter(Boolean)) {
    const match = line.match(heading);
    if (/^(I|II|III|IV)\. /.test(line)) { chapterHeading = line; continue; }
    if (match) byArticle.set((article = Number(match[1])), chapterHeading ? [chapterHeading] : []);
    if (match) chapterHeading = undefined;
    byArticle.get(article)!.push(line);
  }
  return byArticle;
}

/** Only whitespace and quote glyphs may differ from the seed. */
export const normalise = (text: string) => text.replace(/[“”„»«]/g, '"').replace(/\s+/g, ' ').trim();

export function expectedIds(): Map<number, string[]> {
  const lines = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  return new Map(lines.filter((l) => l.startsWith('art_')).map((l) => [Number(l.match(/^art_(\d+)/)![1]), l.split(' ')]));
}
