import type { Root, PhrasingContent } from 'mdast';
import type {} from 'mdast-util-mdx'; // adds the MDX node types to mdast
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { citationMarkPattern, type NumberedCitation } from '../lib/citation-marks.ts';
import { displayPath, sourceKeys } from './content-index.ts';

/** A numbered citation of a page. The same source with the same pinpoint keeps its number. */
export type Citation = NumberedCitation;

const CITATION = citationMarkPattern();

/**
 * `[@unhcr-gip-7, paras 12–13]` → a numbered reference mark linking to the page's list of sources; the list itself is
 * rendered by the page from the citations recorded here. An unknown source key fails the build.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const citations: Citation[] = [];
    const cite = (source: string, pinpoint: string | undefined): Citation => {
      let citation = citations.find((c) => c.source === source && c.pinpoint === pinpoint);
      if (!citation) citations.push((citation = { number: citations.length + 1, source, ...(pinpoint ? { pinpoint } : {}) }));
      return citation;
    };
    visit(tree, (node, index, parent) => {
      // A <Quote> cites its source like a [@key, pinpoint] mark: the component shows the number (checked by remark-components).
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Quote') {
        const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
        const pinpoint = attribute('pinpoint');
        const citation = cite(String(attribute('source')), typeof pinpoint === 'string' ? pinpoint.trim() : undefined);
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'citation', value: String(citation.number) });
        return;
      }
      if (node.type !== 'text' || !parent || index === undefined || !CITATION.test(node.value)) return;
      CITATION.lastIndex = 0;
      const parts: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const [whole, source, pinpoint] = match;
        if (!sourceKeys().has(source!)) {
          throw new Error(`${displayPath(file.path)}:${node.position?.start.line ?? '?'}: unknown source key "${source}" in ${whole}: add content/sources/${source}.yaml or fix the key.`);
        }
        const citation = cite(source!, pinpoint?.trim());
        const before = node.value.slice(cursor, match.index).replace(/\s+$/, '');
        if (before) parts.push({ type: 'text', value: before });
        parts.push({
          type: 'link',
          url: `#ref-${citation.number}`,
          // Not indexed: a reference number would glue to the word before it in search excerpts ("Office1").
          data: { hName: 'a', hProperties: { className: ['cite'], dataCite: source!, dataPagefindIgnore: '' } },
          children: [{ type: 'text', value: String(citation.number) }],
        });
        cursor = match.index! + whole.length;
      }
      if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).citations = citations;
  };
}
