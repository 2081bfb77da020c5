/**
 * The Protocol as data for reusers: one edition's provisions with their ids, labels, text, URLs and citations
 * (`/{locale}/protocol.json`, described by `protocolJsonSchema`), and the same as Akoma Ntoso 3.0
 * (`/{locale}/protocol.akn.xml`). src/data/protocol-data.ts fills `ProtocolData` from the one collection; everything
 * here is pure.
 */
export type ProvisionKindInData = 'preamble' | 'article' | 'paragraph' | 'point';
export type Standing = 'authentic' | 'official-translation' | 'unofficial-translation';

/** The title as printed: the letter-spaced heading and the title in capitals, "P R O T O C O L TO PREVENT, …". */
export const printedTitleOf = (heading: string, title: string): string => `${heading} ${title}`;

const letters = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toUpperCase();

/**
 * Whether a title in normal case is the printed one letter for letter, case and spacing aside: "Protocol to
 * Prevent, …" is "P R O T O C O L" "TO PREVENT, …".
 */
export const isPrintedTitle = (name: string, heading: string, title: string): boolean => letters(name) === letters(`${heading}${title}`);

/** A document the edition's text comes from or stands beside, as content/sources/ holds it. */
export interface SourceReference {
  /** Its key in content/sources/. */
  key: string;
  /** Its full reference in the edition's language. */
  citation: string;
  /** Its date of issue (YYYY-MM-DD). */
  date: string;
  /** The language it is published in (BCP 47). */
  language: string;
}

export interface ProtocolProvisionData {
  id: string;
  kind: ProvisionKindInData;
  /** The provision that holds this one; null for the preamble and the articles. */
  parent: string | null;
  /** The number as printed: "Article 3", "1.", "(a)"; the preamble has none. */
  number?: string;
  /** An article's title, the preamble's heading. */
  heading?: string;
  /** An article's chapter: "I" … "IV". */
  chapter?: string;
  /** How the language cites it: "art. 3(a)", "3. člen, točka (a)", "члан 3. тачка (а)". */
  label: string;
  /** Its own words, one string per block (a recital, the words before a list of points); points are children. */
  text: string[];
  /** Where it is read on this site. */
  url: string;
  /** Its short link in this edition. */
  shortLink: string;
  /** Its full citation in this language. */
  citation: string;
}

export interface ProtocolData {
  $schema: string;
  /** The site's edition: en, sl, sr (Cyrillic), sr-latn. */
  locale: string;
  /** BCP 47 tag of the text: en, sl, sr-Cyrl, sr-Latn. */
  language: string;
  /** The title as a reader writes it, in normal case: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, …". */
  title: string;
  /** The title as the gazette prints it, letter-spaced heading and capitals: "P R O T O C O L TO PREVENT, …". */
  printedTitle: string;
  shortTitle: string;
  /** The Protocol itself: its reference and date of adoption. */
  instrument: SourceReference;
  standing: {
    status: Standing;
    /** What this text is, in its own language, as the Protocol pages say it. */
    statement: string;
    /** The publication the text is reproduced from (English and Slovenian: the Slovenian ratification act). */
    printedIn?: SourceReference;
    /** The language this text was translated from, for a translation made for this site. */
    translatedFrom?: string;
    /** Where the official translation into this language is published, when this one is not it. */
    officialTranslation?: SourceReference;
  };
  /** The day the text was last compared with its source (YYYY-MM-DD). */
  lastChecked: string;
  /** Who publishes this file: the site's name. */
  publisher: string;
  /** The licence of the site's own work in this file, and what it covers, in the edition's language. */
  license: { name: string; url: string; covers: string };
  /** The Protocol's page on this site. */
  url: string;
  chapters: { number: string; title: string; articles: [number, number] }[];
  /** The closing formula after the last article. */
  conclusions: string;
  /** Every provision in document order: the preamble, then each article followed by its paragraphs and points. */
  provisions: ProtocolProvisionData[];
}

const nonEmpty = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const sourceReference = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'citation', 'date', 'language'],
  properties: { key: nonEmpty, citation: nonEmpty, date, language: nonEmpty },
} as const;

/** JSON Schema (2020-12) of `protocol.json`, published beside it as `/protocol.schema.json`. */
export const protocolJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'The UN Trafficking Protocol, one edition, as data',
  description:
    'Every provision of the Protocol to Prevent, Suppress and Punish Trafficking in Persons in one language: its stable id (the same in every language), how that language cites it, its text, where it is read and its short link.',
  type: 'object',
  additionalProperties: false,
  required: ['$schema', 'locale', 'language', 'title', 'printedTitle', 'shortTitle', 'instrument', 'standing', 'lastChecked', 'publisher', 'license', 'url', 'chapters', 'conclusions', 'provisions'],
  properties: {
    $schema: nonEmpty,
    locale: { enum: ['en', 'sl', 'sr', 'sr-latn'] },
    language: { enum: ['en', 'sl', 'sr-Cyrl', 'sr-Latn'] },
    title: { ...nonEmpty, description: 'The title in normal case, as a reader cites it: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, …".' },
    printedTitle: { ...nonEmpty, description: 'The title as printed in the publication the text comes from: "P R O T O C O L TO PREVENT, …".' },
    shortTitle: nonEmpty,
    instrument: sourceReference,
    standing: {
      type: 'object',
      additionalProperties: false,
      required: ['status', 'statement'],
      properties: {
        status: { enum: ['authentic', 'official-translation', 'unofficial-translation'] },
        statement: nonEmpty,
        printedIn: sourceReference,
        translatedFrom: nonEmpty,
        officialTranslation: sourceReference,
      },
    },
    lastChecked: date,
    publisher: nonEmpty,
    license: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'url', 'covers'],
      properties: { name: nonEmpty, url: { type: 'string', pattern: '^https://' }, covers: nonEmpty },
    },
    url: nonEmpty,
    chapters: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'title', 'articles'],
        properties: {
          number: nonEmpty,
          title: nonEmpty,
          articles: { type: 'array', prefixItems: [{ type: 'integer', minimum: 1 }, { type: 'integer', minimum: 1 }], minItems: 2, maxItems: 2 },
        },
      },
    },
    conclusions: nonEmpty,
    provisions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'parent', 'label', 'text', 'url', 'shortLink', 'citation'],
        properties: {
          id: { type: 'string', pattern: '^(preamble|art_\\d+(__para_\\d+)?(__point_[a-z])?)$' },
          kind: { enum: ['preamble', 'article', 'paragraph', 'point'] },
          parent: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^art_\\d+(__para_\\d+)?$' }] },
          number: nonEmpty,
          heading: nonEmpty,
          chapter: nonEmpty,
          label: nonEmpty,
          text: { type: 'array', items: nonEmpty },
          url: nonEmpty,
          shortLink: nonEmpty,
          citation: nonEmpty,
        },
      },
    },
  },
} as const;

// ——— Akoma Ntoso ———

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The work's IRI in the Akoma Ntoso naming convention: the UN's act of 15 November 2000. */
export const AKN_WORK = '/akn/un/act/2000-11-15/trafficking-protocol';

/** ISO 639-2 codes, as FRBRlanguage and expression IRIs use them. */
const iso639_2: Record<string, string> = { en: 'eng', sl: 'slv', sr: 'srp' };
export function aknLanguage(languageTag: string): string {
  const code = iso639_2[languageTag.split('-')[0]!.toLowerCase()];
  if (!code) throw new Error(`No ISO 639-2 code for "${languageTag}": add it to src/lib/protocol-data.ts.`);
  return code;
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An XML element: text children are escaped when written. */
interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: (XmlElement | string)[];
}
const element = (name: string, attributes: Record<string, string | undefined>, ...children: (XmlElement | string)[]): XmlElement => ({ name, attributes, children });
const paragraphs = (text: string[]) => text.map((block) => element('p', {}, block));

/** One element a line, two spaces an indent; an element that holds only text stays on its line. */
function serialise(node: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(node.attributes).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeXml(v!)}"`).join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (node.children.every((child) => typeof child === 'string')) return `${indent}<${node.name}${attrs}>${escapeXml(node.children.join(''))}</${node.name}>`;
  const inner = node.children.map((child) => (typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : serialise(child, depth + 1)));
  return [`${indent}<${node.name}${attrs}>`, ...inner, `${indent}</${node.name}>`].join('\n');
}

/**
 * The edition as an Akoma Ntoso 3.0 act: FRBR metadata naming the language and the publication the text comes from,
 * the title in the preface, the preamble's recitals, the chapters with their articles, paragraphs and points (each
 * `eId` the provision's id), and the closing formula. Namespace-qualified, UTF-8, one element per provision.
 */
export function akomaNtoso(data: ProtocolData): string {
  const language = aknLanguage(data.language);
  const expression = `${AKN_WORK}/${language}@`;
  // Serbian is one expression in two scripts: each file is its own manifestation (`!main.cyrl.xml`, `!main.latn.xml`).
  const script = data.language.split('-')[1]?.toLowerCase();
  const manifestation = `${expression}/!main${script ? `.${script}` : ''}`;
  const { standing } = data;
  const children = new Map<string, ProtocolProvisionData[]>();
  for (const provision of data.provisions) {
    if (provision.parent) children.set(provision.parent, [...(children.get(provision.parent) ?? []), provision]);
  }

  /** A provision and what it holds: its own words as `content` (or `intro` before its paragraphs and points). */
  const hierarchy = (provision: ProtocolProvisionData): XmlElement => {
    const tag = provision.kind === 'paragraph' ? 'paragraph' : provision.kind === 'point' ? 'point' : 'article';
    const inner = children.get(provision.id) ?? [];
    const head = [
      ...(provision.number ? [element('num', {}, provision.number)] : []),
      ...(provision.heading ? [element('heading', {}, provision.heading)] : []),
    ];
    const body = inner.length
      ? [...(provision.text.length ? [element('intro', {}, ...paragraphs(provision.text))] : []), ...inner.map(hierarchy)]
      : [element('content', {}, ...(provision.text.length ? paragraphs(provision.text) : [element('p', {})]))];
    return element(tag, { eId: provision.id }, ...head, ...body);
  };

  const preamble = data.provisions.find((p) => p.kind === 'preamble');
  const articles = data.provisions.filter((p) => p.kind === 'article');
  const chapters = data.chapters.map((chapter) =>
    element(
      'chapter',
      { eId: `chp_${chapter.number}` },
      element('num', {}, `${chapter.number}.`),
      element('heading', {}, chapter.title),
      ...articles.filter((a) => a.chapter === chapter.number).map(hierarchy),
    ),
  );

  const references = [
    element('TLCOrganization', { eId: 'un', href: '/ontology/organization/un/unitedNations', showAs: 'United Nations' }),
    ...(standing.status === 'official-translation' ? [element('TLCOrganization', { eId: 'si', href: '/ontology/organization/si/republicOfSlovenia', showAs: 'Republic of Slovenia' })] : []),
    element('TLCOrganization', { eId: 'nexus', href: '/ontology/organization/nexus/asylumTraffickingNexus', showAs: data.publisher }),
    ...(standing.printedIn ? [element('TLCReference', { eId: 'printedIn', href: `/ontology/reference/${standing.printedIn.key}`, name: 'printedIn', showAs: standing.printedIn.citation })] : []),
    ...(standing.officialTranslation ? [element('TLCReference', { eId: 'officialTranslation', href: `/ontology/reference/${standing.officialTranslation.key}`, name: 'officialTranslation', showAs: standing.officialTranslation.citation })] : []),
  ];

  const identification = element(
    'identification',
    { source: '#nexus' },
    element(
      'FRBRWork',
      {},
      element('FRBRthis', { value: `${AKN_WORK}/!main` }),
      element('FRBRuri', { value: AKN_WORK }),
      element('FRBRdate', { date: data.instrument.date, name: 'adoption' }),
      element('FRBRauthor', { href: '#un' }),
      element('FRBRcountry', { value: 'un' }),
      element('FRBRname', { value: data.shortTitle }),
    ),
    element(
      'FRBRExpression',
      {},
      element('FRBRthis', { value: `${expression}/!main` }),
      element('FRBRuri', { value: expression }),
      // Where the words come from: the publication that prints this text (a translation made here says so below).
      ...(standing.printedIn ? [element('FRBRalias', { name: 'printedIn', value: standing.printedIn.citation })] : []),
      element('FRBRdate', { date: data.instrument.date, name: 'adoption' }),
      // Who made this language's text: the UN (an authentic text), Slovenia (its official translation), or this site.
      element('FRBRauthor', { href: { authentic: '#un', 'official-translation': '#si', 'unofficial-translation': '#nexus' }[standing.status] }),
      element('FRBRlanguage', { language }),
      ...(standing.status === 'authentic'
        ? []
        : [element('FRBRtranslation', {
          href: `${AKN_WORK}/${aknLanguage(standing.translatedFrom ?? 'en')}@`,
          fromLanguage: aknLanguage(standing.translatedFrom ?? 'en'),
          authoritative: standing.status === 'unofficial-translation' ? 'false' : undefined,
          by: standing.status === 'unofficial-translation' ? '#nexus' : '#si',
        })]),
    ),
    element(
      'FRBRManifestation',
      {},
      element('FRBRthis', { value: `${manifestation}.xml` }),
      element('FRBRuri', { value: `${expression}${script ? `.${script}` : ''}.akn` }),
      element('FRBRdate', { date: data.lastChecked, name: 'lastChecked' }),
      element('FRBRauthor', { href: '#nexus' }),
    ),
  );

  const meta = element(
    'meta',
    {},
    identification,
    element('references', { source: '#nexus' }, ...references),
    element(
      'notes',
      { source: '#nexus' },
      element('note', { eId: 'standing' }, ...paragraphs([standing.statement])),
      element('note', { eId: 'license' }, ...paragraphs([`${data.license.name} (${data.license.url}): ${data.license.covers}`])),
    ),
  );

  // The text's language and script (sr-Cyrl, sr-Latn) on each part that holds text; FRBRlanguage names the language.
  const lang = { 'xml:lang': data.language };
  const act = element(
    'act',
    { name: 'protocol' },
    meta,
    element('preface', lang, element('longTitle', {}, element('p', {}, data.printedTitle))),
    ...(preamble ? [element('preamble', { eId: preamble.id, ...lang }, ...paragraphs(preamble.text))] : []),
    element('body', lang, ...chapters),
    element('conclusions', lang, ...paragraphs([data.conclusions])),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(element('akomaNtoso', { xmlns: AKN_NAMESPACE }, act))}\n`;
}

/**
 * What each language's text is: English one of the Protocol's authentic texts (art. 20(2)) and Slovenian the
 * official translation, both as printed in the Slovenian ratification act; Serbian this site's own translation from
 * the English, the official one being published elsewhere.
 */
export const standingOf = { en: 'authentic', sl: 'official-translation', sr: 'unofficial-translation' } as const satisfies Record<string, Standing>;
