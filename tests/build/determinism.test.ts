import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  copyOfGoodSite,
  FIXTURE_REPOSITORY,
  GOOD_DIST,
  GOOD_SITE,
  OUT,
  type BuildResult,
} from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';

const hashes = (dir: string) =>
  Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );

/** Where "Ubah halaman ini" on the fixture's published article points. */
const editLink = async (out: string) =>
  /href="([^"]+\/edit\/main\/[^"]+)"/.exec(
    await readFile(path.join(out, 'berita/terbit/index.html'), 'utf8'),
  )?.[1];

/**
 * A second build of the good fixture, from an empty cache of its own, serves two checks: that it
 * gives exactly the files of the first (tests/setup/buildSites.ts), and, as the stored cache CI
 * keeps, that an entry whose text is unchanged but whose file moved links to its new file. One
 * build instead of two: the build the cache check started from was a full build of the same
 * fixture at another path.
 */
describe('build ulang fixture baik', () => {
  const again = path.join(OUT, 'good-lagi');
  const cache = path.join(OUT, 'cache', 'bersama');
  const env = { SITE_CACHE_DIR: cache, SITE_REPOSITORY_URL: FIXTURE_REPOSITORY };
  let first: BuildResult;

  beforeAll(async () => {
    await rm(cache, { recursive: true, force: true });
    first = await buildSite(GOOD_SITE, again, env);
  }, 300_000);

  it('build kedua dari fixture baik menghasilkan berkas yang identik', () => {
    expect(first.code, first.output).toBe(0);
    expect(hashes(again)).toEqual(hashes(GOOD_DIST));
  });

  it('dengan cache tersimpan, entri yang teksnya sama tetapi berkasnya pindah menautkan "Ubah halaman ini" ke berkas barunya', async () => {
    expect(first.code, first.output).toBe(0);
    expect(await editLink(again)).toMatch(
      /\/tests\/fixtures\/sites\/good\/berita\/terbit\/index\.mdx$/,
    );

    const moved = await copyOfGoodSite('cache-bersama-baru');
    const movedOut = path.join(OUT, 'dist-cache-bersama-baru');
    const rebuilt = await buildSite(moved, movedOut, env);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(await editLink(movedOut)).toMatch(/\/cache-bersama-baru\/berita\/terbit\/index\.mdx$/);
  });
});
