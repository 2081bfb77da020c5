/**
 * Worked scenarios for the trafficking check: made-up cases built on patterns the sources describe, each a page that
 * opens the check with its boxes ticked (`/{locale}/check/trafficking/scenario/{id}/`), so that it works without
 * JavaScript. What is ticked and the outcome it must give live here, the same in every language; each language's
 * title and one-line summary, citing where the pattern is described, live in the front matter of
 * content/checks/{lang}/trafficking.mdx (`scenarios:`), checked against this list by `scenarioTextProblems`.
 */
import { parseCheckQuery, type CheckChoices, type CheckOutcome } from './check.ts';

export interface Scenario {
  /** An English slug, the same in every language: the scenario's address. */
  id: string;
  /** What is ticked, in the check's URL vocabulary (src/lib/check.ts). */
  query: string;
  /** The outcome the check must show for it (asserted by the unit and browser tests). */
  outcome: CheckOutcome;
}

/** In the order the page lists them. */
export const scenarios = [
  // ICMPD paper, section 2: debts to smugglers may lead to exploitation, by the smuggler or by someone else.
  { id: 'debt-to-smuggler', query: 'act=transportation&act=receipt&means=abuse-of-vulnerability&purpose=forced-labour-or-services&age=adult', outcome: 'met' },
  // ICMPD paper, section 2 (after EMN 2015): smugglers hold people in the desert until relatives send more money.
  { id: 'held-for-ransom', query: 'act=transportation&act=harbouring&means=threat-or-use-of-force&purpose=other&age=adult', outcome: 'met' },
  // ICMPD paper, footnote 3 and section 3: for a child the means are not relevant; child labour in the country of refuge.
  { id: 'child-who-agreed', query: 'act=recruitment&act=transportation&purpose=forced-labour-or-services&age=child&consent=yes', outcome: 'met' },
  // ICMPD paper, section 3 (after UNHCR 2002): deceptive recruitment of women for forced prostitution.
  { id: 'stopped-before-exploitation', query: 'act=recruitment&act=transportation&means=deception&purpose=prostitution-of-others&age=adult', outcome: 'met' },
  // ICMPD paper, section 2: in essence the smuggler provides a service the migrant or refugee needs.
  { id: 'paid-to-be-smuggled', query: 'act=transportation&age=adult&consent=yes', outcome: 'not-met' },
  // ICMPD paper, section 2 (after EMN 2015): those earning money for the journey in a transit country are often exploited.
  { id: 'working-for-the-journey', query: 'act=recruitment&purpose=forced-labour-or-services&age=unknown', outcome: 'incomplete' },
  // Atina's 2025 meeting report: international protection granted in Serbia to victims of sexual and labour exploitation.
  { id: 'asylum-after-exploitation', query: 'act=recruitment&act=transportation&means=threat-or-use-of-force&purpose=sexual-exploitation&age=adult', outcome: 'met' },
] as const satisfies readonly Scenario[];

export type ScenarioId = (typeof scenarios)[number]['id'];
export const scenarioIds: readonly ScenarioId[] = scenarios.map((s) => s.id);

export const isScenarioId = (id: string): id is ScenarioId => (scenarioIds as readonly string[]).includes(id);

export function scenarioById(id: ScenarioId): Scenario {
  return scenarios.find((s) => s.id === id)!;
}

/** What a scenario ticks, read as the check reads an address. */
export const scenarioChoices = (scenario: Scenario): CheckChoices => parseCheckQuery(scenario.query).choices;

/** One language's words for a scenario, as the front matter gives them. */
export interface ScenarioText {
  id: string;
  title: string;
  /** One line: the case, and where the pattern is described, with citation marks (`[@key, pinpoint]`). */
  brief: string;
}

/**
 * What is wrong with one language's scenario texts, one sentence each with the fix: none given, an unknown id, one
 * missing or given twice, the order not that of the list, or a summary that cites nothing.
 */
export function scenarioTextProblems(file: string, texts: readonly ScenarioText[] | undefined): string[] {
  const expected = scenarioIds.join(', ');
  if (!texts?.length) return [`${file}: no \`scenarios:\` in the front matter: give each worked scenario (${expected}) its title and brief.`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    if (!isScenarioId(text.id)) problems.push(`${file}: scenario "${text.id}" is not a worked scenario: use one of ${expected} (src/lib/scenarios.ts).`);
    else if (seen.has(text.id)) problems.push(`${file}: scenario "${text.id}" is given twice: keep one.`);
    seen.add(text.id);
    if (!/\[@[a-z0-9-]+/.test(text.brief)) problems.push(`${file}: scenario "${text.id}": the brief cites nothing: say where the pattern is described, e.g. [@icmpd-mixed-migration-paper, section 2].`);
  }
  for (const id of scenarioIds) if (!seen.has(id)) problems.push(`${file}: scenario "${id}" is missing: give it a title and a brief.`);
  const known = texts.map((t) => t.id).filter(isScenarioId);
  if (!problems.length && known.join() !== scenarioIds.join()) problems.push(`${file}: list the scenarios in this order: ${expected}.`);
  return problems;
}
