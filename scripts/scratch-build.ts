/**
 * Builds a copy of the project whose content has been changed: for the bad-content tests (break one thing, expect a
 * clear failure) and the scale benchmark (add synthetic pages, time the build). The real tree is never touched. For
 * the bad content the build would catch while compiling MDX, compileScratchMdx compiles the changed copy's MDX as the
 * build does, in a second or two rather than a build's ten.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export interface ScratchBuild {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
  milliseconds: number;
  pages: number;
}

const countPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

export interface ScratchOptions {
  /** Extra environment for the build (e.g. CHROMIUM_PATH, to build as on a machine without a browser). */
  env?: Record<string, string>;
  /** Looks at the built site before the copy is removed. */
  inspect?: (distDir: string) => void;
}

/** Runs a process to its end; resolves with its exit status and what it printed (stdout, then stderr). */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout: number }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Asynchronous, so that tests given `concurrency` really build side by side (a synchronous spawn would hold the test
 * runner's only thread until the build ends).
 */
export async function buildScratchCopy(changeContent: (contentDir: string) => void, options: ScratchOptions = {}): Promise<ScratchBuild> {
  const project = mkdtempSync(join(tmpdir(), 'nexus-scratch-'));
  try {
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    for (const path of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content']) cpSync(join(root, path), join(project, path), { recursive: true });
    changeContent(join(project, 'content'));
    const started = performance.now();
    // On this very Node (the project's Node 24), whatever `node` the PATH holds.
    const result = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      env: { ...process.env, ...options.env, OUT_DIR: join(project, 'dist'), CACHE_DIR: join(project, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 900_000,
    });
    const milliseconds = performance.now() - started;
    let pages = 0;
    try { pages = countPages(join(project, 'dist')); } catch { /* the build failed before writing pages */ }
    if (result.status === 0) options.inspect?.(join(project, 'dist'));
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), milliseconds, pages };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));

/**
 * Compiles the MDX of a copy of content/ that has been changed, with the build's own steps (scripts/compile-mdx.ts,
 * run in the copy, so that the plugins read the changed content): the MDX files the change touched or, where it
 * touched anything else (a glossary entry, a source, a file added or removed), every MDX file, as the build would.
 * Stops at the first that fails, as the build does.
 */
export async function compileScratchMdx(changeContent: (contentDir: string) => void): Promise<{ status: number | null; output: string }> {
  const project = mkdtempSync(join(tmpdir(), 'nexus-scratch-mdx-'));
  try {
    const original = join(root, 'content');
    const content = join(project, 'content');
    cpSync(original, content, { recursive: true });
    changeContent(content);
    const before = filesUnder(original);
    const after = filesUnder(content);
    const changed = after.filter((file) => !existsSync(join(original, file)) || !readFileSync(join(original, file)).equals(readFileSync(join(content, file))));
    const sameFiles = before.length === after.length && after.every((file) => existsSync(join(original, file)));
    const onlyMdxText = sameFiles && changed.every((file) => file.endsWith('.mdx'));
    const files = onlyMdxText ? changed.map((file) => join('content', file)) : [];
    const result = await run(process.execPath, [join(root, 'scripts/compile-mdx.ts'), ...files], { cwd: project, env: process.env, timeout: 120_000 });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
