import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOutcome, checkQuery, parseCheckQuery } from '../../src/lib/check.ts';
import { scenarioChoices, scenarioIds, scenarios, scenarioTextProblems, type ScenarioText } from '../../src/lib/scenarios.ts';

test('five to eight scenarios, each id an address slug given once', () => {
  assert.ok(scenarios.length >= 5 && scenarios.length <= 8, `${scenarios.length} scenarios`);
  assert.equal(new Set(scenarioIds).size, scenarioIds.length);
  for (const id of scenarioIds) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
});

test('each scenario ticks only what the check knows, written as the form writes it, and gives the outcome it says', () => {
  for (const scenario of scenarios) {
    const { ignored, choices } = parseCheckQuery(scenario.query);
    assert.deepEqual(ignored, [], scenario.id);
    assert.equal(checkQuery(choices), scenario.query, `${scenario.id}: write the query in the vocabulary's order`);
    assert.equal(checkOutcome(scenarioChoices(scenario)), scenario.outcome, scenario.id);
  }
});

test('the scenarios teach every outcome', () => {
  assert.deepEqual(new Set(scenarios.map((s) => s.outcome)), new Set(['met', 'not-met', 'incomplete']));
});

const texts = (ids: readonly string[], brief = 'A case [@icmpd-mixed-migration-paper, section 2].'): ScenarioText[] => ids.map((id) => ({ id, title: id, brief }));

test('a language gives every scenario, once, in order, each citing where its pattern is described', () => {
  const file = 'content/checks/sl/trafficking.mdx';
  assert.deepEqual(scenarioTextProblems(file, texts(scenarioIds)), []);
  assert.match(scenarioTextProblems(file, undefined)[0]!, /no `scenarios:` in the front matter/);
  assert.deepEqual(scenarioTextProblems(file, texts(scenarioIds.slice(1))), [`${file}: scenario "${scenarioIds[0]}" is missing: give it a title and a brief.`]);
  assert.match(scenarioTextProblems(file, texts([...scenarioIds, 'made-up']))[0]!, /"made-up" is not a worked scenario/);
  assert.match(scenarioTextProblems(file, texts([...scenarioIds, scenarioIds[0]!]))[0]!, /is given twice/);
  assert.match(scenarioTextProblems(file, texts([...scenarioIds].reverse()))[0]!, /list the scenarios in this order/);
  assert.match(scenarioTextProblems(file, texts(scenarioIds, 'No source.'))[0]!, /the brief cites nothing/);
});
