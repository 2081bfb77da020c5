import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
import { cyrillicToLatin } from './transliterate.ts';

/** Attributes that hold words a person reads or hears. */
const READABLE_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'ariaDescription', 'placeholder', 'content', 'value'];

/**
 * Makes the Serbian Latin edition of a page: every text and readable attribute whose language is `sr-Latn`
 * (by the nearest `lang`) is transliterated; anything marked with another language, such as the
 * Cyrillic edition's name in the language switcher, is left as it is.
 */
export function transliterateHtml(html: string): string {
  const tree = fromHtml(html);
  walk(tree, false);
  return toHtml(tree, { allowDangerousHtml: true });
}

function walk(node: Nodes, latin: boolean): void {
  if (node.type === 'text' || node.type === 'comment') {
    if (latin && node.type === 'text') node.value = cyrillicToLatin(node.value);
    return;
  }
  if (node.type === 'element') {
    latin = isLatinSerbian(node, latin);
    if (latin) transliterateAttributes(node);
  }
  if ('children' in node) for (const child of (node as Root | Element).children) walk(child, latin);
  // A <template>'s markup lives in its own fragment.
  if (node.type === 'element' && node.content) walk(node.content, latin);
}

function isLatinSerbian(element: Element, inherited: boolean): boolean {
  const lang = element.properties['lang'];
  return typeof lang === 'string' ? lang.toLowerCase() === 'sr-latn' : inherited;
}

function transliterateAttributes(element: Element): void {
  for (const name of Object.keys(element.properties)) {
    const value = element.properties[name];
    if (typeof value === 'string' && (READABLE_ATTRIBUTES.includes(name) || name.startsWith('data'))) {
      element.properties[name] = cyrillicToLatin(value);
    }
  }
}
