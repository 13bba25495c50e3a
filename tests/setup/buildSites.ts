import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/serve.mjs';
import { buildSite, DIST, FIXTURE_REPOSITORY, GOOD_DIST, GOOD_SITE, ROOT } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served with its own `_headers`. */
    siteUrl: string;
  }
}

/**
 * Builds the real site and the good fixture once, then serves `dist/` the way the static host
 * will, for every test file to read.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builds: { name: string; content: string; out: string; env: Record<string, string> }[] = [
    { name: 'situs (content/)', content: path.join(ROOT, 'content'), out: DIST, env: {} },
    {
      name: 'fixture baik',
      content: GOOD_SITE,
      out: GOOD_DIST,
      env: { SITE_REPOSITORY_URL: FIXTURE_REPOSITORY },
    },
  ];
  for (const { name, content, out, env } of builds) {
    const { code, output } = await buildSite(content, out, env);
    if (code !== 0) throw new Error(`Build ${name} gagal (kode ${code}):\n${output}`);
  }
  const server = await startServer({ root: DIST, port: 0 });
  project.provide('siteUrl', server.url);
  return server.close;
}
