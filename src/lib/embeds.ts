/**
 * The components an author may use in a guideline or note, and the checks that fail the build with the file, the
 * line and what to fix. Pure: the plugin that calls it passes the known provision ids and source keys.
 */

export const asideKinds = ['advice', 'caution', 'note'] as const;
export type AsideKind = (typeof asideKinds)[number];

/** Each component with the attributes it takes; `required` ones must be present. */
const components = {
  Provision: { required: ['id'], optional: [] },
  Compare: { required: [], optional: [] },
  Quote: { required: ['source'], optional: ['pinpoint', 'translation'] },
  Aside: { required: ['kind'], optional: [] },
  Explanation: { required: ['of'], optional: [] },
  Questions: { required: [], optional: [] },
  SearchedAs: { required: [], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type ComponentName = keyof typeof components;
export const componentNames = Object.keys(components) as ComponentName[];

/** The collections whose files take components, and which components each takes. */
export type ComponentSection = 'guidelines' | 'notes' | 'explanations' | 'checks';
const explanationOnly: readonly ComponentName[] = ['Explanation', 'Questions', 'SearchedAs'];
export const componentsOf = (section: ComponentSection): ComponentName[] =>
  section === 'explanations' ? componentNames : componentNames.filter((n) => !explanationOnly.includes(n));

export interface KnownContent {
  provisionIds: ReadonlySet<string>;
  sourceKeys: ReadonlySet<string>;
}

/** Levenshtein distance: small enough for ids of a few dozen characters. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The real values closest to a wrong one, closest first (ties in the order given), for "did you mean". */
export function nearest(wrong: string, real: Iterable<string>, count = 3): string[] {
  return [...real]
    .map((value, index) => ({ value, index, d: distance(wrong, value) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, count)
    .map((c) => c.value);
}

const articleOf = (id: string) => id.match(/^art_?(\d+)/)?.[1];

/** Nearest provision ids, those of the same article first: `art_14__para_3` suggests art. 14's paragraphs, not art. 3's. */
export function nearestProvisionIds(wrong: string, real: Iterable<string>, count = 3): string[] {
  const article = articleOf(wrong);
  const all = [...real];
  const sameArticle = article === undefined ? [] : all.filter((id) => articleOf(id) === article);
  return [...nearest(wrong, sameArticle, count), ...nearest(wrong, all.filter((id) => !sameArticle.includes(id)), count)].slice(0, count);
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * What is wrong with one use of a component, as a sentence that says what to fix; undefined when it is right.
 * `attributes` holds the literal string attributes; an attribute written as an expression is passed as `null`.
 */
export function componentProblem(name: string, attributes: Record<string, string | null>, known: KnownContent, section: ComponentSection = 'notes'): string | undefined {
  const available = componentsOf(section);
  const names = available.map((n) => `<${n}>`).join(', ');
  if (name[0] === name[0]?.toLowerCase()) return `<${name}> is HTML, which content does not use: write Markdown, or use one of ${names} (see content/README.md)`;
  if (!(name in components)) return `unknown component <${name}>: use one of ${names} (see content/README.md)`;
  if (!available.includes(name as ComponentName)) return `<${name}> is only for explanations (content/explanations/); on this page use one of ${names}`;
  const spec = components[name as ComponentName];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  for (const attribute of Object.keys(attributes)) {
    if (!allowed.includes(attribute)) return `<${name}> has no attribute "${attribute}"${allowed.length ? `: it takes ${list(allowed)}` : ''}`;
    if (attributes[attribute] === null) return `<${name} ${attribute}> must be a plain string in quotes, e.g. ${attribute}="…"`;
  }
  for (const attribute of spec.required) if (!(attribute in attributes)) return `<${name}> needs ${attribute}="…"`;
  const value = (attribute: string) => attributes[attribute] ?? '';
  switch (name as ComponentName) {
    case 'Provision': {
      const id = value('id');
      if (known.provisionIds.has(id)) return undefined;
      return `<Provision id="${id}"> is not a provision of the Protocol: the nearest ids are ${list(nearestProvisionIds(id, known.provisionIds))}`;
    }
    case 'Quote': {
      const source = value('source');
      if (!known.sourceKeys.has(source)) return `<Quote source="${source}"> is not a known source: add content/sources/${source}.yaml or use one of ${list(nearest(source, known.sourceKeys))}`;
      if ('translation' in attributes && value('translation') !== 'ours') return `<Quote translation="${value('translation')}">: the only value is "ours" (the wording is the site's own translation)`;
      return undefined;
    }
    case 'Aside': {
      const kind = value('kind');
      return (asideKinds as readonly string[]).includes(kind) ? undefined : `<Aside kind="${kind}">: kind is one of ${list(asideKinds)}`;
    }
    case 'Explanation': {
      const ids = value('of').trim().split(/\s+/).filter(Boolean);
      if (!ids.length) return '<Explanation of=""> names no provision: write of="art_3__point_a", or several ids separated by spaces';
      const unknown = ids.find((id) => !known.provisionIds.has(id));
      return unknown ? `<Explanation of="${value('of')}">: "${unknown}" is not a provision of the Protocol: the nearest ids are ${list(nearestProvisionIds(unknown, known.provisionIds))}` : undefined;
    }
    case 'Compare':
    case 'Questions':
    case 'SearchedAs':
      return undefined;
  }
}

const EMBED = /<Provision\s+id="([^"]*)"/g;

/** The provisions a page's source embeds, in order, without repeats: for comparing a page's languages. */
export function embeddedProvisionIds(source: string): string[] {
  return [...new Set([...source.matchAll(EMBED)].map((m) => m[1]!))];
}

/** Provisions one language of a page embeds and another does not. */
export function missingEmbeds(here: readonly string[], there: readonly string[]): string[] {
  return here.filter((id) => !there.includes(id));
}

const PROVISION_WORD = /^(člen|odstav|točk|члан|став|тачк|article|paragraph)/i;

/**
 * A paragraph that starts "3. člen …" is read by Markdown as a numbered list from 3: the words after the number
 * say whether that was meant. Returns the fix, or undefined for a real list ("1. was trafficked abroad …").
 */
export function misreadListProblem(start: number, firstText: string): string | undefined {
  if (!PROVISION_WORD.test(firstText.trimStart())) return undefined;
  return `"${start}. ${firstText.trim().split(/\s+/).slice(0, 2).join(' ')} …" is read as a numbered list; write "${start}\\. ${firstText.trim().split(/\s+/)[0]}" to keep it a sentence`;
}
