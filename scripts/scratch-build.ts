/**
 * Builds a copy of the project whose content has been changed: for the bad-content tests (break one thing, expect a
 * clear failure) and the scale benchmark (add synthetic pages, time the build). The real tree is never touched.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
