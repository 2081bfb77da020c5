import { PUBLISHER_NAME, REPORT_TO, SITE_URL } from 'astro:env/server';
import { reportChannel, type Publisher } from './lib/publisher.ts';
import { createUrls, publicUrl as publicUrlOf } from './lib/urls.ts';

/** Site URLs under the configured base path (BASE_PATH at build time). */
export const urls = createUrls(import.meta.env.BASE_URL);

/** The public origin the build was given (SITE_URL), if any. */
export const siteUrl: string | undefined = SITE_URL;

/** Who publishes the site and where reports go (PUBLISHER_NAME, REPORT_TO), as far as the build was told. */
export const publisher: Publisher = { name: PUBLISHER_NAME?.trim() || undefined, reportTo: REPORT_TO?.trim() || undefined };

/** Where reports go; a REPORT_TO that is neither an e-mail address nor a URL fails the build here, saying so. */
export const reportTo = publisher.reportTo ? reportChannel(publisher.reportTo) : undefined;

/**
 * A site path as short links, QR codes, printed footers, structured data and data files carry it: absolute on
 * SITE_URL, else root-relative (the browser completes it with the origin it is on; see src/lib/urls.ts).
 */
export const publicUrl = (path: string): string => publicUrlOf(path, siteUrl);


/** A site path as an absolute URL, where the build knows its origin (SITE_URL); else nothing, never a guessed origin. */
export const absoluteUrl = (path: string): string | undefined => (siteUrl ? publicUrl(path) : undefined);

/**
 * Whether this build makes the Protocol's PDFs (`/{locale}/protocol.pdf`): only when the browser that prints them
 * starts (src/integrations/protocol-pdf.ts). Without them, the pages leave the links out.
 */
export const protocolPdfBuilt: boolean = import.meta.env.NEXUS_PROTOCOL_PDF === true;
