import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from '../securityHeaders.ts';

const PREAMBLE = `# Response headers for Netlify and Cloudflare Pages (same syntax), written at every build by
# src/lib/build/headersFile.ts from src/lib/securityHeaders.ts: change them there, not here.
# docs/deploy-nginx.conf is the nginx equivalent; tests serve dist/ with exactly these rules.
#
# Both hosts join the values of a header set by two matching rules, so Cache-Control is set only
# on rules that never overlap: hashed assets under /_astro/ for a year, everything else revalidated.`;

function rule(pattern: string, headers: readonly (readonly [string, string])[]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The `_headers` text for a site whose top level holds `entries` (`berita/`, `rss.xml`, …).
 * Revalidation rules are listed per top-level entry rather than as `/*`, which would overlap
 * `/_astro/*`; taking them from the build means a new section is never left without one.
 */
export function headersFileText(entries: readonly string[]): string {
  const revalidated = [
    '/',
    ...entries
      .filter((entry) => entry !== '_astro/' && entry !== '_headers')
      .map((entry) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`)),
  ];
  return [
    PREAMBLE,
    rule('/*', SECURITY_HEADERS),
    rule('/_astro/*', [['Cache-Control', IMMUTABLE_CACHE]]),
    revalidated.map((pattern) => rule(pattern, [['Cache-Control', REVALIDATE_CACHE]])).join('\n'),
  ].join('\n\n');
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
