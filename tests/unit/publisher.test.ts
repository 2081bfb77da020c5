import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportBody, reportChannel, reportHref } from '../../src/lib/publisher.ts';

test('REPORT_TO is an e-mail address (with or without mailto:) or an http(s) URL; anything else fails, saying what to write', () => {
  assert.deepEqual(reportChannel('editors@example.org'), { kind: 'email', address: 'editors@example.org' });
  assert.deepEqual(reportChannel(' mailto:editors@example.org '), { kind: 'email', address: 'editors@example.org' });
  assert.deepEqual(reportChannel('https://example.org/issues/new'), { kind: 'web', url: 'https://example.org/issues/new' });
  assert.throws(() => reportChannel('the editors'), /REPORT_TO="the editors" is neither an e-mail address nor an http\(s\) URL/);
  assert.throws(() => reportChannel('ftp://example.org/'), /neither an e-mail address/);
});

test('a report carries the page address, and the provision when it is reported from one', () => {
  assert.equal(reportBody({ subject: 'S', pageUrl: 'https://example.org/en/protocol/art-3/' }), 'https://example.org/en/protocol/art-3/\n\n');
  assert.equal(
    reportBody({ subject: 'S', pageUrl: 'https://example.org/en/protocol/art-3/', provisionId: 'art_3__point_a' }),
    'https://example.org/en/protocol/art-3/#art_3__point_a\nart_3__point_a\n\n',
  );
});

test('by e-mail: a mailto link whose subject and body are encoded, so no character of a title can break it', () => {
  const href = reportHref(reportChannel('editors@example.org'), { subject: 'Nexus: Article 3 & “terms”?', pageUrl: 'https://example.org/en/protocol/art-3/' });
  assert.ok(href.startsWith('mailto:editors@example.org?subject='));
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  assert.equal(query.get('subject'), 'Nexus: Article 3 & “terms”?');
  assert.equal(query.get('body'), 'https://example.org/en/protocol/art-3/\n\n');
});

test('to a form or tracker: its own query kept, title and body added', () => {
  const href = reportHref(reportChannel('https://example.org/issues/new?labels=content'), { subject: 'Član 3', pageUrl: '/sr/protocol/art-3/', provisionId: 'art_3' });
  const url = new URL(href);
  assert.equal(url.origin + url.pathname, 'https://example.org/issues/new');
  assert.equal(url.searchParams.get('labels'), 'content');
  assert.equal(url.searchParams.get('title'), 'Član 3');
  assert.equal(url.searchParams.get('body'), '/sr/protocol/art-3/#art_3\nart_3\n\n');
});
