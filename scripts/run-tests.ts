/**
 * `npm test`: every stage in order, stopping at the first that fails, then the wall time of each stage. The bench
 * runs the same stages (`BENCH=suite`), so a slower stage shows as a number.
 */
import { spawnSync } from 'node:child_process';

/** The stages of the full run: a name for the table and the npm script (or command) it runs. */
export const stages: { name: string; command: string[] }[] = [
  { name: 'machine', command: ['node', 'scripts/check-machine.ts'] },
  { name: 'check', command: ['npm', 'run', '--silent', 'check'] },
  { name: 'unit', command: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint:content'] },
  { name: 'content', command: ['npm', 'run', '--silent', 'test:content'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'build under /nexus/', command: ['npm', 'run', '--silent', 'build:base-path'] },
  { name: 'site', command: ['npm', 'run', '--silent', 'test:site'] },
  { name: 'browser', command: ['npm', 'run', '--silent', 'test:e2e'] },
];

export interface StageTime {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs the stages with their output shown; stops after the first that fails. */
export function runStages(): StageTime[] {
  const times: StageTime[] = [];
  for (const stage of stages) {
    const started = performance.now();
    const result = spawnSync(stage.command[0]!, stage.command.slice(1), { stdio: 'inherit' });
    times.push({ name: stage.name, seconds: (performance.now() - started) / 1000, ok: result.status === 0 });
    if (result.status !== 0) break;
  }
  return times;
}

export function stageTable(times: StageTime[]): string {
  const total = times.reduce((sum, t) => sum + t.seconds, 0);
  const rows = times.map((t) => `| ${t.name} | ${t.seconds.toFixed(1)} | ${t.ok ? 'passed' : 'FAILED'} |`);
  return ['| stage | seconds | result |', '|---|---:|---|', ...rows, `| all | ${total.toFixed(1)} | |`].join('\n');
}

if (import.meta.main) {
  const times = runStages();
  console.log(`\n## Wall time per stage\n\n${stageTable(times)}`);
  if (times.some((t) => !t.ok)) process.exit(1);
}
