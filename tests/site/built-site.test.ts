/**
 * Gates over the built site (run after `npm run build` and `npm run build:base-path`): valid HTML on every page of the
 * build and on every template of the one under /nexus/, by html-validate on every machine and by the W3C Nu checker
 * wherever Java 11 or later exists (always in CI), and no broken internal link or #fragment, checked by linkinator
 * against the site served as it would be.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import { LinkChecker } from 'linkinator';
import { formatFinding, htmlValidateFindings, nuFindings } from '../html-validation.ts';
import { htmlFilesUnder } from '../built-files.ts';
import { nuChecker, skipUnlessRequired } from '../../scripts/machine-tools.ts';

const nu = nuChecker();

/**
 * The pages validated in each build: every page of dist; of the build under /nexus/, made from the same templates
 * with another base, origin and publisher, every page of one edition, five short-link pages and the root pages, which
 * hold every template with the prefix (a quarter of the pages, so the suite does not validate each page twice).
 */
const validated: Record<string, () => string[]> = {
  dist: () => htmlFilesUnder('dist'),
  'dist-base-path': () => [
    ...htmlFilesUnder('dist-base-path/nexus/en'),
    ...htmlFilesUnder('dist-base-path/nexus/art').slice(0, 5),
    'dist-base-path/nexus/index.html',
    'dist-base-path/nexus/404.html',
  ],
};

// The Nu checker (Java, its own process) and html-validate (this one) run at the same time.
describe('every built page is valid HTML', { concurrency: true }, () => {
  for (const [dir, pagesOf] of Object.entries(validated)) {
    test(`${dir}, by html-validate with the rules of .htmlvalidate.mjs`, async () => {
      const pages = pagesOf();
      assert.ok(pages.length > (dir === 'dist' ? 1000 : 250), `only ${pages.length} pages in ${dir}`);
      const findings = await htmlValidateFindings(pages);
      assert.equal(findings.length, 0, `${findings.length} errors in ${dir}, the first:\n${findings.slice(0, 20).map(formatFinding).join('\n')}`);
    });
  }

  test('both builds, by the W3C Nu checker (errors only)', { skip: skipUnlessRequired(nu) }, async () => {
    if (nu.missing) assert.fail(`${nu.requireFlag} is set, so the Nu checker must run: ${nu.missing}`);
    const findings = await nuFindings(nu.command!, Object.values(validated).flatMap((pagesOf) => pagesOf()));
    assert.deepEqual(findings.slice(0, 10).map(formatFinding), []);
  });
});

async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

for (const [dir, start] of [['dist', '/'], ['dist-base-path', '/nexus/']] as const) {
  test(`no broken internal link or #fragment in ${dir}`, async () => {
    const { server, origin } = await serve(dir);
    try {
      const result = await new LinkChecker().check({
        path: `${origin}${start}`,
        recurse: true,
        checkFragments: true,
        linksToSkip: [`^(?!${origin.replaceAll('.', '\\.')})`], // other hosts are never contacted
        concurrency: 20,
      });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} <- ${l.parent}`);
      assert.deepEqual(broken, []);
      assert.ok(result.links.length > 500, `only ${result.links.length} links were checked`);
    } finally {
      server.close();
    }
  });
}

for (const [file, base] of [['dist/_headers', '/'], ['dist-base-path/nexus/_headers', '/nexus/']] as const) {
  test(`${file} carries the site's CSP with frame-ancestors, for hosts that read it`, () => {
    const headers = readFileSync(file, 'utf8');
    const csp = headers.match(/^ {2}Content-Security-Policy: (.*)$/m)?.[1] ?? '';
    assert.match(csp, /^default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'none'$/);
    assert.match(headers, new RegExp(`^${base.replaceAll('/', '\\/')}_astro\\/\\*\\n {2}Cache-Control: public, max-age=31536000, immutable$`, 'm'));
    for (const line of headers.split('\n')) assert.ok(line.length <= 2000, 'Cloudflare Pages reads lines of up to 2,000 characters');
    assert.ok(readFileSync(file.replace('_headers', '_nginx-headers.conf'), 'utf8').includes(`add_header Content-Security-Policy "${csp}" always;`));
  });
}
