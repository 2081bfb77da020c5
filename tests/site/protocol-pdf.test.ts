/**
 * The Protocol's PDFs, read back from both builds (run after `npm run build` and `npm run build:base-path`) with
 * PDF.js (through unpdf): size, title and language, bookmarks, fonts, the running footer on every page, the Serbian
 * editions' statement on page 1, and the English and Slovenian text against seed 003, line for line and in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { formatDate } from '../../src/lib/citation.ts';
import { inScript } from '../../src/lib/transliterate.ts';
import type { ProtocolData } from '../../src/lib/protocol-data.ts';
import { normalise, seedLines } from '../e2e/seed.ts';

const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
type Locale = (typeof locales)[number];
const tags = { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } as const;
const builds = [
  { dir: 'dist', address: (locale: Locale) => `/${locale}/protocol/print/` },
  { dir: 'dist-base-path/nexus', address: (locale: Locale) => `https://example.org/nexus/${locale}/protocol/print/` },
];
/** The page's bottom margin (src/styles/print.css: 18 mm) in PDF points: below it is the running footer, above it the text. */
const FOOTER_TOP = (18 / 25.4) * 72;

const strings = (locale: Locale) => {
  const json = JSON.parse(readFileSync(`src/i18n/${locale === 'sr-latn' ? 'sr' : locale}.json`, 'utf8')) as Record<string, string>;
  return (key: string) => inScript(json[key]!, locale);
};
const protocolJson = (dir: string, locale: Locale) => JSON.parse(readFileSync(`${dir}/${locale}/protocol.json`, 'utf8')) as ProtocolData;
const squeeze = (text: string) => normalise(text).replace(/\s+/g, '');

interface Outline {
  title: string;
  items: Outline[];
}

/** A PDF as a reader gets it: metadata, bookmarks, and per page the text above the footer and the footer. */
async function readPdf(path: string) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
  const outline = ((await pdf.getOutline()) ?? []) as unknown as Outline[];
  const pages: { text: string; footer: string; fonts: { name: string; embedded: boolean }[] }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { items } = await page.getTextContent();
    const text: string[] = [];
    const footer: string[] = [];
    for (const item of items) {
      if (!('str' in item)) continue;
      (item.transform[5] < FOOTER_TOP ? footer : text).push(item.str, item.hasEOL ? '\n' : '');
    }
    // The fonts each page draws with, as PDF.js loads them: embedded, or missing and replaced.
    const operators = await page.getOperatorList();
    const fontIds = new Set<string>();
    operators.fnArray.forEach((fn, index) => {
      if (fn === 37 /* OPS.setFont */) fontIds.add(operators.argsArray[index][0] as string);
    });
    const fonts = [...fontIds].map((id) => {
      const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
      return { name: font.name, embedded: !font.missingFile };
    });
    pages.push({ text: text.join(''), footer: footer.join('').replace(/\s+/g, ' ').trim(), fonts });
  }
  return { info, outline, pages, bytes: statSync(path).size };
}

for (const { dir, address } of builds) {
  for (const locale of locales) {
    test(`${dir}/${locale}/protocol.pdf: under 1 MB, titled and in its language, with bookmarks, embedded fonts and the footer on every page`, async () => {
      const path = `${dir}/${locale}/protocol.pdf`;
      assert.ok(existsSync(path), `${path} is missing: was a browser found for the build?`);
      const { info, outline, pages, bytes } = await readPdf(path);
      const data = protocolJson(dir, locale);
      const t = strings(locale);
      assert.ok(bytes <= 1024 * 1024, `${path}: ${bytes} bytes`);

      // The title is the print page's <title>; the language is the edition's.
      const html = readFileSync(`${dir}/${locale}/protocol/print/index.html`, 'utf8');
      const pageTitle = html.match(/<title>([^<]*)<\/title>/)![1]!.replace(/&amp;/g, '&');
      assert.equal(info['Title'], pageTitle);
      assert.ok(pageTitle.startsWith(data.shortTitle), pageTitle);
      assert.equal(info['Language'], tags[locale]);

      // Bookmarks: the title, and under it the preamble, then each chapter with its articles, in the edition's language.
      const articles = data.provisions.filter((p) => p.kind === 'article');
      assert.deepEqual(
        outline.map((o) => o.title),
        [data.title],
      );
      const [root] = outline;
      const preamble = data.provisions.find((p) => p.kind === 'preamble')!;
      assert.deepEqual(
        root!.items.map((o) => o.title),
        [preamble.heading, ...data.chapters.map((c) => `${c.number}. ${c.title}`)],
      );
      assert.deepEqual(
        root!.items.slice(1).flatMap((chapter) => chapter.items.map((o) => o.title)),
        articles.map((a) => `${a.number} ${a.heading}`),
      );

      // Every font is in the file, and it is the one font the print page ships: the same on every machine.
      for (const [index, { fonts }] of pages.entries()) {
        assert.ok(fonts.length > 0, `page ${index + 1} draws no text`);
        for (const font of fonts) {
          assert.ok(font.embedded, `page ${index + 1}: ${font.name} is not embedded`);
          assert.match(font.name, /^[A-Z]{6}\+NotoSerif-(Regular|Bold)$/, `page ${index + 1}`);
        }
      }

      // The footer of every page: short title, the print page's address, the date the text was last checked, page n of N.
      const checked = t('print.lastChecked').replace('{date}', formatDate(new Date(`${data.lastChecked}T00:00:00Z`), locale));
      pages.forEach(({ footer }, index) => {
        const pageOf = t('print.pageOf').replace('{page}', String(index + 1)).replace('{pages}', String(pages.length));
        assert.equal(footer, `${data.shortTitle} ${address(locale)} · ${checked} ${pageOf}`, `page ${index + 1}`);
      });

      // Page 1 says what the text is; the Serbian editions that they are the site's unofficial translation, and where
      // the official one is published.
      assert.ok(squeeze(pages[0]!.text).includes(squeeze(data.standing.statement)), pages[0]!.text.slice(0, 1500));
      if (locale === 'sr' || locale === 'sr-latn') assert.match(pages[0]!.text.replace(/\s+/g, ' '), locale === 'sr' ? /незванични превод.*Службеном листу СРЈ – Међународни уговори”, бр\. 6\/2001/s : /nezvanični prevod.*Službenom listu SRJ – Međunarodni ugovori”, br\. 6\/2001/s);
    });
  }
}

for (const language of ['en', 'sl'] as const) {
  test(`the ${language} PDF holds every line of the Protocol in seed 003, verbatim and in order`, async () => {
    const { pages } = await readPdf(`dist/${language}/protocol.pdf`);
    // Only whitespace (line and page breaks) and quote glyphs may differ (tests/e2e/seed.ts).
    const text = squeeze(pages.map((p) => p.text).join('\n'));
    let from = 0;
    for (const [article, lines] of seedLines(language)) {
      for (const line of lines) {
        const at = text.indexOf(squeeze(line), from);
        assert.ok(at >= 0, `${article === 0 ? 'title and preamble' : `art. ${article}`}: not found after what came before: ${line}`);
        from = at + squeeze(line).length;
      }
    }
  });
}

test('links in the PDF go to the public site when the build has one, and nowhere on the machine that printed it', async () => {
  for (const { dir, origin } of [{ dir: 'dist', origin: undefined }, { dir: 'dist-base-path/nexus', origin: 'https://example.org/nexus/' }]) {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(`${dir}/en/protocol.pdf`)));
    const links: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      for (const annotation of (await (await pdf.getPage(number)).getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[]) {
        if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url);
      }
    }
    if (origin) {
      assert.ok(links.some((url) => url.startsWith(`${origin}en/glossary/`)), `no glossary link in ${dir}`);
      for (const url of links) assert.ok(url.startsWith(origin), url);
    } else assert.deepEqual(links, []);
  }
});
