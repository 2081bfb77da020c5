/**
 * Citation marks, `[@unhcr-gip-7, para. 12]`, as the content writes them: in MDX bodies (src/plugins/remark-citations.ts)
 * and in the few front-matter values a page renders itself (the trafficking check's worked scenarios). A page numbers
 * its sources in the order of first citation; the same source with the same pinpoint keeps its number.
 */

/** A fresh pattern each time: a global RegExp keeps state between uses. */
export const citationMarkPattern = (): RegExp => /\[@([a-z0-9-]+)(?:,\s*([^\]]+))?\]/g;

export interface CitationRef {
  source: string;
  pinpoint?: string;
}

export interface NumberedCitation extends CitationRef {
  /** The number the reader sees. */
  number: number;
}

export type TextPart = { text: string } | { cite: CitationRef };

/** A text cut into its words and its marks; the space before a mark goes, as the mark sits on the word before it. */
export function splitCitationMarks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const match of text.matchAll(citationMarkPattern())) {
    const [whole, source, pinpoint] = match;
    const before = text.slice(cursor, match.index).replace(/\s+$/, '');
    if (before) parts.push({ text: before });
    const trimmed = pinpoint?.trim();
    parts.push({ cite: { source: source!, ...(trimmed ? { pinpoint: trimmed } : {}) } });
    cursor = match.index + whole.length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}

/**
 * A page's numbered list with more citations added: those already there keep their numbers, new ones are numbered
 * after the last. Returns the list and the number of each citation asked for, in order.
 */
export function addCitations(list: readonly NumberedCitation[], refs: readonly CitationRef[]): { list: NumberedCitation[]; numbers: number[] } {
  const all = [...list];
  const numbers = refs.map((ref) => {
    let found = all.find((c) => c.source === ref.source && c.pinpoint === ref.pinpoint);
    if (!found) all.push((found = { number: all.reduce((max, c) => Math.max(max, c.number), 0) + 1, source: ref.source, ...(ref.pinpoint ? { pinpoint: ref.pinpoint } : {}) }));
    return found.number;
  });
  return { list: all, numbers };
}
