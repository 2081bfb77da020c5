/**
 * The checks that run over whole collections: the Protocol in every language (src/data/protocol.ts), the sources'
 * `via` (sources.ts), the glossary (glossary.ts) and the explanations (explanations.ts). Run together once per build,
 * before any page is made (the getStaticPaths helpers that read content wait for them, src/data/paths.ts): content
 * with problems in several of them fails the build once, listing them all, so that an editor fixes them in one go,
 * and in seconds rather than after hundreds of pages.
 */
import { checkedExplanations } from './explanations.ts';
import { getConcepts } from './glossary.ts';
import { getProtocol } from './protocol.ts';
import { getSources } from './sources.ts';

let checked: Promise<void> | undefined;

export function checkContent(): Promise<void> {
  checked ??= (async () => {
    const results = await Promise.allSettled([getProtocol(), getSources(), getConcepts(), checkedExplanations()]);
    // A check that needs another's data fails with that one's error, shown once: the glossary and the explanations
    // are checked against the English original's ids, so only a problem in the original hides theirs.
    const errors = [...new Set(results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])))];
    if (errors.length === 1) throw errors[0];
    if (errors.length) throw new Error(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n\n'));
  })();
  return checked;
}
