import { test } from 'node:test';
import assert from 'node:assert/strict';
import { componentProblem, embeddedProvisionIds, missingEmbeds, nearest, nearestProvisionIds } from '../../src/lib/embeds.ts';

const known = {
  provisionIds: new Set(['preamble', 'art_3', 'art_3__point_a', 'art_3__point_b', 'art_14', 'art_14__para_1', 'art_14__para_2']),
  sourceKeys: new Set(['smuggling-protocol', 'unhcr-gip-7']),
};

test('a known provision, source and aside kind pass', () => {
  assert.equal(componentProblem('Provision', { id: 'art_14__para_1' }, known), undefined);
  assert.equal(componentProblem('Quote', { source: 'smuggling-protocol', pinpoint: 'art. 3(a)', translation: 'ours' }, known), undefined);
  assert.equal(componentProblem('Aside', { kind: 'caution' }, known), undefined);
  assert.equal(componentProblem('Compare', {}, known), undefined);
});

test('an unknown or malformed provision id names the nearest real ids', () => {
  assert.equal(
    componentProblem('Provision', { id: 'art_14__para_3' }, known),
    '<Provision id="art_14__para_3"> is not a provision of the Protocol: the nearest ids are "art_14__para_1", "art_14__para_2", "art_14"',
  );
  assert.match(componentProblem('Provision', { id: 'art_3_point_a' }, known)!, /nearest ids are "art_3__point_a"/);
  assert.deepEqual(nearest('art_3__pont_b', known.provisionIds, 1), ['art_3__point_b']);
  assert.deepEqual(nearestProvisionIds('art14', known.provisionIds), ['art_14', 'art_14__para_1', 'art_14__para_2']);
  assert.deepEqual(nearestProvisionIds('article-3', known.provisionIds, 1), ['art_3']);
});

test('unknown components, attributes, sources and kinds say what to use instead', () => {
  assert.match(componentProblem('Provison', { id: 'art_3' }, known)!, /^unknown component <Provison>: use one of <Provision>, <Compare>, <Quote>, <Aside>/);
  assert.match(componentProblem('blockquote', {}, known)!, /^<blockquote> is HTML, which content does not use: write Markdown, or use one of <Provision>/);
  assert.match(componentProblem('Provision', { id: 'art_3', lang: 'sl' }, known)!, /<Provision> has no attribute "lang": it takes "id"/);
  assert.equal(componentProblem('Provision', {}, known), '<Provision> needs id="…"');
  assert.match(componentProblem('Provision', { id: null }, known)!, /must be a plain string in quotes/);
  assert.match(componentProblem('Quote', { source: 'smuggling-protocl' }, known)!, /add content\/sources\/smuggling-protocl\.yaml or use one of "smuggling-protocol"/);
  assert.match(componentProblem('Quote', { source: 'smuggling-protocol', translation: 'official' }, known)!, /the only value is "ours"/);
  assert.equal(componentProblem('Aside', { kind: 'tip' }, known), '<Aside kind="tip">: kind is one of "advice", "caution", "note"');
});

test('the provisions a page source embeds, and those another language lacks', () => {
  const en = 'Text.\n\n<Provision id="art_14__para_1" />\n\n<Compare>\n<Provision id="art_3__point_a" />\n</Compare>\n<Provision id="art_14__para_1" />';
  const sl = 'Besedilo.\n\n<Provision id="art_14__para_1" />';
  assert.deepEqual(embeddedProvisionIds(en), ['art_14__para_1', 'art_3__point_a']);
  assert.deepEqual(missingEmbeds(embeddedProvisionIds(en), embeddedProvisionIds(sl)), ['art_3__point_a']);
  assert.deepEqual(missingEmbeds(embeddedProvisionIds(sl), embeddedProvisionIds(en)), []);
});
