/**
 * Serves both builds through Debian's nginx with deploy/nginx.conf, as a real host would: the site at the root on
 * one port, the BASE_PATH=/nexus/ build on another. The config is the deploy file itself, with its example paths
 * and port replaced; a replacement that finds nothing fails, so the file cannot drift from what is tested.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';


function replaceOrFail(text: string, from: string | RegExp, to: string): string {
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`deploy/nginx.conf no longer contains ${from}: update tests/e2e/nginx.ts`);
  return typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
}

function serverBlock(port: number, root: string, base: string): string {
  let block = readFileSync('deploy/nginx.conf', 'utf8');
  block = replaceOrFail(block, /listen 80;/, `listen 127.0.0.1:${port};`);
  block = replaceOrFail(block, 'include /var/www/nexus/_nginx-headers.conf;', `include ${join(root, base, '_nginx-headers.conf')};`);
  block = replaceOrFail(block, 'root /var/www/nexus;', `root ${root};`);
  return replaceOrFail(block, 'error_page 404 /404.html;', `error_page 404 ${base}404.html;`);
}

export async function startNginx(sites: { port: number; root: string; base: string }[]): Promise<() => void> {
  const prefix = mkdtempSync(join(tmpdir(), 'nexus-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(prefix, name)};`).join('\n  ');
  writeFileSync(join(prefix, 'nginx.conf'), `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  ${sites.map((s) => serverBlock(s.port, resolve(s.root), s.base)).join('\n')}
}`);
  const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr!.on('data', (chunk) => { errors += chunk; });
  const stop = () => { nginx.kill(); rmSync(prefix, { recursive: true, force: true }); };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) break;
    const up = await Promise.all(sites.map((s) => fetch(`http://127.0.0.1:${s.port}${s.base}en/`).then((r) => r.ok, () => false)));
    if (up.every(Boolean)) return stop;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`nginx did not start with deploy/nginx.conf: ${errors.trim()}`);
}
