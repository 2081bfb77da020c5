import { isProvisionId, parseProvisionId, type ProvisionId } from './provisions.ts';

/*
 * Short links, the provision's id read aloud: `/art/3/a/` for `art_3__point_a`. Apart from the URL builder (urls.ts,
 * which makes them whole with the base path and an edition) so that the provision tools on every article page can make
 * one without loading the whole builder.
 */

/**
 * A provision's short path, its id read aloud: `art_6__para_3__point_b` → `art/6/3/b/`, `art_3__point_a` →
 * `art/3/a/`, `art_14` → `art/14/`, `preamble` → `art/preamble/`.
 */
export function shortPath(id: ProvisionId): string {
  if (id === 'preamble') return 'art/preamble/';
  const { article, paragraph, point } = parseProvisionId(id);
  return `art/${[article, paragraph, point].filter((part) => part !== undefined).join('/')}/`;
}

const SHORT_PATH = /^\/?art\/(?:(preamble)|(\d+)(?:\/(\d+))?(?:\/([a-z]))?)\/?$/;

/** The provision id a short path stands for (the inverse of `shortPath`), or undefined if it is not of that form. */
export function provisionFromShortPath(path: string): ProvisionId | undefined {
  const match = path.match(SHORT_PATH);
  if (!match) return undefined;
  const [, preamble, article, paragraph, point] = match;
  const id = preamble ?? `art_${article}${paragraph ? `__para_${paragraph}` : ''}${point ? `__point_${point}` : ''}`;
  return isProvisionId(id) ? id : undefined;
}
