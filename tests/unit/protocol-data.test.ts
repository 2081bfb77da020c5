import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { AKN_NAMESPACE, akomaNtoso, aknLanguage, isPrintedTitle, printedTitleOf, protocolJsonSchema, standingOf, type ProtocolData, type ProtocolProvisionData } from '../../src/lib/protocol-data.ts';
import { childNamed, descendants, parseXml, type XmlNode } from '../xml-tree.ts';

const provision = (id: string, kind: ProtocolProvisionData['kind'], parent: string | null, text: string[], extra: Partial<ProtocolProvisionData> = {}): ProtocolProvisionData => ({
  id, kind, parent, text, label: id, url: `/en/x/#${id}`, shortLink: `/en/art/${id}/`, citation: `Protocol, ${id}`, ...extra,
});

/** A small Protocol: a preamble; an article with words before its points; one with paragraphs, one of them with points. */
function fixture(language = 'en'): ProtocolData {
  return {
    $schema: '/protocol.schema.json',
    locale: 'en',
    language,
    title: 'Protocol to Prevent …',
    printedTitle: 'P R O T O C O L TO PREVENT …',
    shortTitle: 'Protocol',
    instrument: { key: 'palermo-protocol', citation: 'United Nations, Protocol …, 2000.', date: '2000-11-15', language: 'en' },
    standing: language === 'en'
      ? { status: 'authentic', statement: 'Authentic & reproduced.', printedIn: { key: 'si-mptlmok', citation: 'Zakon o ratifikaciji …', date: '2004-04-21', language: 'sl' } }
      : { status: 'unofficial-translation', statement: 'Ours.', translatedFrom: 'en', officialTranslation: { key: 'rs-untoc-ratification', citation: 'Закон …', date: '2001-06-27', language: 'sr' } },
    lastChecked: '2026-11-24',
    publisher: 'Asylum–Trafficking Nexus',
    license: { name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/', covers: 'The structure & additions.' },
    url: '/en/protocol/',
    chapters: [{ number: 'I', title: 'General provisions', articles: [2, 5] }],
    conclusions: 'IN WITNESS WHEREOF …',
    provisions: [
      provision('preamble', 'preamble', null, ['The States Parties to this Protocol,', 'Have agreed as follows:'], { heading: 'Preamble' }),
      provision('art_2', 'article', null, ['The purposes of this Protocol are:'], { number: 'Article 2', heading: 'Statement of purpose', chapter: 'I' }),
      provision('art_2__point_a', 'point', 'art_2', ['To prevent <and> combat trafficking & more;'], { number: '(a)' }),
      provision('art_5', 'article', null, [], { number: 'Article 5', heading: 'Criminalization', chapter: 'I' }),
      provision('art_5__para_1', 'paragraph', 'art_5', ['Each State Party shall adopt …'], { number: '1.' }),
      provision('art_5__para_2', 'paragraph', 'art_5', ['Each State Party shall also adopt …:'], { number: '2.' }),
      provision('art_5__para_2__point_a', 'point', 'art_5__para_2', ['attempting …;'], { number: '(a)' }),
    ],
  };
}

/** The paragraphs of a provision's own words: its `<p>`s outside the provisions it holds. */
const ownWords = (node: XmlNode): string[] =>
  node.children.flatMap((child) => (child.attributes['eId'] ? [] : child.name === 'p' ? [child.text] : ownWords(child)));

test('the JSON Schema accepts a well-formed edition and rejects a provision without its citation or with a bad id', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(protocolJsonSchema);
  assert.equal(validate(fixture()), true, JSON.stringify(validate.errors));
  assert.equal(validate(fixture('sr-Cyrl')), true, JSON.stringify(validate.errors));
  const broken = fixture();
  const { citation: _dropped, ...withoutCitation } = broken.provisions[1]!;
  broken.provisions[1] = withoutCitation as ProtocolProvisionData;
  broken.provisions[2] = { ...broken.provisions[2]!, id: 'art_2__item_a' };
  assert.equal(validate(broken), false);
  assert.deepEqual(validate.errors!.map((e) => e.instancePath).sort(), ['/provisions/1', '/provisions/2/id']);
});

test('Akoma Ntoso: the AKN namespace, act with meta, preface, preamble, body and conclusions in order', () => {
  const root = parseXml(akomaNtoso(fixture()));
  assert.equal(root.uri, AKN_NAMESPACE);
  assert.equal(root.name, 'akomaNtoso');
  const act = childNamed(root, 'act')!;
  assert.deepEqual(act.children.map((c) => c.name), ['meta', 'preface', 'preamble', 'body', 'conclusions']);
  assert.ok(descendants(root).every((node) => node.uri === AKN_NAMESPACE));
});

test('Akoma Ntoso: every provision is one element whose eId is its id, nested as in the data, its words escaped and kept', () => {
  const data = fixture();
  const root = parseXml(akomaNtoso(data));
  const byId = new Map(descendants(root).filter((n) => n.attributes['eId']).map((n) => [n.attributes['eId']!, n]));
  for (const p of data.provisions) {
    const node = byId.get(p.id);
    assert.ok(node, p.id);
    assert.equal(node.name, p.kind, p.id);
    const parent = p.parent ? byId.get(p.parent)! : undefined;
    if (parent) assert.ok(parent.children.includes(node), `${p.id} is inside ${p.parent}`);
    const hasChildren = data.provisions.some((child) => child.parent === p.id);
    assert.deepEqual(ownWords(node), p.text.length || hasChildren ? p.text : [''], p.id);
  }
  assert.ok(byId.get('art_2')!.children.some((c) => c.name === 'intro'), 'words before points are the intro');
  assert.equal(childNamed(childNamed(byId.get('art_5__para_1')!, 'content')!, 'p')!.text, 'Each State Party shall adopt …');
  assert.deepEqual(byId.get('chp_I')!.children.map((c) => c.name), ['num', 'heading', 'article', 'article']);
  assert.equal(childNamed(byId.get('art_2')!, 'heading')!.text, 'Statement of purpose');
});

test('Akoma Ntoso FRBR: the language, the publication the text is printed in, and a translation said to be one', () => {
  const meta = (xml: string) => descendants(parseXml(xml)).filter((n) => n.name.startsWith('FRBR') || n.name.startsWith('TLC'));
  const english = meta(akomaNtoso(fixture()));
  assert.equal(english.find((n) => n.name === 'FRBRlanguage')!.attributes['language'], 'eng');
  assert.equal(english.find((n) => n.name === 'FRBRalias')!.attributes['value'], 'Zakon o ratifikaciji …');
  assert.equal(english.find((n) => n.name === 'TLCReference')!.attributes['showAs'], 'Zakon o ratifikaciji …');
  assert.equal(english.some((n) => n.name === 'FRBRtranslation'), false);
  const serbian = meta(akomaNtoso(fixture('sr-Cyrl')));
  assert.equal(serbian.find((n) => n.name === 'FRBRlanguage')!.attributes['language'], 'srp');
  assert.deepEqual(serbian.find((n) => n.name === 'FRBRtranslation')!.attributes, {
    href: '/akn/un/act/2000-11-15/trafficking-protocol/eng@', fromLanguage: 'eng', authoritative: 'false', by: '#nexus',
  });
  assert.equal(serbian.find((n) => n.name === 'FRBRthis')!.attributes['value'], '/akn/un/act/2000-11-15/trafficking-protocol/!main');
});

test('languages as ISO 639-2 and each language\'s standing', () => {
  assert.deepEqual(['en', 'sl', 'sr-Cyrl', 'sr-Latn'].map(aknLanguage), ['eng', 'slv', 'srp', 'srp']);
  assert.throws(() => aknLanguage('de'), /ISO 639-2/);
  assert.deepEqual(standingOf, { en: 'authentic', sl: 'official-translation', sr: 'unofficial-translation' });
});

test('Serbian in each script is the same expression, in two manifestations', () => {
  const manifestation = (language: string) => {
    const node = descendants(parseXml(akomaNtoso(fixture(language)))).find((n) => n.name === 'FRBRManifestation')!;
    return childNamed(node, 'FRBRthis')!.attributes['value'];
  };
  assert.equal(manifestation('en'), '/akn/un/act/2000-11-15/trafficking-protocol/eng@/!main.xml');
  assert.equal(manifestation('sr-Cyrl'), '/akn/un/act/2000-11-15/trafficking-protocol/srp@/!main.cyrl.xml');
  assert.equal(manifestation('sr-Latn'), '/akn/un/act/2000-11-15/trafficking-protocol/srp@/!main.latn.xml');
});

test('the title in normal case is the printed one letter for letter; the printed one keeps its letter-spacing', () => {
  assert.equal(printedTitleOf('P R O T O C O L', 'TO PREVENT, SUPPRESS'), 'P R O T O C O L TO PREVENT, SUPPRESS');
  assert.equal(isPrintedTitle('Protocol to Prevent, Suppress', 'P R O T O C O L', 'TO PREVENT, SUPPRESS'), true);
  assert.equal(isPrintedTitle('Protokol za preprečevanje trgovine z ljudmi', 'P R O T O K O L', 'ZA PREPREČEVANJE TRGOVINE Z LJUDMI'), true);
  assert.equal(isPrintedTitle('Протокол за превенцију', 'П Р О Т О К О Л', 'ЗА ПРЕВЕНЦИЈУ'), true);
  assert.equal(isPrintedTitle('Protocol to Prevent and Suppress', 'P R O T O C O L', 'TO PREVENT, SUPPRESS'), false);
  assert.equal(isPrintedTitle('Protocol', 'P R O T O C O L', 'TO PREVENT'), false);
});

test('the Akoma Ntoso preface prints the title as printed', () => {
  const preface = childNamed(childNamed(parseXml(akomaNtoso(fixture())), 'act')!, 'preface')!;
  assert.match(JSON.stringify(preface), /P R O T O C O L TO PREVENT …/);
});
