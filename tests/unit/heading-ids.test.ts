import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '@mdx-js/mdx';
import { escapeHeadingIds } from '../../src/lib/heading-ids.ts';

test('heading ids are escaped so MDX reads them as text, and nothing else changes', () => {
  const source = '## The causal link {#causal-link}\n\nA {#not-a-heading} stays.\n\n### Already \\{#escaped}\n';
  assert.equal(escapeHeadingIds(source), '## The causal link \\{#causal-link}\n\nA {#not-a-heading} stays.\n\n### Already \\{#escaped}\n');
  assert.equal(escapeHeadingIds(source).split('\n').length, source.split('\n').length);
});

test('MDX fails on an unescaped heading id and compiles the escaped one with the id text intact', async () => {
  await assert.rejects(compile('## Title {#title}\n'), /Could not parse expression/);
  const compiled = String(await compile(escapeHeadingIds('## Title {#title}\n')));
  assert.match(compiled, /Title \{#title\}/);
});
