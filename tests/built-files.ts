/** The built site's files, for the tests that read them: every file under a folder, its pages, a page parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

/** Every file under a folder, at any depth, in a stable order. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Every HTML page under a folder. */
export const htmlFilesUnder = (dir: string): string[] => filesUnder(dir).filter((file) => file.endsWith('.html'));

/** A built page, parsed. */
export const readHtml = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));
