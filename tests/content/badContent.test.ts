import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { buildSite, OUT, siteWithOverlay } from '../setup/sites.ts';

/**
 * Smoke builds: proof that the real build refuses bad content with the editor's message. Every
 * fixture's message is checked in-process by tests/unit/contentFixtures.test.ts, against the same
 * `checkEntry` the build's loader runs; these cover what only a build can show.
 */
const CASES = [
  {
    // Overlapping periods are two good entries: only the loader's look across entries sees them.
    situation: 'evaluasi-periode-bertumpang-tindih',
    expected: [
      'Konten tidak dapat diterbitkan: tests/.out/content/bangun-evaluasi-periode-bertumpang-tindih/evaluasi/triwulan-ii-2026/index.mdx',
      'bertumpang tindih dengan periode "Semester I 2026"',
      'Perbaikan: Mulai periode ini sesudah periode yang lain berakhir, misalnya start: 2026-07-01',
    ],
  },
  {
    // Code in a body must stop the build before it runs: nothing it read may be printed or built.
    situation: 'badan-kode',
    expected: [
      'Konten tidak dapat diterbitkan: tests/.out/content/bangun-badan-kode/berita/terbit/index.mdx',
      'Baris 17 (karakter ke-1): baris import "node:fs" memuat kode',
      'Baris 23 (karakter ke-1): elemen HTML <script> tidak dapat dipakai',
    ],
  },
  {
    // Astro's own frontmatter parser fails first here; the loader still names file and line.
    situation: 'judul-tab-vertikal',
    expected: [
      'Konten tidak dapat diterbitkan: tests/.out/content/bangun-judul-tab-vertikal/berita/terbit/index.mdx',
      'Baris 2: frontmatter memuat karakter tak terlihat',
    ],
  },
  {
    // The search's equivalent words are content too: a broken list stops the build early.
    situation: 'padanan-garis-miring',
    expected: [
      'Konten tidak dapat diterbitkan: tests/.out/content/bangun-padanan-garis-miring/padanan.yml',
      'Baris 6, kolom "padanan": kata "MoU/MOU" memuat tanda / yang tidak dapat dicari.',
    ],
  },
  {
    // Two files for one address are only visible to the loader as it names entries.
    situation: 'alamat-ganda',
    expected: ['berita/terbit', 'alamat "terbit" sudah dipakai oleh'],
  },
] as const;

/**
 * The builds run side by side: each is mostly Astro starting up, which leaves a core idle. That is
 * safe only because they all fail while loading content, before Astro writes the list of content
 * modules to `.astro/` at the project root, which a build that goes on to bundle pages reads back
 * (see tests/setup/buildSites.ts). A case whose build gets further must not join them.
 */
describe('build menolak konten yang salah dengan pesan untuk editor', () => {
  it.concurrent.for(CASES)('$situation', async ({ situation, expected }, { expect }) => {
    const content = await siteWithOverlay(situation, `bangun-${situation}`);
    const out = path.join(OUT, 'dist-bad', situation);
    const { code, output } = await buildSite(content, out);
    expect(code).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
    expect(output).not.toMatch(/Stack trace|Caused by|\n\s+at /);
    expect(output).not.toContain(hostname());
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
