import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provisionCitation, provisionLabel } from '../../src/lib/citation.ts';
import { toProvisionId } from '../../src/lib/provisions.ts';

const id = toProvisionId;

test('English labels: art. 3(a), art. 5(2)(a), art. 14', () => {
  assert.equal(provisionLabel(id('art_3__point_a'), 'en'), 'art. 3(a)');
  assert.equal(provisionLabel(id('art_5__para_2__point_a'), 'en'), 'art. 5(2)(a)');
  assert.equal(provisionLabel(id('art_14'), 'en'), 'art. 14');
  assert.equal(provisionLabel(id('preamble'), 'en'), 'preamble');
});

test('Slovenian and Serbian labels follow their own citation style', () => {
  assert.equal(provisionLabel(id('art_3__point_a'), 'sl'), '3. člen, točka (a)');
  assert.equal(provisionLabel(id('art_5__para_2__point_c'), 'sl'), '5. člen, 2. odstavek, točka (c)');
  assert.equal(provisionLabel(id('art_3__point_a'), 'sr'), 'члан 3. тачка (а)');
  assert.equal(provisionLabel(id('art_6__para_3__point_d'), 'sr'), 'члан 6. став 3. тачка (г)');
});

test('a citation names the instrument first', () => {
  assert.equal(
    provisionCitation(id('art_3__point_a'), 'en', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons'),
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, art. 3(a)',
  );
});
