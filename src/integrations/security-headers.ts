import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerCsp, headersFile, nginxHeaders, ownScriptHashes } from '../lib/security-headers.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
const decode = (attribute: string) => attribute.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const encode = (policy: string) => policy.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* htmlFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) yield join(dir, entry.name);
  }
}

/**
 * After the build: keeps each page's `<meta>` CSP to the hashes of its own inline scripts (ownScriptHashes), then
 * writes the headers a real host should send: `_headers` (Netlify, Cloudflare Pages) and `_nginx-headers.conf`
 * (included by deploy/nginx.conf). The CSP in them is made from the `<meta>` CSP of every built page, so the header and
 * the pages cannot disagree.
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
        const policies: string[] = [];
        for (const file of htmlFiles(site)) {
          const html = readFileSync(file, 'utf8');
          const meta = html.match(cspMeta)?.[1];
          if (meta === undefined) continue;
          const policy = ownScriptHashes(decode(meta), html);
          writeFileSync(file, html.replace(cspMeta, `<meta http-equiv="content-security-policy" content="${encode(policy)}"`));
          policies.push(policy);
        }
        const csp = headerCsp(policies);
        writeFileSync(join(site, '_headers'), headersFile(base, csp));
        writeFileSync(join(site, '_nginx-headers.conf'), nginxHeaders(csp));
        logger.info(`_headers and _nginx-headers.conf written; the CSP joins ${policies.length} pages' policies (${csp.length} characters)`);
      },
    },
  };
}
