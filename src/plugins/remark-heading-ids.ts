import type { Heading, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast'; // adds `hProperties` to mdast node data
import { visit } from 'unist-util-visit';

/**
 * `## The causal link {#causal-link}` → a heading with the id `causal-link`. Ids are written in English once and
 * kept in every language, so a link to a section survives a language switch (rehype-slug fills in the rest).
 */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? last.value.match(/\s*\{#([a-z0-9-]+)\}\s*$/) : null;
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1]! } };
    });
  };
}
