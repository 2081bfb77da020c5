import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScratchCopy } from '../scratch-build.ts';
import { table } from './serve.ts';

/** A synthetic English note: glossary terms to link, a provision link, a citation and an embedded article, like the real ones. */
const syntheticNote = (n: number) => `---
title: "Synthetic note ${n}"
brief: "A generated page for measuring the build, not content."
order: ${1000 + n}
sources: [icmpd-mixed-migration-paper]
review:
  status: unreviewed
  lastChecked: 2026-11-24
---

## Section {#section}

A victim of trafficking may be a refugee where persecution is feared; exploitation and debt bondage are common
on the route [@icmpd-mixed-migration-paper, section ${n % 5}]. See [art. ${(n % 20) + 1}](protocol:art_${(n % 20) + 1}).

<Provision id="art_${(n % 20) + 1}" />
`;

/** Builds the real content plus enough synthetic notes for about `extraPages` more pages (each note makes four). */
export async function scaleRuns(targets = [1000, 5000]): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const extraPages of [0, ...targets]) {
    const build = await buildScratchCopy((content) => {
      for (let n = 0; n < extraPages / 4; n++) writeFileSync(join(content, 'notes/en', `synthetic-${n}.mdx`), syntheticNote(n));
    });
    if (build.status !== 0) throw new Error(`scale build (+${extraPages}) failed:\n${build.output.slice(-2000)}`);
    const seconds = build.milliseconds / 1000;
    rows.push([`real content + ${extraPages}`, build.pages, Math.round(seconds * 10) / 10, Math.round(build.pages / seconds)]);
  }
  return table(['build', 'HTML pages', 'seconds', 'pages per second'], rows);
}
