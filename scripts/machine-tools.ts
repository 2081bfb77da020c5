/**
 * The two tools the tests use from the machine when it has them, and what to say when it does not. Everything else
 * (the browser, the XML and HTML checks) comes with `npm install`. Neither is needed to pass `npm test`: each says
 * in the run's first lines whether it runs and how to get it, and its tests are skipped with the same words. CI sets
 * the tool's require flag (.ci/run), and there a missing tool fails the run instead.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface OptionalTool {
  /** What runs, for the first lines of `npm test`. */
  name: string;
  /** The executable to run, when the tool runs here. */
  command?: string;
  /** Its version line, when it runs. */
  version?: string;
  /** Why it does not run here and how to get it, when it does not. */
  missing?: string;
  /** The environment variable that makes it required: set in CI, where a missing tool fails the run. */
  requireFlag: 'REQUIRE_NU' | 'REQUIRE_NGINX';
}

export const isRequired = (tool: OptionalTool) => !!process.env[tool.requireFlag];

/** For a test's skip option: why it is skipped, or false when it runs (or must fail because the tool is required). */
export const skipUnlessRequired = (tool: OptionalTool): string | false => (tool.missing && !isRequired(tool) ? tool.missing : false);

/** The first line `-version` prints and the major version in it (`1.8.0_392` is 8, `17.0.15` is 17). */
function javaVersion(command: string): { line: string; major: number } | undefined {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const line = (result.stderr || result.stdout).split('\n')[0]!.trim();
  const [, first, second] = line.match(/version "(\d+)(?:\.(\d+))?/) ?? [];
  if (!first) return undefined;
  return { line, major: first === '1' ? Number(second) : Number(first) };
}

/** The Java runtime vnu-jar's own install step may have downloaded into node_modules/.cache (never downloaded here). */
function vnuJarsJava(): string | undefined {
  try {
    const downloader = createRequire(import.meta.url)('vnu-jar/vnu-java-downloader.js') as { findCachedJava(): string | null };
    return downloader.findCachedJava() ?? undefined;
  } catch {
    return undefined;
  }
}

const getJava = '`apt-get install default-jre-headless` (Debian/Ubuntu), `brew install openjdk` (macOS), or a runtime from https://adoptium.net/';

/** The W3C Nu HTML checker: the npm package vnu-jar, run by Java 11 or later (the `java` on the PATH, else vnu-jar's). */
export function nuChecker(): OptionalTool {
  const name = 'W3C Nu HTML checker (in addition to html-validate)';
  const candidates = ['java', vnuJarsJava()].filter((c): c is string => !!c);
  let tooOld: string | undefined;
  for (const command of candidates) {
    const found = javaVersion(command);
    if (found && found.major >= 11) return { name, command, version: found.line, requireFlag: 'REQUIRE_NU' };
    if (found) tooOld ??= `${command} is Java ${found.major} (${found.line})`;
  }
  const why = tooOld ? `${tooOld}; the checker needs Java 11 or later` : 'no Java found';
  return { name, missing: `${why}. Java 11 or later runs it: ${getJava}.`, requireFlag: 'REQUIRE_NU' };
}

/** nginx, which serves the build with deploy/nginx.conf for the header tests (tests/e2e/headers.spec.ts). */
export function nginx(): OptionalTool {
  const name = 'nginx serving the build with deploy/nginx.conf (tests/e2e/headers.spec.ts)';
  const result = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    return { name, missing: 'nginx is not installed. `apt-get install nginx` (Debian/Ubuntu) runs the tests of deploy/nginx.conf.', requireFlag: 'REQUIRE_NGINX' };
  }
  return { name, command: 'nginx', version: (result.stderr || result.stdout).trim(), requireFlag: 'REQUIRE_NGINX' };
}
