/**
 * Review records and the changes they make: whether a page is past its review date, and the entries of the changes
 * page and its Atom feed, with ids that stay the same from one build to the next.
 */
import { createHash } from 'node:crypto';

export interface HistoryEntry {
  date: Date;
  note: string;
}

/** A commentary page's review record, as its front matter gives it (the schema is in src/content.config.ts). */
export interface ReviewRecord {
  /** `reviewed`: a lawyer has reviewed the page, and `reviewer` says who. */
  status: 'unreviewed' | 'reviewed';
  reviewer?: string | undefined;
  /** Who checked the facts against the sources: a role. */
  checkedBy: 'editors';
  lastChecked: Date;
  nextReview: Date;
  /** Newest first. */
  history: HistoryEntry[];
}

/** A page past its review date: its next review fell before today (UTC days). */
export function isOverdue(nextReview: Date, today: Date = new Date()): boolean {
  return nextReview.toISOString().slice(0, 10) < today.toISOString().slice(0, 10);
}

export interface Change<Page> {
  /** What changed: one history entry of one page. */
  date: Date;
  note: string;
  page: Page;
  /** The page's title in the edition's language. */
  title: string;
  /** The content file the entry is recorded in, relative to the project (`content/notes/en/two-tracks.mdx`). */
  file: string;
  /** The entry's place among its page's entries of the same day, counted from the oldest: part of its id. */
  ordinal: number;
}

/**
 * Every history entry of the given pages, newest first (by date, then by page title). An entry's ordinal counts the
 * page's entries of that day from the oldest, so adding a newer entry never changes an older one's id.
 */
export function changesOf<Page>(pages: { page: Page; title: string; file: string; history: HistoryEntry[] }[]): Change<Page>[] {
  const changes = pages.flatMap(({ page, title, file, history }) => {
    const oldestFirst = [...history].reverse();
    return oldestFirst.map((entry, i) => ({
      date: entry.date,
      note: entry.note,
      page,
      title,
      file,
      ordinal: oldestFirst.slice(0, i).filter((e) => sameDay(e.date, entry.date)).length,
    }));
  });
  return changes.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, undefined, { numeric: true }) || b.ordinal - a.ordinal);
}

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/**
 * A change's Atom id: a name-based UUID (RFC 9562, version 5 layout on SHA-1) of the edition, the content file, the
 * day and the ordinal. It names no origin, so a build with or without SITE_URL, or under another base path, gives
 * the same id; it changes only if the entry's page, day or place does.
 */
export function changeId(edition: string, change: Pick<Change<unknown>, 'file' | 'date' | 'ordinal'>): string {
  const name = [edition, change.file, change.date.toISOString().slice(0, 10), change.ordinal].join('|');
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
