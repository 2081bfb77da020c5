import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { linkTerms } from '../lib/glossary-links.ts';
import { languageOfFile, localeRootOf, termMatcher } from './content-index.ts';

/** Links glossary terms in guideline, note and explanation pages (the Protocol is linked by its own component, with the same function). */
export default function rehypeGlossaryLinks() {
  return (tree: Root, file: VFile) => {
    const language = languageOfFile(file.path);
    if (!language) return;
    linkTerms(tree, { findTerms: termMatcher(language), href: (concept) => `${localeRootOf(file.path)}glossary/${concept}/` });
    // Every concept the page links, automatically or by a `glossary:` link, for the term pages' "Used in".
    const linked = new Set<string>();
    visit(tree, 'element', (element) => {
      if (typeof element.properties['dataTerm'] === 'string') linked.add(element.properties['dataTerm']);
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).terms = [...linked];
  };
}
