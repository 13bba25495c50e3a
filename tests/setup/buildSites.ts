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
