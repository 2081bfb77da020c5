import type { Element, ElementContent, Nodes, Root, Text } from 'hast';
import type { TermMatcher } from './glossary.ts';

export interface LinkTermsOptions {
  findTerms: TermMatcher;
  href: (concept: string) => string;
  /** The concept whose own page this is: never linked to itself. */
  ownConcept?: string | undefined;
}

const NO_LINKS_INSIDE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'button', 'sup']);
const SECTION_START = /^h[1-6]$/;

const isMdxComponent = (node: { type: string }) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'children' in node;

/**
 * Links the first occurrence of each glossary concept in each section (a heading starts a new one) to its page.
 * Adds elements around the words and never changes a word, so treaty text stays verbatim.
 * Returns the concepts it linked.
 */
export function linkTerms(tree: Root | Element, options: LinkTermsOptions): Set<string> {
  const linkedAnywhere = new Set<string>();
  let linkedInSection = new Set<string>();

  const visit = (parent: Root | Element) => {
    const children: (ElementContent | Root['children'][number])[] = [];
    for (const child of parent.children) {
      if (child.type === 'element' && SECTION_START.test(child.tagName)) linkedInSection = new Set();
      if (child.type === 'text') children.push(...linkText(child));
      else {
        if (child.type === 'element' && !NO_LINKS_INSIDE.has(child.tagName) && child.properties['dataNoTerms'] === undefined) visit(child);
        // An MDX component's children (an Aside, a Quote) are prose like any other.
        else if (isMdxComponent(child)) visit(child as unknown as Element);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  };

  const linkText = (node: Text): (Text | Element)[] => {
    const out: (Text | Element)[] = [];
    let cursor = 0;
    for (const { concept, start, end } of options.findTerms(node.value)) {
      if (concept === options.ownConcept || linkedInSection.has(concept)) continue;
      linkedInSection.add(concept);
      linkedAnywhere.add(concept);
      if (start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, start) });
      out.push({
        type: 'element',
        tagName: 'a',
        properties: { href: options.href(concept), className: ['term'], dataTerm: concept },
        children: [{ type: 'text', value: node.value.slice(start, end) }],
      });
      cursor = end;
    }
    if (cursor === 0) return [node];
    if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
    return out;
  };

  visit(tree);
  return linkedAnywhere;
}

/** The plain text of a tree: what a reader reads, links or not. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
