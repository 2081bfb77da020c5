/**
 * HTML validation for the tests: html-validate (npm, runs on every machine) with the project's rules in
 * .htmlvalidate.mjs, and the W3C Nu checker (npm `vnu-jar`, needs Java 11 or later; see scripts/machine-tools.ts).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

export interface Finding {
  file: string;
  line: number;
  /** The html-validate rule, or "nu" for the Nu checker. */
  rule: string;
  message: string;
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line}: ${f.message} (${f.rule})`;


/**
 * html-validate reads a <template>'s content as if it were rendered; these two rules ask for accessible text that
 * only the clones get (see .htmlvalidate.mjs). Their findings inside a template are dropped, no other.
 */
const renderedOnlyRules = new Set(['text-content', 'wcag/h30']);

function templateRanges(html: string): [number, number][] {
  return [...html.matchAll(/<template\b[\s\S]*?<\/template>/g)].map((m) => [m.index, m.index + m[0].length]);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every error html-validate finds in the files, by the rules of .htmlvalidate.mjs. */
export async function htmlValidateFindings(files: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const report = await validator.validateString(html, file);
    const templates = templateRanges(html);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (renderedOnlyRules.has(m.ruleId) && templates.some(([from, to]) => m.offset >= from && m.offset < to)) continue;
        findings.push({ file, line: m.line, rule: m.ruleId, message: m.message });
      }
    }
  }
  return findings;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar')); // the path of vnu.jar

/**
 * Every error the W3C Nu checker finds in the files or folders (HTML files only), run with the given Java. Java runs
 * in its own process, so html-validate can work at the same time.
 */
export async function nuFindings(java: string, paths: string[]): Promise<Finding[]> {
  const child = spawn(java, ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; }); // the JSON report goes to stderr
  await new Promise((resolve, reject) => { child.on('close', resolve); child.on('error', (e) => reject(new Error(`could not run ${java} (${e.message})`))); });
  const { messages } = JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] };
  return messages.map((m) => ({ file: m.url.replace(/^file:/, ''), line: m.lastLine ?? 0, rule: 'nu', message: m.message }));
}
