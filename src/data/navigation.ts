import type { UiKey } from '../i18n/index.ts';
import type { PageRef } from '../lib/urls.ts';

export interface NavItem {
  key: UiKey;
  page: PageRef;
  /** The kinds of page that belong to the section: the header marks its link on each of them. */
  holds: PageRef['type'][];
}

/**
 * The sections in the header, in order. Only sections that are built are listed, so no link leads nowhere. Home is
 * the site's name and search is the box beside it; the sources, about and changes pages are in the footer.
 */
export const navigation: NavItem[] = [
  { key: 'nav.protocol', page: { type: 'protocol' }, holds: ['protocol', 'article'] },
  { key: 'nav.explained', page: { type: 'explained' }, holds: ['explained', 'questions'] },
  { key: 'nav.glossary', page: { type: 'glossary' }, holds: ['glossary', 'equivalents', 'term'] },
  { key: 'nav.guidelines', page: { type: 'guidelines' }, holds: ['guidelines', 'guideline'] },
  { key: 'nav.notes', page: { type: 'notes' }, holds: ['notes', 'note'] },
  { key: 'nav.handout', page: { type: 'handout' }, holds: ['handout'] },
  { key: 'nav.check', page: { type: 'check', kind: 'trafficking' }, holds: ['check'] },
];
