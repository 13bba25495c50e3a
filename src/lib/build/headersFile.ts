import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  ADMIN_PATH,
  ADMIN_SECURITY_HEADERS,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
} from '../securityHeaders.ts';

const PREAMBLE = `# Response headers for Netlify and Cloudflare Pages (same syntax), written at every build by
# src/lib/build/headersFile.ts from src/lib/securityHeaders.ts: change them there, not here.
# docs/deploy-nginx.conf is the nginx equivalent; tests serve dist/ with exactly these rules.
#
# Both hosts join the values of a header set by two matching rules, and two joined policies
# would both be enforced. So the headers every response shares are set once on /*, while the
# Content-Security-Policy, the opener policy and Cache-Control are set on rules that never
# overlap: readers' pages, the web editor under /admin/, and hashed assets under /_astro/.
# Unknown addresses get the 404 page, whose <meta> tag carries the readers' policy.`;

/** Headers that differ between readers' pages and the web editor. */
const PER_AREA = new Set(['Content-Security-Policy', 'Cross-Origin-Opener-Policy']);

const shared = SECURITY_HEADERS.filter(([name]) => !PER_AREA.has(name));
const perArea = (headers: typeof SECURITY_HEADERS) =>
  headers.filter(([name]) => PER_AREA.has(name));

function rule(pattern: string, headers: readonly (readonly [string, string])[]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The `_headers` text for a site whose top level holds `entries` (`berita/`, `rss.xml`, …).
 * Rules are listed per top-level entry rather than as `/*`, which would overlap `/_astro/*` and
 * `/admin/*`; taking them from the build means a new section is never left without one.
 */
export function headersFileText(entries: readonly string[]): string {
  const pattern = (entry: string) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`);
  const pages = ['', ...entries.filter((entry) => entry !== '_headers')].map((entry) => {
    const at = entry === '' ? '/' : pattern(entry);
    if (entry === '_astro/')
      return rule(at, [...perArea(SECURITY_HEADERS), ['Cache-Control', IMMUTABLE_CACHE]]);
    const headers = `/${entry}` === ADMIN_PATH ? ADMIN_SECURITY_HEADERS : SECURITY_HEADERS;
    return rule(at, [...perArea(headers), ['Cache-Control', REVALIDATE_CACHE]]);
  });
  return [PREAMBLE, rule('/*', shared), pages.join('\n')].join('\n\n');
}

/** Writes `outDir/_headers` for the files the build put into `outDir`. */
export async function writeHeadersFile(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { withFileTypes: true });
  const names = entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  await writeFile(path.join(outDir, '_headers'), `${headersFileText(names.sort())}\n`);
}

/**
 * Writes the hosting headers. Listed last among the integrations, it runs after the sitemap and
 * the search index are written, so that their files get cache rules too.
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'header-hosting',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          await writeHeadersFile(outDir);
          logger.info('_headers ditulis dari src/lib/securityHeaders.ts.');
        } catch (error) {
          throw new Error(`Berkas _headers untuk ${outDir} tidak dapat ditulis.`, { cause: error });
        }
      },
    },
  };
}
