import { readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { copyOfGoodSite, FIXTURES, GOOD_SITE, runScript, siteWithOverlay } from '../setup/sites.ts';

/** What `npm run periksa` must say for each bad fixture: the line, the field and the problem. */
const EXPECTED: Record<string, string[]> = {
  'judul-hilang': ['Kolom "title": kolom wajib ini belum diisi.'],
  'alt-kosong': ['baris 7', 'Kolom "cover.alt": isinya masih kosong.'],
  'program-tidak-dikenal': ['baris 13', 'program "tata-bogaa" tidak ada'],
  'tanggal-tidak-terbaca': ['baris 4', 'tanggal "27-11-2026" tidak dapat dibaca'],
  'tanggal-tidak-ada': ['baris 4', 'Kolom "publishDate": tanggal 2026-02-30 tidak ada di kalender'],
  'sampul-hilang': ['baris 7', 'file gambar "./sampul-utama.jpg" tidak ditemukan'],
  'alt-kosong-di-badan': ['baris 21', 'komponen <Gambar> tidak punya teks alt'],
  'kolom-salah-eja': ['kolom "penulis" tidak dikenal'],
  'folder-bukan-alamat': ['nama folder "Berita Baru" tidak bisa dipakai'],
  'nama-tanpa-persetujuan': [
    'baris 5',
    'Kolom "subject.name"',
    'persetujuan tertulis',
    'kehilangan pekerjaan',
  ],
  'sampul-orang-tanpa-persetujuan': ['Kolom "cover.showsPerson"', 'persetujuan tertulis'],
  'sampul-sempit': ['baris 7', 'sampul hanya 800 px lebarnya'],
  'tautan-rusak': ['baris 19', 'tautan ke /program/tidak-ada/ tidak menuju halaman mana pun'],
  'tautan-ke-draf': ['baris 19', 'tautan ke /berita/draf/ menuju entri yang belum terbit'],
  'alamat-ganda': ['alamat /berita/terbit/ sudah dipakai oleh'],
  'alt-nama-berkas': ['baris 7', 'tidak menggambarkan isi gambar'],
  'alt-foto': ['baris 7', 'tidak menggambarkan isi gambar'],
  'deskripsi-terlalu-panjang': ['baris 3', 'terlalu panjang: maksimal 160 karakter'],
};

describe('npm run periksa', () => {
  it('meloloskan konten yang baik', async () => {
    const { code, output } = await runScript('periksa.ts', [], GOOD_SITE);
    expect(output).toContain('0 galat, 0 peringatan');
    expect(code).toBe(0);
  });

  it('punya harapan untuk setiap fixture konten salah', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(readdirSync(path.join(FIXTURES, 'bad')).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s: galat dengan berkas, baris dan perbaikan',
    async (situation, expected) => {
      const { code, output } = await runScript(
        'periksa.ts',
        [],
        await siteWithOverlay(situation, `periksa-${situation}`),
      );
      expect(code).toBe(1);
      expect(output).toMatch(/\n\S+\/(berita|kisah)\/.+\.mdx\n/);
      for (const text of expected) expect(output).toContain(text);
      expect(output).toContain('Perbaikan:');
      expect(output).toMatch(/[1-9]\d* galat/);
    },
  );

  it('mendaftar semua masalah sekaligus', async () => {
    const content = await siteWithOverlay('judul-hilang', 'periksa-semua-masalah');
    const second = path.join(content, 'kisah/kisah-contoh/index.mdx');
    await writeFile(
      second,
      (await readFile(second, 'utf8')).replace(/^summary: .*$/m, 'summary: ""'),
    );
    const { output } = await runScript('periksa.ts', [], content);
    expect(output).toContain('berita/terbit/index.mdx');
    expect(output).toContain('kisah/kisah-contoh/index.mdx');
    expect(output).toContain('2 galat');
  });

  it('gambar di atas 10 MB diperingatkan, di atas 25 MB ditolak', async () => {
    const content = await copyOfGoodSite('periksa-gambar-besar');
    const cover = path.join(content, 'program/pelatihan-contoh/cover.jpg');
    // Random noise does not compress: a 2200×2000 PNG of it is about 13 MB.
    const noisy = (width: number, height: number) =>
      sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
    await writeFile(cover, await noisy(2200, 2000));
    let result = await runScript('periksa.ts', [], content);
    expect(result.output).toMatch(
      /PERINGATAN\s+Kolom "cover.image": gambar ".\/cover.jpg" berukuran 1\d,\d MB/,
    );
    await writeFile(cover, await noisy(3000, 3000));
    result = await runScript('periksa.ts', [], content);
    expect(result.output).toMatch(
      /GALAT\s+Kolom "cover.image": gambar ".\/cover.jpg" berukuran 2\d,\d MB, lebih dari batas 25 MB/,
    );
    expect(result.code).toBe(1);
  });
});
