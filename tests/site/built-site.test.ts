/**
 * Gates over the built site (run after `npm run build` and `npm run build:base-path`): valid HTML by the W3C Nu
 * validator, and no broken internal link or #fragment, checked by linkinator against the site served as it would be.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import { LinkChecker } from 'linkinator';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar')); // the path of vnu.jar

test('every built page is valid HTML (W3C Nu validator, errors only)', () => {
  const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', 'dist', 'dist-base-path'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.error, undefined, `could not run java (${result.error?.message}): the W3C Nu validator needs a Java runtime; install one with \`apt-get install default-jre-headless\``);
  const { messages } = JSON.parse(result.stderr || result.stdout) as { messages: { url: string; message: string; lastLine?: number }[] };
  assert.deepEqual(messages.slice(0, 10).map((m) => `${m.url}:${m.lastLine}: ${m.message}`), []);
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
