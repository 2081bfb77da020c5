import { createUrls } from './lib/urls.ts';

/** Site URLs under the configured base path (BASE_PATH at build time). */
export const urls = createUrls(import.meta.env.BASE_URL);
