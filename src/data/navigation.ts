import type { UiKey } from '../i18n/index.ts';
import type { PageRef } from '../lib/urls.ts';

export interface NavItem {
  key: UiKey;
  page: PageRef;
}

/** The sections in the header, in order. Only sections that are built are listed, so no link leads nowhere. */
export const navigation: NavItem[] = [
  { key: 'nav.home', page: { type: 'home' } },
  { key: 'nav.protocol', page: { type: 'protocol' } },
  { key: 'nav.glossary', page: { type: 'glossary' } },
  { key: 'nav.guidelines', page: { type: 'guidelines' } },
  { key: 'nav.notes', page: { type: 'notes' } },
  { key: 'nav.sources', page: { type: 'sources' } },
  { key: 'nav.search', page: { type: 'search' } },
];
