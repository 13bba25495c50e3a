import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/messages.ts';
import { strayFileProblems } from '../../src/lib/content/strayFiles.ts';
import { guideExplains } from './support/guideMessages.ts';

const COLLECTIONS = ['berita', 'program', 'kisah', 'evaluasi', 'halaman'];
let root: string;

/** Every file an editor might leave in content/, read or not. */
const FILES = [
  'berita/terbaca/index.mdx',
  'berita/terbaca/cover.jpg',
  'berita/terbaca/index.jpg',
  'berita/markdown/index.md',
  'berita/satu-berkas.mdx',
  'berita/.gitkeep',
  'padanan.yml',
  '.DS_Store',
  'berita/huruf-besar/index.MDX',
  'berita/dari-notepad/index.mdx.txt',
  'berita/teks-biasa/index.txt',
  'berita/terbaca/naskah-asli.docx',
  'berita/terbaca/catatan.json',
  'Berita/salah-folder/index.mdx',
  'lain-lain/index.mdx',
  'README.txt',
  'berita/terbaca/index.mdx.orig',
  'berita/terbaca/index.mdx~',
  'berita/tanpa-ekstensi/index',
  'berita/hanya-gambar/cover.jpg',
  'berita/2026/bersarang/index.mdx',
];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'berkas-liar-'));
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(root, 'content', file)), { recursive: true });
    await writeFile(path.join(root, 'content', file), 'isi');
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('berkas di content/ yang tidak dibaca situs', () => {
  it('setiap berkas yang tidak terbaca disebut, dengan perbaikannya; yang terbaca tidak', async () => {
    const problems = await strayFileProblems(root, path.join(root, 'content'), COLLECTIONS, [
      'padanan.yml',
    ]);
    const byFile = Object.fromEntries(
      problems.map(({ file, severity, problem, fix }) => [
        file,
        `${severity ?? 'galat'}: ${problem} ${fix}`,
      ]),
    );
    // berita/2026/bersarang/ is a nested entry: its own check names it, not this one.
    expect(Object.keys(byFile).sort()).toEqual([
      'content/Berita',
      'content/README.txt',
      'content/berita/dari-notepad/index.mdx.txt',
      'content/berita/hanya-gambar',
      'content/berita/huruf-besar/index.MDX',
      'content/berita/tanpa-ekstensi/index',
      'content/berita/teks-biasa/index.txt',
      'content/berita/terbaca/index.mdx.orig',
      'content/berita/terbaca/index.mdx~',
      'content/berita/terbaca/naskah-asli.docx',
      'content/lain-lain',
    ]);
    expect(byFile['content/berita/hanya-gambar']).toMatch(
      /^galat: folder "hanya-gambar" tidak berisi tulisan entri/,
    );
    expect(byFile['content/berita/tanpa-ekstensi/index']).toMatch(
      /^galat: .*Ganti nama berkas menjadi "index\.mdx"\.$/,
    );
    // A backup beside the real text: renaming it over index.mdx would lose the article.
    for (const backup of ['index.mdx.orig', 'index.mdx~'])
      expect(byFile[`content/berita/terbaca/${backup}`]).toMatch(
        /^peringatan: .*salinan cadangan; situs hanya membaca index\.mdx\. Hapus berkas ini/,
      );
    expect(byFile['content/Berita']).toMatch(
      /^galat: folder "Berita" tidak dibaca situs.*Ganti nama folder menjadi berita/,
    );
    expect(byFile['content/lain-lain']).toMatch(/^galat: .*Pindahkan isinya ke salah satu/);
    expect(byFile['content/berita/huruf-besar/index.MDX']).toMatch(
      /^galat: .*Ganti nama berkas menjadi "index\.mdx"/,
    );
    expect(byFile['content/berita/dari-notepad/index.mdx.txt']).toMatch(
      /^galat: .*Ganti nama berkas menjadi "index\.mdx"\. Bila Notepad/,
    );
    expect(byFile['content/berita/teks-biasa/index.txt']).toMatch(
      /^galat: .*Ganti nama berkas menjadi "index\.mdx"\.$/,
    );
    expect(byFile['content/berita/terbaca/naskah-asli.docx']).toMatch(/^peringatan: /);
    expect(byFile['content/README.txt']).toMatch(/^peringatan: /);
    for (const { problem } of problems)
      expect(guideExplains(problem), `docs/panduan-editor.md tidak menjelaskan: ${problem}`).toBe(
        true,
      );
    expect(formatProblems(problems)).not.toMatch(/undefined/);
  });

  it('folder konten yang tidak ada tidak dilaporkan', async () => {
    expect(await strayFileProblems(root, path.join(root, 'tidak-ada'), COLLECTIONS, [])).toEqual(
      [],
    );
  });
});
