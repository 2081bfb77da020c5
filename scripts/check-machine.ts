/**
 * The first step of `npm test`: says in one line each what the run will use from the machine, and stops at once,
 * with what to install, when something is missing (rather than failing minutes later with a stack trace).
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, missingBrowserMessage } from './browser.ts';

const problems: string[] = [];

const browser = await findBrowser();
if (browser) console.log(`Browser for the tests: ${browser.executablePath} (${browser.source}: ${browser.reason})`);
else problems.push(missingBrowserMessage());

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.status === 0) console.log(`Java for the HTML validator: ${(java.stderr || java.stdout).split('\n')[0]}`);
else problems.push('No Java found for the W3C Nu HTML validator. Install a Java runtime, version 11 or later: `apt-get install default-jre-headless` (Debian/Ubuntu), or see https://adoptium.net/.');

const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
if (xmllint.status === 0) console.log(`xmllint for the Akoma Ntoso files: ${(xmllint.stderr || xmllint.stdout).split('\n')[0]}`);
else problems.push('No xmllint found for checking the Akoma Ntoso files. Install it: `apt-get install libxml2-utils` (Debian/Ubuntu), `brew install libxml2` (macOS).');

for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
