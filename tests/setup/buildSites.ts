import { buildSite, DIST, GOOD_DIST, GOOD_SITE, ROOT } from './sites.ts';
import path from 'node:path';

/** Builds the real site and the good fixture once, before any test reads them. */
export default async function setup(): Promise<void> {
  const builds = [
    { name: 'situs (content/)', content: path.join(ROOT, 'content'), out: DIST },
    { name: 'fixture baik', content: GOOD_SITE, out: GOOD_DIST },
  ];
  for (const { name, content, out } of builds) {
    const { code, output } = await buildSite(content, out);
    if (code !== 0) throw new Error(`Build ${name} gagal (kode ${code}):\n${output}`);
  }
}
