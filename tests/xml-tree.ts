/**
 * A namespace-aware, well-formedness-checking XML parser (saxes) turned into a small tree, for the tests that read
 * the Akoma Ntoso files. It throws on any well-formedness or namespace error.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Namespace URI and local name. */
  uri: string;
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside this element (not its children's). */
  text: string;
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { uri: '', name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      uri: tag.uri,
      name: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.prefix ? `${a.prefix}:${a.local}` : a.local, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

/** Every element under a node, in document order. */
export function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

export const childNamed = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
