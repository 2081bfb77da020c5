import type { AstroIntegration } from 'astro';

/**
 * Says once per build when SITE_URL is not set: short links, QR codes and printed footers then take the origin the
 * reader's browser is on, and the files that cannot (sitemap, canonical and hreflang links, data and citation files)
 * fall back to what they can say without an origin.
 */
export default function siteUrlIntegration(siteUrl: string | undefined = process.env.SITE_URL): AstroIntegration {
  return {
    name: 'nexus-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          'SITE_URL is not set. Short links, QR codes and printed footers will use the origin each page is served from; ' +
            'the sitemap, canonical and hreflang links say http://localhost:4321, and data and citation files carry root-relative URLs. ' +
            'Set SITE_URL=https://your.host to publish your origin.',
        );
      },
    },
  };
}
