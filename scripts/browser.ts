/**
 * Finds the Chromium that the browser tests, the bench and Lighthouse drive. The one place that decides, in this
 * order: CHROMIUM_PATH if set; the headless shell inside the npm package @sparticuz/chromium (Linux x64 only,
 * unpacked to /tmp on first use; nothing is downloaded); Debian's /usr/bin/chromium; Playwright's downloaded browser.
 *
 * The packaged shell comes first because it ran the same browser tests 3.2–3.6 times faster than Debian's full
 * Chromium on a 2-core machine (issue 22): the full browser starts a GPU process, extensions and a profile that
 * headless tests never use. Everything the suite does (print to PDF, service workers, Lighthouse) works in both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for the one line the test run prints. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'Debian' | 'Playwright';
  /** Why this one was taken, for the same line. */
  reason: string;
}

/** What to install when nothing is found: one line, no stack trace. */
export function missingBrowserMessage(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return `CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium binary or unset it.`;
  return 'No Chromium found for the browser tests. Install one: `apt-get install chromium` (Debian/Ubuntu), ' +
    'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.';
}

/** The flags every launch uses: no sandbox (we run as root in CI) and no calls home to Google's hosts. */
export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const debianChromium = '/usr/bin/chromium';

/** True when the binary starts and says its version: a binary missing its shared libraries fails here, at once. */
export function runs(executablePath: string): boolean {
  const result = spawnSync(executablePath, ['--version', ...chromiumArgs, '--headless'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && /\d+\.\d+/.test(result.stdout);
}

/** The package's bundled headless shell, where the platform allows it. */
export async function packagedChromium(): Promise<string | undefined> {
  if (platform() !== 'linux' || arch() !== 'x64') return undefined;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch {
    return undefined; // not installed, or it could not be unpacked
  }
}

async function playwrightsChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test'); // Playwright's test runner is slow to load, and rarely needed here
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined; // this Playwright knows no browser for the platform
  }
}

export async function findBrowser(): Promise<FoundBrowser | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH', reason: 'CHROMIUM_PATH is set' } : undefined;
  const packaged = await packagedChromium();
  if (packaged && runs(packaged)) {
    return { executablePath: packaged, source: '@sparticuz/chromium', reason: 'the headless shell is the fastest to drive; set CHROMIUM_PATH to use another' };
  }
  const why = platform() === 'linux' && arch() === 'x64' ? 'the packaged headless shell did not start here' : 'the packaged headless shell is for Linux x64 only';
  if (existsSync(debianChromium)) return { executablePath: debianChromium, source: 'Debian', reason: why };
  const playwrights = await playwrightsChromium();
  if (playwrights) return { executablePath: playwrights, source: 'Playwright', reason: `${why}, and there is no /usr/bin/chromium` };
  return undefined;
}

/** Launch options for Playwright: the browser found, or the one-line message and exit. */
export async function launchOptionsOrExit(): Promise<{ executablePath: string; args: string[] }> {
  const found = await findBrowser();
  if (!found) {
    console.error(missingBrowserMessage());
    process.exit(1);
  }
  return { executablePath: found.executablePath, args: chromiumArgs };
}
