/**
 * What each rule reads of a page. Masked characters become spaces, so offsets and lines stay as they are; the page is
 * parsed once (`readPage`) and every page rule masks its own copy further.
 */
import type { Language } from './problem.ts';
import type { Avoided } from './rules/preferred-term.ts';
import type { SourceFacts } from './facts.ts';
import { lineStarts } from './text.ts';

export class Mask {
  /** One entry per UTF-16 code unit, like the indexes regular expressions report. */
  readonly chars: string[];
  constructor(text: string) {
    this.chars = text.split('');
  }
  hide(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = ' ';
  }
  hideAll(pattern: RegExp, text: string, group?: number): void {
    for (const m of text.matchAll(pattern)) {
      if (group === undefined) this.hide(m.index!, m.index! + m[0].length);
      else if (m[group] !== undefined) {
        const start = m.index! + m[0].indexOf(m[group]!);
        this.hide(start, start + m[group]!.length);
      }
    }
  }
  toString(): string {
    return this.chars.join('');
  }
}

/** Front-matter keys whose values are prose a reader sees; every other key and value is code. */
const PROSE_KEYS = new Set(['title', 'brief', 'heading', 'preambleHeading', 'conclusions']);

/** Hides the front matter except the values of prose keys (and their folded continuation lines). */
function hideFrontMatter(text: string, mask: Mask): number {
  if (!text.startsWith('---\n')) return 0;
  const end = text.indexOf('\n---', 3);
  if (end < 0) return 0;
  let offset = 0;
  let proseIndent = -1;
  for (const line of text.slice(0, end + 4).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const key = line.match(/^(\s*)(-\s+)?([A-Za-z][\w-]*):(\s*)(.*)$/);
    const indent = line.match(/^\s*/)![0].length;
    if (key && !(proseIndent >= 0 && indent > proseIndent)) {
      const [, lead, dash, name, space, value] = key;
      const valueStart = start + lead!.length + (dash?.length ?? 0) + name!.length + 1 + space!.length;
      if (PROSE_KEYS.has(name!)) {
        mask.hide(start, valueStart);
        const v = value!.trimEnd();
        if (/^[>|][+-]?$/.test(v)) {
          mask.hide(valueStart, start + line.length);
          proseIndent = indent;
        } else {
          proseIndent = -1;
          if (/^["'].*["']$/.test(v)) {
            mask.hide(valueStart, valueStart + 1);
            mask.hide(valueStart + v.length - 1, valueStart + v.length);
          }
        }
      } else {
        mask.hide(start, start + line.length);
        proseIndent = -1;
      }
    } else if (proseIndent >= 0 && indent > proseIndent && line.trim()) {
      // a folded line of a prose value: keep it
    } else {
      mask.hide(start, start + line.length);
      if (line.trim()) proseIndent = -1;
    }
  }
  return end + 4;
}

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Record<string, string>;
  start: number;
  end: number;
  /** Where the value of each attribute starts, for masking all but the prose ones. */
  valueAt: Record<string, number>;
}

const TAG = /<(\/?)([A-Z][A-Za-z]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>/g;

function tagsOf(text: string): Tag[] {
  return [...text.matchAll(TAG)].map((m) => {
    const attributes: Record<string, string> = {};
    const valueAt: Record<string, number> = {};
    const attributesStart = m.index! + 1 + m[1]!.length + m[2]!.length;
    for (const a of m[3]!.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
      attributes[a[1]!] = a[2]!;
      valueAt[a[1]!] = attributesStart + a.index! + a[1]!.length + 2;
    }
    return { name: m[2]!, closing: m[1] === '/', selfClosing: m[4] === '/', attributes, start: m.index!, end: m.index! + m[0].length, valueAt };
  });
}

export interface QuoteBlock {
  tag: Tag;
  /** From the end of the opening tag to the start of the closing one. */
  bodyStart: number;
  bodyEnd: number;
}

/** The blocks between an opening and a closing tag of one component (`Quote`, `SearchedAs`). */
function blocksOf(tags: readonly Tag[], name: string): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== name || tag.closing || tag.selfClosing) continue;
    const close = tags.slice(i + 1).find((t) => t.name === name && t.closing);
    if (close) blocks.push({ tag, bodyStart: tag.end, bodyEnd: close.start });
  }
  return blocks;
}

/** Opening quotation marks and the marks that may close them. */
const QUOTATION_MARKS: Record<string, string> = { '„': '“”', '»': '«', '“': '”', '"': '"', '‘': '’', '«': '»' };

/** Spans in quotation marks (marks included), never across a blank line. */
export function quotationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (closers.includes(ch)) {
        spans.push([open, i + 1]);
        open = -1;
      } else if (ch === '\n' && /^\n[ \t]*(\n|$)/.test(text.slice(i, i + 200))) {
        open = -1; // the paragraph ended with the quotation still open: not a quotation
      }
    } else if (ch in QUOTATION_MARKS) {
      open = i;
      closers = QUOTATION_MARKS[ch]!;
    }
  }
  return spans;
}

/** The parts of a page every rule ignores: front matter keys, code, link targets, heading ids, URLs. */
function baseMask(text: string): Mask {
  const mask = new Mask(text);
  const bodyStart = hideFrontMatter(text, mask);
  let inFence = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (offset >= bodyStart) {
      if (/^\s*(```|~~~)/.test(line)) {
        mask.hide(offset, offset + line.length);
        inFence = !inFence;
      } else if (inFence) mask.hide(offset, offset + line.length);
    }
    offset += line.length + 1;
  }
  mask.hideAll(/`[^`\n]*`/g, text);
  mask.hideAll(/\]\([^)\s]*\)/g, text); // link targets: (protocol:…), (glossary:…), (notes:…), (https://…)
  mask.hideAll(/\{#[^}\s]*\}/g, text);
  mask.hideAll(/(?:https?:\/\/|www\.)[^\s)\]>"]+/g, text);
  return mask;
}

export type PageKind = 'guidance' | 'explanation' | 'protocol';

export interface PageContext {
  avoided: readonly Avoided[];
  sources: ReadonlyMap<string, SourceFacts>;
}

/** A page as the page rules read it: parsed once. */
export interface Page {
  file: string;
  /** The file as written. */
  text: string;
  language: Language;
  context: PageContext;
  /** Where each line starts, for `lineAt`. */
  starts: number[];
  /** The text with what every rule ignores masked (`baseMask`). */
  baseText: string;
  tags: Tag[];
  quotes: QuoteBlock[];
  /** An explanation's `<SearchedAs>` lists: readers' own words, which the texts do not use by design. */
  searchedAs: QuoteBlock[];
}

export function readPage(file: string, text: string, language: Language, context: PageContext): Page {
  const baseText = baseMask(text).toString();
  const tags = tagsOf(baseText);
  return { file, text, language, context, starts: lineStarts(text), baseText, tags, quotes: blocksOf(tags, 'Quote'), searchedAs: blocksOf(tags, 'SearchedAs') };
}
