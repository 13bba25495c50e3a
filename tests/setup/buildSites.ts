import path from 'node:path';
import { inputsFingerprint, isFresh, stamp } from './buildStamp.ts';
import { buildSite, DIST, FIXTURE_REPOSITORY, GOOD_DIST, GOOD_SITE, ROOT } from './sites.ts';

/** The two sites every check over `dist` reads: the real one and the good fixture. */
const BUILDS: { name: string; content: string; out: string; env: Record<string, string> }[] = [
  { name: 'situs (content/)', content: path.join(ROOT, 'content'), out: DIST, env: {} },
  {
    name: 'fixture baik',
    content: GOOD_SITE,
    out: GOOD_DIST,
    env: { SITE_REPOSITORY_URL: FIXTURE_REPOSITORY },
  },
];

/**
 * Builds the real site and the good fixture once for all test files, and not again when
 * `test:e2e` follows `test:build` on unchanged inputs.
 *
 * One after the other, on purpose. Two `astro build`s of one project cannot run side by side:
 * whatever their content, output and cache folders, both write the list of content modules and
 * images to `.astro/` at the project root and read it back while bundling, so one build renders
 * the other's list (tried: the fixture failed with LocalImageUsedWrongly on `./cover.jpg`). Starting
 * the fixture once the real site has bundled its pages is safe, but not faster: the real site's
 * cold build is mostly image encoding on both cores (69 CPU-s in 42 s), so on the project's 2-core
 * machine both ways took 51–53 s (2026-12-01, load 3–5 from other work).
 */
export default async function setup(): Promise<void> {
  // The content-only pull-request check builds the real site alone (npm run test:konten).
  const builds = process.env.UJI_HANYA_SITUS ? BUILDS.slice(0, 1) : BUILDS;
  for (const { name, content, out, env } of builds) {
    const fingerprint = inputsFingerprint(content, env);
    if (isFresh(out, fingerprint)) continue;
    const { code, output } = await buildSite(content, out, env);
    if (code !== 0) throw new Error(`Build ${name} gagal (kode ${code}):\n${output}`);
    stamp(out, fingerprint);
  }
}
