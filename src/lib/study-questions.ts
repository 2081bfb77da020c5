/**
 * Study questions (`/{locale}/protocol/questions/`): the questions the explanations answer, each with a short id a
 * trainer can say and type, and sets of chosen questions kept in the address only:
 * `?q=3a-1,3c-1,14.1-1&t=Workshop` (questions), `?a=3,6` (every question of articles 3 and 6; `p` for the preamble).
 * Reading a set keeps what it knows and reports the rest, as text, never throws.
 */
import { closest } from 'fastest-levenshtein';
import { parseProvisionId, type ProvisionId } from './provisions.ts';

/**
 * A question's id: its provision read short, as the short links read it, and its place in the explanation's list of
 * questions: `art_3__point_a`, second question → `3a-2`; `art_14__para_1` → `14.1-1`; `art_6__para_3__point_b` →
 * `6.3b-1`; `art_3` → `3-1`; the preamble → `p-1`. The same in every language, because every language asks as many
 * questions of each provision (the build checks it).
 */
export function questionId(provision: ProvisionId, place: number): string {
  if (provision === 'preamble') return `p-${place}`;
  const { article, paragraph, point } = parseProvisionId(provision);
  return `${article}${paragraph === undefined ? '' : `.${paragraph}`}${point ?? ''}-${place}`;
}

const QUESTION_ID = /^(?:p|(\d{1,2})(?:\.(\d{1,2}))?([a-z])?)-(\d{1,2})$/;

/** The provision and place a question id stands for, or undefined if it is not of that form. */
export function parseQuestionId(id: string): { provision: ProvisionId; place: number } | undefined {
  const match = id.match(QUESTION_ID);
  if (!match) return undefined;
  const [, article, paragraph, point, place] = match;
  const provision = article === undefined ? 'preamble' : `art_${article}${paragraph ? `__para_${paragraph}` : ''}${point ? `__point_${point}` : ''}`;
  return { provision: provision as ProvisionId, place: Number(place) };
}

/** Where a question sits: its article (`p` for the preamble), for `a=` and the page's anchors (`#art-3`, `#preamble`). */
export const articleKey = (id: string): string => id.match(/^(p|\d+)/)?.[1] ?? '';

export const MAX_CHOSEN = 60;
export const MAX_TITLE_LENGTH = 120;
/** Longer inputs are cut short where the page names them; a hostile address cannot fill the page. */
const MAX_SHOWN_INPUT = 40;
export const MAX_SHOWN_NOT_FOUND = 5;

export interface QuestionSetRequest {
  /** Whether the address chooses anything (`q` or `a`); if not, the page shows every question. */
  chosen: boolean;
  /** The questions chosen, in the order of the page (the Protocol's order). */
  ids: string[];
  title: string;
  /** What could not be used, cut short, each with the nearest real id where one is close. */
  notFound: { input: string; suggestion?: string }[];
  /** Set when more than MAX_CHOSEN were asked for: the number asked for; nothing is chosen then. */
  tooMany?: number;
}

/** A parameter given as `q=a,b` or as `q=a&q=b`. */
const listParam = (params: URLSearchParams, name: string) =>
  params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

const shown = (input: string) => {
  const flat = input.replace(/\s+/g, ' ');
  return flat.length > MAX_SHOWN_INPUT ? `${flat.slice(0, MAX_SHOWN_INPUT)}…` : flat;
};

/**
 * Reads a set from an address, given every question id of the page in its order. `q` names questions, `a` whole
 * articles; an id in any case or with spaces is read as the id; whatever is neither is reported.
 */
export function parseQuestionSet(query: URLSearchParams | string, knownIds: readonly string[]): QuestionSetRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const title = (params.get('t') ?? '').replace(/\s+/g, ' ').trim();
  const request: QuestionSetRequest = {
    chosen: params.has('q') || params.has('a'),
    ids: [],
    title: title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH)}…` : title,
    notFound: [],
  };
  const known = new Set(knownIds);
  const wanted = new Set<string>();
  const articles = new Set(knownIds.map(articleKey));
  for (const input of listParam(params, 'a')) {
    const key = input.toLowerCase() === 'preamble' ? 'p' : input.toLowerCase();
    if (articles.has(key)) {
      for (const id of knownIds) if (articleKey(id) === key) wanted.add(id);
    } else request.notFound.push({ input: `a=${shown(input)}` });
  }
  for (const input of listParam(params, 'q')) {
    const id = input.toLowerCase().replace(/\s+/g, '');
    if (known.has(id)) wanted.add(id);
    else {
      const suggestion = knownIds.length && parseQuestionId(id) !== undefined ? closest(id, knownIds as string[]) : undefined;
      request.notFound.push({ input: shown(input), ...(suggestion ? { suggestion } : {}) });
    }
  }
  if (wanted.size > MAX_CHOSEN) request.tooMany = wanted.size;
  else request.ids = knownIds.filter((id) => wanted.has(id));
  return request;
}

/** The address of a set, commas left readable: `q=3a-1,3c-1&t=Workshop`. */
export function questionSetQuery(ids: readonly string[], title = ''): string {
  const query = new URLSearchParams();
  if (ids.length) query.set('q', ids.join(','));
  if (title.trim()) query.set('t', title.trim());
  return query.toString().replace(/%2C/g, ',');
}
