import type { Page } from '@playwright/test';

/**
 * A provision's tools open from one button beside its number (src/scripts/provision-tools.ts): opened, its copy,
 * handout and report actions can be used.
 */
export const openTools = (page: Page, id: string) => page.locator(`[id="${id}"] > .tools-toggle`).click();
