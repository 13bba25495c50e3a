import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/serve.mjs';
import { DIST, GOOD_DIST } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served with its own `_headers`. */
    siteUrl: string;
    /**
     * Origin of the built good fixture. Checks that name entries, dates or search hits run here,
     * so an editor renaming or deleting an article in `content/` cannot break them.
     */
    fixtureUrl: string;
  }
}

/**
 * Serves the built `dist/` and the good fixture the way the static host will, for the browser
 * tests. The content-only pull-request check (npm run test:konten) builds the real site alone and
 * none of its tests reads the fixture, so there the fixture is not served.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await startServer({ root: DIST, port: 0 });
  project.provide('siteUrl', site.url);
  if (process.env.UJI_HANYA_SITUS) return site.close;
  const fixture = await startServer({ root: GOOD_DIST, port: 0 });
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await Promise.all([site.close(), fixture.close()]);
  };
}
