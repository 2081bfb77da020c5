/**
 * A page's citation for reference managers (Zotero, Mendeley, EndNote, JabRef): one record, written as RIS, BibTeX
 * (biblatex) and CSL-JSON files, and as the `citation_*` meta tags Zotero and Google Scholar read from a page's head.
 */
export const citationFormats = ['ris', 'bib', 'csl.json'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** What each file is, for its link and its Content-Type. */
export const citationFormatInfo: Record<CitationFormat, { name: string; mediaType: string }> = {
  ris: { name: 'RIS', mediaType: 'application/x-research-info-systems' },
  bib: { name: 'BibTeX', mediaType: 'application/x-bibtex' },
  'csl.json': { name: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
};

export interface CitationRecord {
  /** The key of the entry in BibTeX and CSL-JSON, and the files' base name: ASCII, e.g. `trafficking-protocol-art-3-en`. */
  key: string;
  /** A provision of the Protocol, or a page of this site (a guideline summary or a practice note). */
  kind: 'treaty' | 'webpage';
  title: string;
  /** An organisation as author (the United Nations for the Protocol); the site's pages name none. */
  author?: string | undefined;
  /** Who publishes what is cited here: the site. */
  publisher: string;
  /** A page's website. */
  containerTitle?: string | undefined;
  /** The date of adoption (the Protocol) or the date the page's facts were last checked (YYYY-MM-DD). */
  date: string;
  /** BCP 47: en, sl, sr-Cyrl, sr-Latn. */
  language: string;
  /** Absolute; left out where the build has no SITE_URL to make it so (a reference manager cannot resolve a relative one). */
  url?: string | undefined;
  /** The licence the cited text is under, where it is the site's own work (CSL-JSON only: RIS and BibTeX have no field). */
  license?: string | undefined;
  note?: string | undefined;
}

const dateParts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** RIS (tagged lines; Zotero reads STAT as a statute, ELEC as a web page). */
export function toRis(record: CitationRecord): string {
  const [year, month, day] = dateParts(record.date);
  const pad = (n: number) => String(n).padStart(2, '0');
  const line = (tag: string, value: string | undefined) => (value ? [`${tag}  - ${value.replace(/\s+/g, ' ').trim()}`] : []);
  return [
    ...line('TY', record.kind === 'treaty' ? 'STAT' : 'ELEC'),
    ...line('ID', record.key),
    ...line('TI', record.title),
    ...line('AU', record.author),
    ...line('T2', record.containerTitle),
    ...line('PB', record.publisher),
    ...line('DA', `${year}/${pad(month)}/${pad(day)}/`),
    ...line('PY', String(year)),
    ...line('LA', record.language),
    ...line('UR', record.url),
    ...line('N1', record.note),
    'ER  - ',
    '',
  ].join('\r\n');
}

/** BibTeX's special characters, escaped so that the words come out as written. */
const bibtexText = (text: string) =>
  text.replace(/[\\{}&%$#_~^]/g, (c) => ({ '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`);

/** biblatex: `@legal` for a treaty (biblatex's type for treaties), `@online` for a web page. UTF-8, as biber reads it. */
export function toBibtex(record: CitationRecord): string {
  const fields: [string, string | undefined][] = [
    // Double braces keep a title's capitals and an organisation's name whole.
    ['title', `{${bibtexText(record.title)}}`],
    ['author', record.author && `{${bibtexText(record.author)}}`],
    ['organization', record.containerTitle && bibtexText(record.containerTitle)],
    ['publisher', bibtexText(record.publisher)],
    ['date', record.date],
    ['language', record.language],
    ['url', record.url],
    ['note', record.note && bibtexText(record.note)],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${record.kind === 'treaty' ? 'legal' : 'online'}{${record.key},\n${body}\n}\n`;
}

/** CSL-JSON: a list of one item, as citeproc and Zotero read it. */
export function toCslJson(record: CitationRecord): string {
  const item = {
    id: record.key,
    type: record.kind,
    title: record.title,
    ...(record.author ? { author: [{ literal: record.author }] } : {}),
    ...(record.containerTitle ? { 'container-title': record.containerTitle } : {}),
    publisher: record.publisher,
    issued: { 'date-parts': [dateParts(record.date)] },
    language: record.language,
    ...(record.url ? { URL: record.url } : {}),
    ...(record.license ? { license: record.license } : {}),
    ...(record.note ? { note: record.note } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

export const citationFile: Record<CitationFormat, (record: CitationRecord) => string> = { ris: toRis, bib: toBibtex, 'csl.json': toCslJson };

/** The Highwire Press `citation_*` tags, as name and content, for a page's head. */
export function citationMetaTags(record: CitationRecord): [name: string, content: string][] {
  return [
    ['citation_title', record.title],
    ...(record.author ? [['citation_author', record.author] as [string, string]] : []),
    ['citation_date', record.date.replaceAll('-', '/')],
    ['citation_language', record.language],
    ['citation_publisher', record.publisher],
    ...(record.url ? [['citation_public_url', record.url] as [string, string]] : []),
  ];
}
