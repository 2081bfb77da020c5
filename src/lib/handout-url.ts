import type { Locale } from './locales.ts';
import type { ProvisionId } from './provisions.ts';

/**
 * A handout is a URL: `?p=art_3__point_a,art_14__para_1&l=en,sl,sr&t=Workshop&x=1` (`x=1`: with the explanations in
 * plain words). Nothing else keeps a handout.
 * Writing the query is apart from reading it (handout.ts) so article pages load no more than this.
 */
export interface Handout {
  ids: ProvisionId[];
  languages: Locale[];
  title: string;
  /** Each provision followed by its explanation in plain words. */
  explained?: boolean;
}

/** A parameter given as `p=a,b` or, from the plain form, as `p=a&p=b`. */
export const listParam = (params: URLSearchParams, name: string) =>
  params.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

/** The query of a handout, commas left readable: `p=art_3__point_a,art_14&l=en,sl&t=Workshop`. */
export function handoutQuery({ ids, languages, title, explained }: Handout): string {
  const query = new URLSearchParams();
  if (ids.length) query.set('p', ids.join(','));
  if (languages.length) query.set('l', languages.join(','));
  if (title) query.set('t', title);
  if (explained) query.set('x', '1');
  return query.toString().replace(/%2C/g, ',');
}

/**
 * The query of the handout a page's "add to handout" opens: the selection the page was opened with (its own `p`,
 * `l` and `t`, passed on as they are and checked by the handout page) with one more provision at the end.
 */
export function addToHandoutQuery(currentSearch: string, id: ProvisionId): string {
  const current = new URLSearchParams(currentSearch);
  const ids = [...listParam(current, 'p').filter((p) => p !== id), id] as ProvisionId[];
  return handoutQuery({ ids, languages: listParam(current, 'l') as Locale[], title: current.get('t') ?? '', explained: current.get('x') === '1' });
}
