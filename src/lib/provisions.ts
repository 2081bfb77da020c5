/**
 * Provisions of a treaty as data, with Akoma Ntoso style ids that are the same in every language:
 * `preamble`, `art_3`, `art_3__para_1`, `art_3__point_a`, `art_5__para_2__point_a`.
 */
export type ProvisionId = string & { readonly __provisionId: unique symbol };
export type ProvisionKind = 'article' | 'paragraph' | 'point';

export interface Provision {
  id: ProvisionId;
  kind: ProvisionKind;
  /** The number or letter in the id: '3', '1', 'a'. */
  num: string;
  /** The label as the language writes it: '1.', '(a)', '(а)'. Empty for an article. */
  label: string;
  /** Running text of this provision, one string per block. */
  text: string[];
  children: Provision[];
  /** 1-based line of the block in its source body, for error messages. */
  line: number;
}

const PARAGRAPH = /^(\d+)\.\s+(.*)$/s;
const POINT = /^\(([a-z]|[а-шђјљњћџ])\)\s+(.*)$/s;

/** Serbian letters its points а, б, в, г …; ids use a, b, c, d … by position in the alphabet. */
const CYRILLIC_POINT_ORDER = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN_POINT_ORDER = 'abcdefghijklmnopqrstuvwxyz';

export function pointLetter(label: string): string {
  const index = CYRILLIC_POINT_ORDER.indexOf(label);
  return index === -1 ? label : LATIN_POINT_ORDER[index]!;
}

const VALID_ID = /^(preamble|art_\d+(__para_\d+)?(__point_[a-z])?)$/;
export function isProvisionId(value: string): value is ProvisionId {
  return VALID_ID.test(value);
}
export function toProvisionId(value: string): ProvisionId {
  if (!isProvisionId(value)) throw new Error(`"${value}" is not a provision id (expected e.g. art_3, art_3__para_1, art_3__point_a, art_5__para_2__point_a, preamble).`);
  return value;
}

export class TreatyStructureError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Parses an article body: one block per non-empty line, `1. ` paragraphs and `(a) ` points. */
export function parseArticle(articleNumber: number, body: string): Provision {
  const article: Provision = {
    id: `art_${articleNumber}` as ProvisionId,
    kind: 'article',
    num: String(articleNumber),
    label: '',
    text: [],
    children: [],
    line: 1,
  };
  let paragraph: Provision | undefined;
  const seen = new Set<string>([article.id]);

  const add = (parent: Provision, child: Provision) => {
    if (seen.has(child.id)) throw new TreatyStructureError(`Duplicate provision id ${child.id}: its label appears twice.`, child.line);
    seen.add(child.id);
    parent.children.push(child);
  };

  body.normalize('NFC').split('\n').forEach((raw, index) => {
    const line = index + 1;
    const block = raw.trim();
    if (!block) return;
    const para = block.match(PARAGRAPH);
    const point = block.match(POINT);
    if (para) {
      paragraph = { id: `${article.id}__para_${para[1]}` as ProvisionId, kind: 'paragraph', num: para[1]!, label: `${para[1]}.`, text: [para[2]!], children: [], line };
      add(article, paragraph);
    } else if (point) {
      const parent = paragraph ?? article;
      const letter = pointLetter(point[1]!);
      add(parent, { id: `${parent.id}__point_${letter}` as ProvisionId, kind: 'point', num: letter, label: `(${point[1]})`, text: [point[2]!], children: [], line });
    } else if (article.children.length === 0) {
      article.text.push(block);
    } else {
      throw new TreatyStructureError(
        `Unlabelled text after a numbered paragraph or point: "${block.slice(0, 60)}…". Start the line with its number ("2. ") or letter ("(b) "), or join it to the block it belongs to.`,
        line,
      );
    }
  });
  return article;
}

/** Every provision in document order, the article first. */
export function flatten(provision: Provision): Provision[] {
  return [provision, ...provision.children.flatMap(flatten)];
}

/** The provision with this id inside an article (the article itself included), or undefined. */
export function findProvision(article: Provision, id: ProvisionId): Provision | undefined {
  return flatten(article).find((p) => p.id === id);
}

/** The id's structure read back: { article: 5, paragraph: 2, point: 'a' }. */
export function parseProvisionId(id: ProvisionId): { article?: number; paragraph?: number; point?: string } {
  const match = id.match(/^art_(\d+)(?:__para_(\d+))?(?:__point_([a-z]))?$/);
  if (!match) return {};
  return {
    article: Number(match[1]),
    ...(match[2] ? { paragraph: Number(match[2]) } : {}),
    ...(match[3] ? { point: match[3] } : {}),
  };
}
