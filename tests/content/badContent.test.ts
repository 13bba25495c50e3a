import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildSite, OUT, siteWithOverlay } from '../setup/sites.ts';

/**
 * One fixture per mistake an editor can make. Each must stop the build with an Indonesian message
 * that names the file, the field and the fix.
 */
const CASES = [
  {
    situation: 'judul-hilang',
    expected: ['berita/terbit/index.mdx', 'Kolom "title"', 'belum diisi', 'Perbaikan: Tulis judul'],
  },
  {
    situation: 'alt-kosong',
    expected: [
      'berita/terbit/index.mdx',
      'Kolom "cover.alt"',
      'masih kosong',
      'Perbaikan: Tulis apa yang terlihat',
    ],
  },
  {
    situation: 'program-tidak-dikenal',
    expected: [
      'berita/terbit/index.mdx',
      'Kolom "programs.1"',
      'program "tata-bogaa" tidak ada di content/program/',
      'Perbaikan: Gunakan nama folder program',
    ],
  },
  {
    situation: 'tanggal-tidak-terbaca',
    expected: [
      'berita/terbit/index.mdx',
      'Kolom "publishDate"',
      'tanggal "27-11-2026" tidak dapat dibaca',
      'publishDate: 2026-11-27',
    ],
  },
  {
    situation: 'tanggal-tidak-ada',
    expected: [
      'berita/terbit/index.mdx',
      'Baris 4, kolom "publishDate"',
      'tanggal 2026-02-30 tidak ada di kalender',
      'misalnya publishDate: 2026-02-28',
    ],
  },
  {
    situation: 'sampul-hilang',
    expected: [
      'berita/terbit/index.mdx',
      'Kolom "cover.image"',
      'file gambar "./sampul-utama.jpg" tidak ditemukan',
      'Perbaikan: Unggah gambarnya',
    ],
  },
  {
    situation: 'alt-kosong-di-badan',
    expected: [
      'berita/terbit/index.mdx',
      'komponen <Gambar> di baris',
      'tidak punya teks alt',
      'Tambahkan alt="…"',
    ],
  },
  {
    situation: 'kolom-salah-eja',
    expected: [
      'berita/terbit/index.mdx',
      'kolom "penulis" tidak dikenal',
      'Kolom "author"',
      'Periksa ejaannya',
    ],
  },
  {
    situation: 'folder-bukan-alamat',
    expected: [
      'berita/Berita Baru/index.mdx',
      'tidak bisa dipakai sebagai alamat halaman',
      'Ganti nama folder',
    ],
  },
  {
    situation: 'nama-tanpa-persetujuan',
    expected: [
      'kisah/kisah-contoh/index.mdx',
      'Kolom "subject.name"',
      'persetujuan tertulis',
      'Hapus baris name',
    ],
  },
  {
    situation: 'sampul-orang-tanpa-persetujuan',
    expected: ['kisah/kisah-contoh/index.mdx', 'Kolom "cover.showsPerson"', 'persetujuan tertulis'],
  },
  {
    situation: 'alamat-ganda',
    expected: ['berita/terbit', 'alamat "terbit" sudah dipakai oleh'],
  },
] as const;

describe('konten yang salah menghentikan build dengan pesan untuk editor', () => {
  it.each(CASES)('$situation', async ({ situation, expected }) => {
    const content = await siteWithOverlay(situation);
    const { code, output } = await buildSite(content, path.join(OUT, 'dist-bad', situation));
    expect(code).not.toBe(0);
    for (const text of expected) expect(output).toContain(text);
    expect(output).toContain('Konten tidak dapat diterbitkan');
  });
});
