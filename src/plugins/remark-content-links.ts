import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { parseProvisionId, type ProvisionId } from '../lib/provisions.ts';
import { conceptIds, displayPath, localeRootOf, pageSlugs, provisionIds } from './content-index.ts';

type Resolved = { href: string; provision?: ProvisionId; concept?: string } | { error: string };

function resolve(url: string, root: string): Resolved | undefined {
  const [, scheme, target, fragment] = url.match(/^(protocol|glossary|notes|guidelines):([^#]*)(?:#(.*))?$/) ?? [];
  if (!scheme) return undefined;
  switch (scheme) {
    case 'protocol': {
      if (!provisionIds().has(target!)) return { error: `unknown provision "${target}": use an id such as art_3, art_14__para_1 or art_3__point_a` };
      const { article } = parseProvisionId(target as ProvisionId);
      const page = article === undefined ? 'protocol/' : `protocol/art-${article}/`;
      return { href: `${root}${page}${target === `art_${article}` ? '' : `#${target}`}`, provision: target as ProvisionId };
    }
    case 'glossary':
      if (!conceptIds().has(target!)) return { error: `unknown glossary concept "${target}": add content/glossary/${target}.yaml or fix the id` };
      return { href: `${root}glossary/${target}/`, concept: target! };
    default: {
      const section = scheme as 'notes' | 'guidelines';
      if (!pageSlugs(section).has(target!)) return { error: `unknown page "${scheme}:${target}": there is no content/${section}/en/${target}.mdx` };
      return { href: `${root}${section}/${target}/${fragment ? `#${fragment}` : ''}` };
    }
  }
}

/**
 * Turns `protocol:`, `glossary:`, `notes:` and `guidelines:` links into the site's relative URLs, fails the build on
 * a target that does not exist, and records the provisions a page links (for "Relevant provisions" and "Discussed in").
 */
export default function remarkContentLinks() {
  return (tree: Root, file: VFile) => {
    const provisions: ProvisionId[] = [];
    visit(tree, 'link', (link: Link) => {
      const resolved = resolve(link.url, localeRootOf(file.path));
      if (!resolved) return;
      if ('error' in resolved) {
        throw new Error(`${displayPath(file.path)}:${link.position?.start.line ?? '?'}: ${resolved.error}.`);
      }
      link.url = resolved.href;
      if (resolved.provision && !provisions.includes(resolved.provision)) provisions.push(resolved.provision);
      if (resolved.concept) link.data = { hProperties: { className: ['term'], dataTerm: resolved.concept } };
    });
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).provisions = provisions;
  };
}
