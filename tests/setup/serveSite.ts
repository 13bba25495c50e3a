import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/serve.mjs';
import { DIST } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served with its own `_headers`. */
    siteUrl: string;
  }
}

/** Serves the built `dist/` the way the static host will, for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer({ root: DIST, port: 0 });
  project.provide('siteUrl', server.url);
  return server.close;
}
