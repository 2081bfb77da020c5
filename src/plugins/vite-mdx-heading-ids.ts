import type { Plugin } from 'vite';
import { escapeHeadingIds } from '../lib/heading-ids.ts';

/** Lets guideline, note and check pages keep `## Title {#id}` in MDX: runs before the MDX compiler sees the file. */
export default function viteMdxHeadingIds(): Plugin {
  return {
    name: 'nexus:mdx-heading-ids',
    enforce: 'pre',
    transform: {
      filter: { id: /\/content\/(guidelines|notes|checks|pages)\/[^?]*\.mdx$/ },
      handler: (code) => ({ code: escapeHeadingIds(code), map: null }),
    },
  };
}
