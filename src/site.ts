import { SITE_URL } from 'astro:env/server';
import { createUrls, publicUrl as publicUrlOf } from './lib/urls.ts';

/** Site URLs under the configured base path (BASE_PATH at build time). */
export const urls = createUrls(import.meta.env.BASE_URL);

/** The public origin the build was given (SITE_URL), if any. */
export const siteUrl: string | undefined = SITE_URL;

/**
 * A site path as short links, QR codes, printed footers, structured data and data files carry it: absolute on
 * SITE_URL, else root-relative (the browser completes it with the origin it is on; see src/lib/urls.ts).
 */
export const publicUrl = (path: string): string => publicUrlOf(path, siteUrl);

/**
 * Whether this build makes the Protocol's PDFs (`/{locale}/protocol.pdf`): only when the browser that prints them
 * starts (src/integrations/protocol-pdf.ts). Without them, the pages leave the links out.
 */
export const protocolPdfBuilt: boolean = import.meta.env.NEXUS_PROTOCOL_PDF === true;
