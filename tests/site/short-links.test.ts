/**
 * Every provision's short link, in all five forms (/art/… and /{locale}/art/…), in both builds: the page exists,
 * sends the reader to the provision's page and #id without JavaScript, and that page has the id. Run after the builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { provisionFromShortPath, shortPath } from '../../src/lib/short-links.ts';
import { toProvisionId } from '../../src/lib/provisions.ts';

const everyId = readFileSync('tests/fixtures/protocol-ids.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(' ')).map(toProvisionId);
const locales = ['en', 'sl', 'sr', 'sr-latn'];

for (const [dir, base] of [['dist', '/'], ['dist-base-path/nexus', '/nexus/']] as const) {
  test(`every provision id has its short links in ${dir}, each leading to its provision`, () => {
    let checked = 0;
    for (const id of everyId) {
      for (const locale of [undefined, ...locales]) {
        const path = `${locale ? `${locale}/` : ''}${shortPath(id)}`;
        const file = `${dir}/${path}index.html`;
        assert.ok(existsSync(file), `${file} is missing`);
        const refresh = readFileSync(file, 'utf8').match(/http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];
        assert.ok(refresh, `${file} has no refresh`);
        const [target, fragment] = refresh.split('#');
        assert.ok(target!.startsWith(`${base}${locale ?? 'en'}/protocol/`), `${path} → ${refresh}`);
        const isArticle = /^art_\d+$/.test(id);
        assert.equal(fragment, isArticle ? undefined : id, `${path} → ${refresh}`);
        const page = readFileSync(`${dir}/${target!.slice(base.length)}index.html`, 'utf8');
        assert.ok(page.includes(`id="${id}"`), `${target} has no #${id}`);
        assert.equal(provisionFromShortPath(shortPath(id)), id);
        checked++;
      }
    }
    assert.equal(checked, everyId.length * 5);
  });
}

test('no short link for what is not a provision, and none in the sitemap (made by the build that has SITE_URL)', () => {
  for (const path of ['art/3/z/', 'art/99/', 'en/art/14/3/', 'art/6/3/e/']) assert.equal(existsSync(`dist/${path}index.html`), false, path);
  const sitemap = readFileSync('dist-base-path/nexus/sitemap-0.xml', 'utf8');
  assert.doesNotMatch(sitemap, /\/art\//);
  assert.match(sitemap, /\/en\/handout\//);
});
