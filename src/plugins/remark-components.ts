import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdx'; // adds the MDX node types to mdast
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { componentProblem, embeddedProvisionIds, misreadListProblem, missingEmbeds, type ComponentSection } from '../lib/embeds.ts';
import { contentLanguages } from '../lib/locales.ts';
import type { ProvisionId } from '../lib/provisions.ts';
import { CONTENT_DIR, displayPath, languageOfFile, provisionIds, sourceKeys } from './content-index.ts';

type Component = MdxJsxFlowElement | MdxJsxTextElement;

/** `id="art_3"` → `{ id: 'art_3' }`; an attribute written as code (`id={x}`) becomes null; a `{...spread}` fails. */
function attributesOf(node: Component, at: string): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') throw new Error(`${at}: <${node.name}> cannot take {…} attributes; write each attribute as name="value".`);
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : null;
  }
  return attributes;
}

/** `<Compare>` holds two or more provisions or quotations, and nothing else but blank lines. */
function compareProblem(node: Component): string | undefined {
  const parts = node.children.filter((c) => c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement');
  if (parts.length !== node.children.length || parts.length < 2 || parts.some((c) => c.name !== 'Provision' && c.name !== 'Quote')) {
    return '<Compare> holds two or more <Provision id="…" /> or <Quote …>…</Quote>, one per line, and nothing else';
  }
  return undefined;
}

/**
 * Checks every component in a guideline or note (name, attributes, provision ids, source keys) and fails the build at
 * the file and line, with the fix. Plain JavaScript is not part of the content format: imports, exports and `{…}`
 * expressions fail too. Records the embedded provisions, which count as discussed like linked ones, and warns when
 * another language of the same page does not embed a provision this one does.
 */
export default function remarkComponents() {
  return (tree: Root, file: VFile) => {
    const language = languageOfFile(file.path);
    const section = displayPath(file.path).match(/^content\/(guidelines|notes|explanations|checks)\//)?.[1] as ComponentSection | undefined;
    if (!language || !section) return;
    const at = (node: { position?: { start: { line: number } } | undefined }) => `${displayPath(file.path)}:${node.position?.start.line ?? '?'}`;
    const known = { provisionIds: provisionIds(), sourceKeys: sourceKeys() };
    const embeds: ProvisionId[] = [];
    visit(tree, (node) => {
      switch (node.type) {
        case 'list': {
          const first = node.children[0]?.children[0];
          const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
          const problem = node.ordered ? misreadListProblem(node.start ?? 1, text) : undefined;
          if (problem) throw new Error(`${at(node)}: ${problem}.`);
          break;
        }
        case 'mdxjsEsm':
          throw new Error(`${at(node)}: import and export are not used in content: <Provision>, <Compare>, <Quote> and <Aside> are available on every page.`);
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          throw new Error(`${at(node)}: "{${node.value}}" is read as code; write \\{ for a literal brace, or {#id} only at the end of a heading.`);
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          if (!node.name) throw new Error(`${at(node)}: an empty tag <> is not a component; use <Provision>, <Compare>, <Quote> or <Aside>.`);
          if (node.type === 'mdxJsxTextElement' && node.name[0] !== node.name[0]!.toLowerCase()) {
            throw new Error(`${at(node)}: <${node.name}> stands on its own lines, with a blank line before and after, not inside a sentence.`);
          }
          const attributes = attributesOf(node, at(node));
          const problem = componentProblem(node.name, attributes, known, section) ?? (node.name === 'Compare' ? compareProblem(node) : undefined);
          if (problem) throw new Error(`${at(node)}: ${problem}.`);
          if (node.name === 'Provision') {
            const id = attributes['id'] as ProvisionId;
            if (!embeds.includes(id)) embeds.push(id);
          }
        }
      }
    });
    if (section !== 'explanations') warnAboutOtherLanguages(file.path, language, embeds);
    const frontmatter = (((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {}).frontmatter ??= {});
    const provisions = (frontmatter['provisions'] ??= []) as ProvisionId[];
    for (const id of embeds) if (!provisions.includes(id)) provisions.push(id);
  };
}

/** A translation should quote what its original quotes; a warning, since wording may legitimately differ for a while. */
function warnAboutOtherLanguages(path: string, language: string, embeds: ProvisionId[]): void {
  const [section, , name] = displayPath(path).split('/').slice(1);
  for (const other of contentLanguages.filter((l) => l !== language)) {
    const otherFile = join(CONTENT_DIR, section!, other, name!);
    if (!existsSync(otherFile)) continue;
    const missing = missingEmbeds(embeds, embeddedProvisionIds(readFileSync(otherFile, 'utf8')));
    if (missing.length) console.warn(`[content] ${displayPath(path)} embeds ${missing.join(', ')}, which ${displayPath(otherFile)} does not: quote the same provisions in every language.`);
  }
}
