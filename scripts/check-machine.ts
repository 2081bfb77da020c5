/**
 * The first step of `npm test`: says in one line each what the run will use, whether each optional tool runs here
 * and how to get it, and stops at once, with what to do, when something required is missing (rather than failing
 * minutes later with a stack trace). Required: the browser and the XML and HTML checks, all from `npm install`.
 * Optional: Java for the W3C Nu checker and nginx (scripts/machine-tools.ts); CI makes them required.
 */
import { createRequire } from 'node:module';
import { findBrowser, missingBrowserMessage } from './browser.ts';
import { isRequired, nginx, nuChecker } from './machine-tools.ts';
import { libxml2Version } from '../tests/xmllint.ts';

const problems: string[] = [];

const browser = await findBrowser();
if (browser) console.log(`Browser for the tests: ${browser.executablePath} (${browser.source}: ${browser.reason})`);
else problems.push(missingBrowserMessage());

try {
  console.log(`XML checks of the Akoma Ntoso files: libxml2 ${await libxml2Version()} in WebAssembly (npm xmllint-wasm)`);
} catch (error) {
  problems.push(`The XML checks could not start: ${(error as Error).message}. Run \`npm install\` again.`);
}

const htmlValidate = (createRequire(import.meta.url)('html-validate/package.json') as { version: string }).version;
console.log(`HTML checks of every built page: html-validate ${htmlValidate} (npm), with the rules in .htmlvalidate.mjs`);

for (const tool of [nuChecker(), nginx()]) {
  if (!tool.missing) console.log(`Optional, runs: ${tool.name}, with ${tool.version}`);
  else if (isRequired(tool)) problems.push(`${tool.requireFlag} is set (as in CI), but the ${tool.name} cannot run: ${tool.missing}`);
  else console.log(`Optional, SKIPPED: ${tool.name}: ${tool.missing}`);
}

for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
