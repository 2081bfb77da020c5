/**
 * The Protocol as data, checked on the built files (run after `npm run build` and `npm run build:base-path`):
 * protocol.json against its published JSON Schema (ajv) and against the seed and the collection; protocol.akn.xml
 * well-formed (libxml2's xmllint, in WebAssembly, and a namespace-aware parser), in the Akoma Ntoso namespace, with the required structure and
 * every provision id as an eId. The OASIS schema is not checked here: no package this project can install ships it
 * (see the README).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { HandoutTexts } from '../../src/lib/handout.ts';
import type { ProtocolData, ProtocolProvisionData } from '../../src/lib/protocol-data.ts';
import { normalise, seedLines } from '../e2e/seed.ts';
import { childNamed, descendants, parseXml, type XmlNode } from '../xml-tree.ts';
import { xmllintErrors } from '../xmllint.ts';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const locales = ['en', 'sl', 'sr', 'sr-latn'] as const;
const tags = { en: 'en', sl: 'sl', sr: 'sr-Cyrl', 'sr-latn': 'sr-Latn' } as const;
const everyId = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(' '));
const read = (path: string) => readFileSync(path, 'utf8');
const protocolJson = (dir: string, locale: string) => JSON.parse(read(`${dir}/${locale}/protocol.json`)) as ProtocolData;

test('there are 98 provision ids to publish', () => assert.equal(everyId.length, 98));

test('every protocol.json, in both builds, is valid against the JSON Schema published beside it', () => {
  for (const dir of ['dist', 'dist-base-path/nexus']) {
    const schema = JSON.parse(read(`${dir}/protocol.schema.json`)) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    for (const locale of locales) {
      const data = protocolJson(dir, locale);
      assert.equal(validate(data), true, `${dir}/${locale}/protocol.json: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      assert.equal(data.language, tags[locale]);
    }
  }
});

for (const locale of locales) {
  test(`${locale}/protocol.json has every provision id once, in order, with its parent, label, citation, page and short link`, () => {
    const data = protocolJson('dist', locale);
    assert.deepEqual(data.provisions.map((p) => p.id), everyId);
    for (const p of data.provisions) {
      const expectedParent = p.id.includes('__') ? p.id.replace(/__[a-z]+_[a-z0-9]+$/, '') : null;
      assert.equal(p.parent, expectedParent, p.id);
      assert.equal(p.kind, p.id === 'preamble' ? 'preamble' : p.id.includes('__point_') ? 'point' : p.id.includes('__para_') ? 'paragraph' : 'article', p.id);
      const page = p.id === 'preamble' ? `/${locale}/protocol/` : `/${locale}/protocol/art-${p.id.match(/^art_(\d+)/)![1]}/`;
      assert.equal(p.url, `${page}#${p.id}`);
      assert.equal(p.shortLink, `/${locale}/${p.id === 'preamble' ? 'art/preamble/' : `${p.id.replace(/^art_/, 'art/').replace(/__(para|point)_/g, '/')}/`}`);
      assert.ok(p.citation.startsWith(`${data.shortTitle}, `) && p.citation.endsWith(p.label), `${p.id}: ${p.citation}`);
    }
    if (locale === 'sr-latn') assert.doesNotMatch(JSON.stringify(data), /[\u0400-\u04FF]/);
    if (locale === 'sr') assert.match(data.provisions.find((p) => p.id === 'art_3__point_a')!.label, /^члан 3\. тачка \(а\)$/);
  });

  test(`${locale}/protocol.json has the very words of the collection (the handout's texts.json is made from it)`, () => {
    const data = protocolJson('dist', locale);
    const texts = JSON.parse(read(`dist/${locale}/handout/texts.json`)) as HandoutTexts;
    for (const p of data.provisions) assert.deepEqual(p.text, texts.provisions[p.id]!.text, p.id);
  });
}

/** An article's lines as the seed prints them: chapter heading where one starts, number, title, then each block with its number or letter. */
function printedLines(data: ProtocolData, article: number): string[] {
  const id = `art_${article}`;
  const inArticle = data.provisions.filter((p) => p.id === id || p.id.startsWith(`${id}__`));
  const head = inArticle[0]!;
  const chapter = data.chapters.find((c) => c.articles[0] === article);
  const blocks = inArticle.slice(1).flatMap((p: ProtocolProvisionData) => p.text.map((text, i) => (i === 0 ? `${p.number} ${text}` : text)));
  return [...(chapter ? [`${chapter.number}. ${chapter.title}`] : []), head.number!, head.heading!, ...head.text, ...blocks, ...(article === 20 ? [data.conclusions] : [])];
}

for (const language of ['en', 'sl'] as const) {
  test(`${language}/protocol.json is verbatim seed 003, title, preamble and articles 1–20 (only whitespace and quote glyphs may differ)`, () => {
    const data = protocolJson('dist', language);
    const preamble = data.provisions[0]!;
    for (const [article, lines] of seedLines(language)) {
      const ours = article === 0 ? [data.printedTitle, preamble.heading!, ...preamble.text] : printedLines(data, article);
      assert.equal(normalise(ours.join(' ')), normalise(lines.join(' ')), article === 0 ? 'title and preamble' : `art. ${article}`);
    }
  });
}

test('protocol.json\'s title is the Protocol\'s name as a reader writes it, in each language; printedTitle keeps the gazette\'s letter-spacing', () => {
  const names = {
    en: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    sl: 'Protokol za preprečevanje, zatiranje in kaznovanje trgovine z ljudmi, zlasti ženskami in otroki, ki dopolnjuje Konvencijo Združenih narodov proti mednarodnemu organiziranemu kriminalu',
    sr: 'Протокол за превенцију, сузбијање и кажњавање трговине људским бићима, нарочито женама и децом, који допуњује Конвенцију Уједињених нација против транснационалног организованог криминала',
    'sr-latn': 'Protokol za prevenciju, suzbijanje i kažnjavanje trgovine ljudskim bićima, naročito ženama i decom, koji dopunjuje Konvenciju Ujedinjenih nacija protiv transnacionalnog organizovanog kriminala',
  } as const;
  for (const locale of locales) {
    const data = protocolJson('dist', locale);
    assert.equal(data.title, names[locale], locale);
    assert.ok(data.title.startsWith(`${data.shortTitle}, `), `${locale}: the short title begins the full one`);
    assert.match(data.printedTitle, /^(P R O T O C O L|P R O T O K O L|П Р О Т О К О Л) /, locale);
  }
});

test('built with SITE_URL, the data files carry absolute URLs under the base path', () => {
  const data = protocolJson('dist-base-path/nexus', 'sl');
  assert.equal(data.$schema, 'https://example.org/nexus/protocol.schema.json');
  assert.equal(data.provisions.find((p) => p.id === 'art_14__para_1')!.shortLink, 'https://example.org/nexus/sl/art/14/1/');
  assert.equal(protocolJson('dist', 'sl').$schema, '/protocol.schema.json');
});

test('the standing of each edition: English authentic and Slovenian the official translation, both as printed in the Slovenian act; Serbian ours', () => {
  for (const language of ['en', 'sl'] as const) {
    const { standing } = protocolJson('dist', language);
    assert.equal(standing.status, language === 'en' ? 'authentic' : 'official-translation');
    assert.equal(standing.printedIn?.key, 'si-mptlmok');
    assert.match(standing.printedIn!.citation, /MPTLMOK/);
  }
  const { standing } = protocolJson('dist', 'sr');
  assert.equal(standing.status, 'unofficial-translation');
  assert.equal(standing.translatedFrom, 'en');
  assert.match(standing.officialTranslation!.citation, /Службени лист СРЈ – Међународни уговори, бр\. 6\/2001/);
});

// ——— Akoma Ntoso ———

const aknLanguage = { en: 'eng', sl: 'slv', sr: 'srp', 'sr-latn': 'srp' } as const;

for (const locale of locales) {
  test(`${locale}/protocol.akn.xml is well-formed XML (xmllint), in the Akoma Ntoso 3.0 namespace, with act, meta, preface, preamble, body and conclusions`, async () => {
    const file = `dist/${locale}/protocol.akn.xml`;
    assert.equal(await xmllintErrors(file, read(file)), '');
    const root = parseXml(read(file));
    assert.equal(`${root.uri} ${root.name}`, `${AKN} akomaNtoso`);
    assert.ok(descendants(root).every((n) => n.uri === AKN), 'every element is in the AKN namespace');
    const act = childNamed(root, 'act')!;
    assert.deepEqual(act.children.map((c) => c.name), ['meta', 'preface', 'preamble', 'body', 'conclusions']);
    const identification = childNamed(childNamed(act, 'meta')!, 'identification')!;
    assert.deepEqual(identification.children.map((c) => c.name), ['FRBRWork', 'FRBRExpression', 'FRBRManifestation']);
    const expression = childNamed(identification, 'FRBRExpression')!;
    assert.equal(childNamed(expression, 'FRBRlanguage')!.attributes['language'], aknLanguage[locale]);
    if (locale === 'en' || locale === 'sl') assert.match(childNamed(expression, 'FRBRalias')!.attributes['value']!, /Zakon o ratifikaciji .*\(MPTLMOK\)/);
    else assert.equal(childNamed(expression, 'FRBRtranslation')!.attributes['fromLanguage'], 'eng');
    for (const part of ['preface', 'preamble', 'body', 'conclusions']) assert.equal(childNamed(act, part)!.attributes['xml:lang'], tags[locale]);
  });

  test(`${locale}/protocol.akn.xml: each of the 98 provisions is one element, its eId the provision id, nested and worded as in protocol.json`, () => {
    const data = protocolJson('dist', locale);
    const root = parseXml(read(`dist/${locale}/protocol.akn.xml`));
    const withId = descendants(root).filter((n) => n.attributes['eId']);
    const eIds = withId.map((n) => n.attributes['eId']!);
    assert.equal(new Set(eIds).size, eIds.length, 'eIds are unique');
    const provisions = withId.filter((n) => ['preamble', 'article', 'paragraph', 'point'].includes(n.name));
    assert.deepEqual(provisions.map((n) => n.attributes['eId']), everyId);
    // Everything else with an eId: the chapters, and the organisations, references and note of the metadata.
    for (const other of withId.filter((n) => !provisions.includes(n))) assert.ok(other.name === 'chapter' ? /^chp_(I|II|III|IV)$/.test(other.attributes['eId']!) : descendants(childNamed(childNamed(root, 'act')!, 'meta')!).includes(other), other.attributes['eId']);
    const byId = new Map(provisions.map((n) => [n.attributes['eId']!, n]));
    const ownWords = (node: XmlNode): string[] => node.children.flatMap((c) => (c.attributes['eId'] ? [] : c.name === 'p' ? [c.text] : ownWords(c)));
    for (const p of data.provisions) {
      const node = byId.get(p.id)!;
      assert.equal(node.name, p.kind, p.id);
      if (p.parent) assert.ok(byId.get(p.parent)!.children.includes(node), `${p.id} inside ${p.parent}`);
      assert.deepEqual(ownWords(node), p.text, p.id);
    }
  });
}

test('a saved edition keeps its own data and citation files and no other edition\'s; the schema is kept with any', () => {
  const sw = read('dist/sw.js');
  const start = sw.indexOf('[{"bytes"');
  const manifest = JSON.parse(sw.slice(start, sw.indexOf('}]', start) + 2)) as { url: string; edition: string }[];
  const editionOf = new Map(manifest.map((e) => [e.url, e.edition]));
  for (const locale of locales) {
    const edition = locale === 'sr-latn' ? 'sr' : locale;
    for (const file of ['protocol.json', 'protocol.akn.xml', 'protocol/art-3/citation.ris', 'protocol/art-20/citation.bib', 'notes/two-tracks/citation.csl.json', 'guidelines/gip-7/citation.ris']) {
      assert.equal(editionOf.get(`${locale}/${file}`), edition, `${locale}/${file}`);
    }
  }
  assert.equal(editionOf.get('protocol.schema.json'), 'shared');
  const dataFiles = manifest.filter((e) => /(protocol\.(json|akn\.xml)|citation\.(ris|bib|csl\.json))$/.test(e.url));
  assert.equal(dataFiles.length, 4 * 2 + 4 * (20 + 12) * 3, 'two data files per locale; three citation files per article, guideline and note page');
  for (const entry of dataFiles) assert.equal(entry.edition, entry.url.startsWith('sr-latn/') ? 'sr' : entry.url.split('/')[0], entry.url);
});
