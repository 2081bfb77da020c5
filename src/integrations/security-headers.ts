import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerCsp, headersFile, nginxHeaders } from '../lib/security-headers.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
const decode = (attribute: string) => attribute.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* htmlFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) yield join(dir, entry.name);
  }
}

/**
 * Writes the headers a real host should send, after the build: `_headers` (Netlify, Cloudflare Pages) and
 * `_nginx-headers.conf` (included by deploy/nginx.conf). The CSP in them is made from the `<meta>` CSP of every
 * built page, so the header and the pages cannot disagree.
 */
export default function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'nexus-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = [...htmlFiles(site)].map((file) => readFileSync(file, 'utf8').match(cspMeta)?.[1]).filter((p) => p !== undefined).map(decode);
        const csp = headerCsp(policies);
        writeFileSync(join(site, '_headers'), headersFile(base, csp));
        writeFileSync(join(site, '_nginx-headers.conf'), nginxHeaders(csp));
        logger.info(`_headers and _nginx-headers.conf written; the CSP joins ${policies.length} pages' policies (${csp.length} characters)`);
      },
    },
  };
}
