import type { AstroIntegration } from 'astro';

/**
 * Says once per build what it publishes without SITE_URL (no origin anywhere: no sitemap, root-relative canonical and
 * hreflang links, citation files without a URL; the browser completes short links, QR codes and printed footers with
 * the origin it is on), and without PUBLISHER_NAME or REPORT_TO (the about page says the copy is unconfigured, and
 * report links lead there).
 */
export default function siteUrlIntegration(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'nexus-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (env.SITE_URL) logger.info(`Publishing at ${env.SITE_URL}: canonical, hreflang, sitemap, feed, citation and data URLs are absolute on it.`);
        else
          logger.warn(
            'SITE_URL is not set, so no file names an origin: no sitemap; canonical, hreflang and feed links are root-relative; ' +
              'citation files and citation_public_url leave the URL out; short links, QR codes and printed footers take the origin ' +
              'each page is served from. Set SITE_URL=https://your.host to publish your origin.',
          );
        const missing = ['PUBLISHER_NAME', 'REPORT_TO'].filter((name) => !env[name]);
        if (missing.length)
          logger.warn(
            `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: the about page says this copy does not name ${missing.includes('PUBLISHER_NAME') ? 'its publisher' : 'where reports go'}` +
              `${missing.includes('REPORT_TO') ? ', and "Report a problem" links lead to it' : ''}. See the README, "Deploying".`,
          );
      },
    },
  };
}
