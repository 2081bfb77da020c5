// The npm registry reachable from our machines lacks some other platforms' optional binaries (e.g.
// @astrojs/compiler-binding-darwin-arm64@0.5.1), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock file. This records them, with their platform, so npm ci skips them on Linux
// and installs them on the machines they are for. Run it after `npm install <package>`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
const platform = (name) => ({
  os: ['darwin', 'linux', 'android', 'freebsd', 'win32'].filter((os) => name.includes(os === 'win32' ? 'win' : os)),
  cpu: ['arm64', 'x64', 'ia32', 'wasm32'].filter((cpu) => name.includes(cpu)),
  libc: name.includes('musl') ? ['musl'] : name.includes('gnu') ? ['glibc'] : [],
});

let added = 0;
for (const meta of Object.values(packages)) {
  for (const [dependency, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dependency}`;
    if (packages[key]) continue;
    const file = dependency.split('/').pop();
    const { os, cpu, libc } = platform(file);
    packages[key] = {
      version,
      resolved: `https://registry.npmjs.org/${dependency}/-/${file}-${version}.tgz`,
      dev: true,
      optional: true,
      ...(os.length ? { os } : {}),
      ...(cpu.length ? { cpu } : {}),
      ...(libc.length ? { libc } : {}),
    };
    added++;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional platform package(s).`);
