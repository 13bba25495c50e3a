import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  copyOfGoodSite,
  copyTree,
  FIXTURE_REPOSITORY,
  FIXTURES,
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

/** Where the warm-cache builds below find the fixture, moved away from where it was built. */
const MOVED = 'cache-bersama-baru';
/** Entries an editor changes between two warm builds: one in MDX, one in plain Markdown. */
const EDITED = ['berita/terbit/index.mdx', 'berita/catatan/index.md'];
const ADDED_SENTENCE = 'Kalimat tambahan dari editor.';

/**
 * A second build of the good fixture, from an empty cache of its own, must give exactly the files
 * of the first (tests/setup/buildSites.ts). Its cache then plays the one CI keeps between builds,
 * in which Astro reuses every unchanged entry as the last build stored it, file path included:
 * the fixture moved to another folder, then edited there with every story deleted, then given an
 * evaluation whose period overlaps a stored one, then a second file for one address. The builds
 * run in a row on one cache; the last two stop while loading content, in about 4 s each.
 */
describe('build ulang fixture baik dan cache tersimpan', () => {
  const again = path.join(OUT, 'good-lagi');
  const cache = path.join(OUT, 'cache', 'bersama');
  const env = { SITE_CACHE_DIR: cache, SITE_REPOSITORY_URL: FIXTURE_REPOSITORY };
  const out = path.join(OUT, `dist-${MOVED}`);
  let first: BuildResult;
  let moved: string;

  beforeAll(async () => {
    await rm(cache, { recursive: true, force: true });
    first = await buildSite(GOOD_SITE, again, env);
  }, 300_000);

  it('build kedua dari fixture baik menghasilkan berkas yang identik', () => {
    expect(first.code, first.output).toBe(0);
    expect(hashes(again)).toEqual(hashes(GOOD_DIST));
  });

  it('entri yang teksnya sama tetapi berkasnya pindah menautkan "Ubah halaman ini" ke berkas barunya', async () => {
    expect(first.code, first.output).toBe(0);
    expect(await editLink(again)).toMatch(
      /\/tests\/fixtures\/sites\/good\/berita\/terbit\/index\.mdx$/,
    );
    moved = await copyOfGoodSite(MOVED);
    // Plain Markdown is rendered while content syncs, which is where Astro would warn below.
    const markdown = path.join(moved, 'berita/catatan');
    await mkdir(markdown);
    await copyTree(path.join(moved, 'berita/terbit/cover.jpg'), path.join(markdown, 'cover.jpg'));
    const source = await readFile(path.join(moved, 'berita/terbit/index.mdx'), 'utf8');
    const frontmatter = source
      .slice(0, source.indexOf('\n---\n'))
      .replace('Berita Terbit untuk Uji Situs', 'Catatan Markdown untuk Uji Situs');
    await writeFile(
      path.join(markdown, 'index.md'),
      `${frontmatter}\n---\n\nCatatan berita biasa.\n`,
    );

    const rebuilt = await buildSite(moved, out, env);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(await editLink(out)).toMatch(new RegExp(`/${MOVED}/berita/terbit/index\\.mdx$`));
  });

  it('entri MDX dan Markdown yang diubah dibangun ulang tanpa peringatan palsu; koleksi yang dikosongkan kosong', async () => {
    expect(moved, 'build sebelumnya tidak berjalan').toBeDefined();
    for (const file of EDITED) await appendFile(path.join(moved, file), `\n${ADDED_SENTENCE}\n`);
    // Every story deleted, the folder kept for later ones: `npm run periksa` passes this.
    const stories = path.join(moved, 'kisah');
    const deleted = await readdir(stories);
    for (const story of deleted) await rm(path.join(stories, story), { recursive: true });
    await writeFile(path.join(stories, '.gitkeep'), '');
    const edited = await buildSite(moved, out, env);
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).not.toContain('Duplicate id');
    expect(edited.output).not.toContain('No files found');
    expect(edited.output).toMatch(/Belum ada entri kisah: folder \S+\/kisah kosong\./);
    for (const file of EDITED)
      expect(await readFile(path.join(out, path.dirname(file), 'index.html'), 'utf8')).toContain(
        ADDED_SENTENCE,
      );
    expect(deleted.length).toBeGreaterThan(0);
    const published = await readdir(path.join(out, 'kisah'));
    for (const story of deleted) expect(published).not.toContain(story);
  });

  it('evaluasi baru yang periodenya bertumpang tindih dengan evaluasi tersimpan menghentikan build', async () => {
    expect(moved, 'build sebelumnya tidak berjalan').toBeDefined();
    // The cache holds the fixture's evaluations as the last build stored them: the rules across
    // entries read their periods from there, not from the files.
    const overlay = path.join(FIXTURES, 'bad/evaluasi-periode-bertumpang-tindih');
    await copyTree(overlay, moved);
    const refused = await buildSite(moved, out, env);
    await rm(path.join(moved, 'evaluasi/triwulan-ii-2026'), { recursive: true });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('Konten tidak dapat diterbitkan');
    expect(refused.output).toMatch(
      /bertumpang tindih dengan periode "Semester I 2026" \(2026-01-01 s\.d\. 2026-06-30\) di \S+\/evaluasi\/semester-i-2026\/index\.mdx/,
    );
  });

  it('dua berkas untuk satu alamat tetap menghentikan build', async () => {
    expect(moved, 'build sebelumnya tidak berjalan').toBeDefined();
    await copyTree(path.join(FIXTURES, 'bad/alamat-ganda'), moved);
    const refused = await buildSite(moved, out, env);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('Konten tidak dapat diterbitkan');
    expect(refused.output).toContain('alamat "terbit" sudah dipakai oleh');
  });
});
