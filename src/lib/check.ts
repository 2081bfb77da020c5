/**
 * The trafficking check's URL vocabulary (`/{locale}/check/trafficking/?act=recruitment&means=deception&…`): the
 * same names and values in every locale, and the same as the form's inputs, so that a plain GET submission and the
 * page's script write the same address. Reading an address keeps what it knows and reports the rest, never throws.
 */

/** The two checks: the elements of trafficking (art. 3), and the refugee definition as UNHCR's GIP No. 7 applies it. */
export const checkKinds = ['trafficking', 'refugee'] as const;
export type CheckKind = (typeof checkKinds)[number];

/** Each name with its values, in the order of article 3(a) and of the form. */
export const checkVocabulary = {
  act: ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'],
  means: ['threat-or-use-of-force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments'],
  purpose: [
    'prostitution-of-others',
    'sexual-exploitation',
    'forced-labour-or-services',
    'slavery',
    'practices-similar-to-slavery',
    'servitude',
    'removal-of-organs',
    'other',
  ],
  age: ['adult', 'child', 'unknown'],
  consent: ['yes'],
} as const;

export type CheckName = keyof typeof checkVocabulary;
export type CheckValue<N extends CheckName> = (typeof checkVocabulary)[N][number];
export const checkNames = Object.keys(checkVocabulary) as CheckName[];

/** The names that take several values (checkboxes); the others take one (the age radios, the consent box). */
const repeatable: readonly CheckName[] = ['act', 'means', 'purpose'];

export interface CheckChoices {
  act: CheckValue<'act'>[];
  means: CheckValue<'means'>[];
  purpose: CheckValue<'purpose'>[];
  age?: CheckValue<'age'>;
  consent: boolean;
}

export interface IgnoredParameter {
  name: string;
  value: string;
  /** Not a name of the vocabulary; not a value of its name; or a value given again, or a second age. */
  reason: 'unknown-name' | 'unknown-value' | 'repeated';
}

export interface CheckRequest {
  choices: CheckChoices;
  ignored: IgnoredParameter[];
}

const isName = (name: string): name is CheckName => Object.hasOwn(checkVocabulary, name);
const isValue = <N extends CheckName>(name: N, value: string): value is CheckValue<N> => (checkVocabulary[name] as readonly string[]).includes(value);

/** Reads a check's query: known names and values are kept in the vocabulary's order, everything else is reported. */
export function parseCheckQuery(query: URLSearchParams | string): CheckRequest {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const given: Record<CheckName, string[]> = { act: [], means: [], purpose: [], age: [], consent: [] };
  const ignored: IgnoredParameter[] = [];
  for (const [name, value] of params) {
    if (!isName(name)) ignored.push({ name, value, reason: 'unknown-name' });
    else if (!isValue(name, value)) ignored.push({ name, value, reason: 'unknown-value' });
    else if (given[name].includes(value) || (!repeatable.includes(name) && given[name].length > 0)) ignored.push({ name, value, reason: 'repeated' });
    else given[name].push(value);
  }
  const inOrder = <N extends CheckName>(name: N) => checkVocabulary[name].filter((value) => given[name].includes(value)) as CheckValue<N>[];
  const age = given.age[0] as CheckValue<'age'> | undefined;
  return {
    choices: { act: inOrder('act'), means: inOrder('means'), purpose: inOrder('purpose'), ...(age ? { age } : {}), consent: given.consent.length > 0 },
    ignored,
  };
}

/** The query for a set of choices, as the form submits it: names and values in the vocabulary's order. */
export function checkQuery(choices: CheckChoices): string {
  const params = new URLSearchParams();
  for (const name of repeatable) for (const value of checkVocabulary[name]) if ((choices[name] as readonly string[]).includes(value)) params.append(name, value);
  if (choices.age) params.append('age', choices.age);
  if (choices.consent) params.append('consent', 'yes');
  return params.toString();
}

/** Longer names and values are cut short when shown; a hostile address cannot fill the page. */
export const MAX_SHOWN_PARAMETER = 40;
export const MAX_SHOWN_IGNORED = 5;

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_SHOWN_PARAMETER ? `${flat.slice(0, MAX_SHOWN_PARAMETER)}…` : flat;
};

/**
 * What the page says it left out of an address: `name=value` for the first few, and how many more. Plain text, to be
 * set as text (never as HTML).
 */
export function describeIgnored(ignored: readonly IgnoredParameter[]): { shown: string[]; more: number } {
  const shown = [...new Set(ignored.map(({ name, value }) => (value === '' ? shorten(name) : `${shorten(name)}=${shorten(value)}`)))];
  return { shown: shown.slice(0, MAX_SHOWN_IGNORED), more: Math.max(0, shown.length - MAX_SHOWN_IGNORED) };
}

/** The three outcomes the trafficking check shows: every element there, not every element, not enough to say. */
export const checkOutcomes = ['met', 'not-met', 'incomplete'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

/**
 * The outcome art. 3 gives for a set of choices: the rules that src/styles/check.css writes as `:has()` selectors,
 * here for the scenarios' tests and the build. An act and a purpose, and a means or a child (3(a), 3(c)): met.
 * Nothing among act, means and purpose; or an act and a purpose without a means and an age that is neither adult
 * nor child (3(c), 3(d) decide): incomplete. Anything else: not met.
 */
export function checkOutcome(choices: CheckChoices): CheckOutcome {
  const act = choices.act.length > 0;
  const means = choices.means.length > 0;
  const purpose = choices.purpose.length > 0;
  if (!act && !means && !purpose) return 'incomplete';
  if (act && purpose && (means || choices.age === 'child')) return 'met';
  if (act && purpose && choices.age !== 'adult') return 'incomplete';
  return 'not-met';
}
