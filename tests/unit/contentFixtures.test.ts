import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkContent.ts';
import { formatProblems } from '../../src/lib/content/messages.ts';
import { FIXTURES, GOOD_SITE, ROOT, siteWithOverlay } from '../setup/sites.ts';
import { guideExplains } from './support/guideMessages.ts';

/** The moment the fixtures are judged at: after every fixture's publish date. */
const NOW = new Date('2026-11-30T03:00:00Z');

/**
 * One fixture per mistake, each holding only the file an editor got wrong (laid over the good
 * site). For each: the file, then what the editor must read: line, field, problem and fix. These
 * run the checking code in-process; the build runs the same `checkEntry` in its loader.
 */
const CASES: Record<string, { file: string; expected: string[]; warningOnly?: boolean }> = {
  'judul-hilang': {
    file: 'berita/terbit/index.mdx',
    expected: ['Kolom "title": kolom wajib ini belum diisi.', 'Perbaikan: Tulis judul'],
  },
  'alt-kosong': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 9, kolom "cover.alt": isinya masih kosong.',
      'Perbaikan: Tulis apa yang terlihat',
    ],
  },
  'alt-foto': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 9, kolom "cover.alt"', 'tidak menggambarkan isi gambar'],
  },
  'alt-nama-berkas': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 9, kolom "cover.alt"', 'tidak menggambarkan isi gambar'],
  },
  'alt-kosong-di-badan': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 21 (karakter ke-1): komponen <Gambar> tidak punya teks alt.',
      'Tambahkan alt="…"',
    ],
  },
  'program-tidak-dikenal': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 13, kolom "programs.1": program "tata-bogaa" tidak ada',
      'Perbaikan: Gunakan nama folder program yang ada, mungkin "tata-boga". Program yang ada: konseling, pelatihan-contoh, pengolahan-ikan, tata-boga.',
    ],
  },
  'tanggal-tidak-terbaca': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 4, kolom "publishDate": tanggal "27-11-2026" tidak dapat dibaca',
      'publishDate: 2026-11-27',
    ],
  },
  'tanggal-tidak-ada': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 4, kolom "publishDate": tanggal 2026-02-30 tidak ada di kalender',
      'misalnya publishDate: 2026-02-28',
    ],
  },
  'sampul-hilang': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 8, kolom "cover.image": file gambar "./sampul-utama.jpg" tidak ditemukan',
      'Perbaikan: Unggah gambarnya',
    ],
  },
  // Plain Markdown entries are saved as index.md: the fix names the file the editor has open.
  'gambar-hilang-di-markdown': {
    file: 'berita/catatan-markdown/index.md',
    expected: [
      'Baris 8, kolom "cover.image": file gambar "./cover.jpg" tidak ditemukan',
      'Perbaikan: Unggah gambarnya ke folder yang sama dengan index.md, lalu',
      'Baris 15: gambar "./badan.jpg" tidak ditemukan di folder entri.',
      'Perbaikan: Unggah gambarnya ke folder yang sama dengan index.md, atau',
    ],
  },
  // Windows and macOS find `Sampul.JPG` for `./sampul.jpg`; the build's Linux machine does not.
  'nama-gambar-huruf-besar': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 8, kolom "cover.image": nama gambar "./sampul.jpg" berbeda huruf besar-kecilnya dari yang tersimpan: "./Sampul.JPG".',
      'Perbaikan: Tulis "./Sampul.JPG", atau ganti nama berkas "Sampul.JPG" menjadi "sampul.jpg".',
      'Baris 22: nama gambar "./badan-praktik.jpg" berbeda huruf besar-kecilnya dari yang tersimpan: "./Badan-Praktik.jpg".',
    ],
  },
  'sampul-sempit': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 8, kolom "cover.image": sampul hanya 800 px lebarnya'],
  },
  'sampul-sementara': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 8, kolom "cover.image": gambar "./cover.jpg" masih sampul sementara dari npm run baru, padahal entri ini akan terbit.',
      'Perbaikan: Ganti berkas itu dengan foto atau ilustrasi yang sebenarnya (lebar paling sedikit 1200 px)',
    ],
  },
  'deskripsi-terlalu-panjang': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 3, kolom "description": terlalu panjang: maksimal 160 karakter'],
  },
  'kolom-salah-eja': {
    file: 'berita/terbit/index.mdx',
    expected: ['kolom "penulis" tidak dikenal', 'Kolom "author"', 'Periksa ejaannya'],
  },
  // A nested field written one level too high is a matter of spaces, not spelling.
  'nama-di-luar-subjek': {
    file: 'kisah/kisah-dengan-persetujuan/index.mdx',
    expected: [
      'kolom "name" tidak dikenal',
      'Perbaikan: Kolom itu ada, tetapi di dalam kelompok lain: tulis "name" di bawah subject: (menjorok dua spasi lebih dalam).',
    ],
  },
  'folder-bukan-alamat': {
    file: 'berita/Berita Baru/index.mdx',
    expected: [
      'nama folder "Berita Baru" tidak bisa dipakai sebagai alamat halaman',
      'Ganti nama folder',
    ],
  },
  'alamat-ganda': {
    file: 'berita/terbit/index.mdx',
    expected: ['alamat /berita/terbit/ sudah dipakai oleh', 'Ganti nama salah satu folder'],
  },
  'tautan-rusak': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 19: tautan ke /program/tidak-ada/ tidak menuju halaman mana pun'],
  },
  'tautan-rujukan-rusak': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 39: tautan ke /berita/tidak-ada/ tidak menuju halaman mana pun di situs ini.',
    ],
  },
  'tautan-ke-draf': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 19: tautan ke /berita/draf/ menuju entri yang belum terbit'],
  },
  // A quoted date is published by the build, so its links are checked as a published entry's.
  'tanggal-berkutip': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 19: tautan ke /berita/draf/ menuju entri yang belum terbit'],
  },
  // Checked against the site of its own day: later, no editor would see the daily build fail.
  // The story scheduled after it may link back to it (nothing reported in that file).
  'tautan-terjadwal-ke-draf': {
    file: 'berita/terjadwal/index.mdx',
    expected: [
      'Baris 13: tautan ke /berita/draf/ menuju entri yang belum terbit saat entri terjadwal ini tampil (1 Januari 2099 pukul 00.00 WIT).',
      'Baris 13: tautan ke /kisah/kisah-terjadwal/ menuju entri yang belum terbit saat entri terjadwal ini tampil',
      'Perbaikan: Jadwalkan entri tujuan pada hari yang sama atau lebih awal',
    ],
  },
  'tulisan-dari-notepad': {
    file: 'berita/dari-notepad/index.mdx.txt',
    expected: [
      'berkas "index.mdx.txt" tidak dibaca situs: tulisan entri harus berakhiran .mdx atau .md (huruf kecil)',
      'Perbaikan: Ganti nama berkas menjadi "index.mdx"',
    ],
  },
  'nama-tanpa-persetujuan': {
    file: 'kisah/kisah-contoh/index.mdx',
    expected: [
      'Baris 7, kolom "subject.name"',
      'persetujuan tertulis',
      'kehilangan pekerjaan',
      'Hapus baris name',
    ],
  },
  'sampul-orang-tanpa-persetujuan': {
    file: 'kisah/kisah-contoh/index.mdx',
    expected: ['kolom "cover.showsPerson"', 'persetujuan tertulis'],
  },
  'kisah-gambar-orang-tanpa-persetujuan': {
    file: 'kisah/kisah-contoh/index.mdx',
    expected: [
      'Baris 17 (karakter ke-86): <Gambar> menampilkan orang yang dapat dikenali (showsPerson) tetapi subject.consent belum ada',
      'persetujuan tertulis',
      'Perbaikan: Ganti gambarnya',
    ],
  },
  // The guide's example values would publish a made-up name under a made-up form number.
  'persetujuan-contoh-panduan': {
    file: 'kisah/kisah-dengan-persetujuan/index.mdx',
    expected: [
      'Baris 7, kolom "subject.name": isinya masih contoh dari panduan editor, padahal entri ini akan terbit.',
      'Baris 9, kolom "subject.consent.reference": isinya masih contoh dari panduan editor, padahal entri ini akan terbit.',
    ],
  },
  'persetujuan-sesudah-terbit': {
    file: 'kisah/kisah-dengan-persetujuan/index.mdx',
    expected: [
      'Baris 10, kolom "subject.consent.date": persetujuan bertanggal sesudah tanggal terbit',
      'paling lambat tanggal terbit',
    ],
  },
  'badan-kode': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 17 (karakter ke-1): baris import "node:fs" memuat kode',
      "Baris 21 (karakter ke-1): kurung kurawal {readFileSync('/etc/hostname', 'utf8') + process.env.HOME} dibaca sebagai kode",
      'Baris 23 (karakter ke-1): elemen HTML <script> tidak dapat dipakai',
      'Perbaikan: Hapus elemen ini',
    ],
  },
  'nilai-kurang-dari': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 19 (karakter ke-23): tanda < yang diikuti angka',
      'Perbaikan: Tulis &lt; sebagai ganti <',
    ],
  },
  'kurawal-di-teks': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 19 (karakter ke-22): kurung kurawal { } di dalam teks dibaca sebagai kode',
      '\\{40 peserta\\}',
    ],
  },
  'html-dari-word': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 19 (karakter ke-1): elemen HTML <p> tidak dapat dipakai',
      'Baris 19 (karakter ke-51): elemen HTML <o:p>',
      'Ctrl+Shift+V',
    ],
  },
  'judul-kutip-di-dalam': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2: tanda kutip di dalam teks menutup nilainya terlalu awal.',
      `title: "Pelatihan 'Sablon' Kaos"`,
    ],
  },
  'judul-contoh-templat': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2, kolom "title": isinya masih contoh dari panduan editor, padahal entri ini akan terbit.',
    ],
  },
  'badan-contoh-tersisa': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 37: badan tulisan masih berisi contoh dari npm run baru, juga di baris 39.',
      'Perbaikan: Ganti paragraf contoh dengan tulisan Anda',
    ],
  },
  'badan-bom': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 1: berkas diawali karakter tak terlihat BOM', 'Save with Encoding'],
  },
  'gambar-badan-terpotong': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 19: "./terpotong.jpg" adalah berkas JPEG yang rusak atau terpotong',
      'unggah lagi',
    ],
  },
  'sampul-svg-berganti-nama': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 8, kolom "cover.image": "./sampul.png" sebenarnya berkas SVG',
      'Ekspor gambar itu sebagai PNG',
    ],
  },
  'judul-tab-vertikal': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2: frontmatter memuat karakter tak terlihat (misalnya tab vertikal dari Shift+Enter di Word).',
      'Ctrl+Shift+V',
    ],
  },
  'judul-tak-terlihat': {
    file: 'berita/terbit/index.mdx',
    expected: ['Baris 2, kolom "title": isinya hanya karakter tak terlihat', 'ketik teksnya'],
  },
  'judul-pembalik-arah': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2, kolom "title": ada karakter tak terlihat U+202E (pemaksa arah teks kanan-ke-kiri',
    ],
  },
  'judul-perintah-github': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2, kolom "title": ada karakter tak terlihat U+000A (baris baru).',
      'dalam satu baris',
    ],
  },
  'padanan-garis-miring': {
    file: 'padanan.yml',
    expected: [
      'Baris 6, kolom "padanan": kata "MoU/MOU" memuat tanda / yang tidak dapat dicari.',
      'Perbaikan: Tulis setiap kata terpisah dengan koma',
    ],
  },
  'padanan-ganda': {
    file: 'padanan.yml',
    expected: [
      'Baris 9, kolom "padanan": kata "napi" sudah ditulis di baris 3',
      'gabungkan keduanya menjadi satu kelompok',
    ],
  },
  'padanan-tanpa-istilah': {
    file: 'padanan.yml',
    expected: [
      'Baris 5, kolom "istilah": kolom wajib ini belum diisi.',
      'misalnya istilah: warga binaan',
    ],
  },
  'padanan-tab': {
    file: 'padanan.yml',
    expected: ['Baris 3: jarak di awal baris (menjorok) tidak sesuai.', 'Gunakan spasi, bukan tab'],
  },
  'padanan-dipakai': {
    file: 'padanan.yml',
    expected: [
      'Baris 6, kolom "padanan": kata "bengkel" di padanan kini dipakai di',
      'berita/bengkel-las/index.mdx',
      'Pindahkan "bengkel" dari padanan ke istilah',
    ],
    warningOnly: true,
  },
  'evaluasi-angka-negatif': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 16, kolom "figures.0.working": nilainya terlalu kecil: minimal 0.',
      'Perbaikan: Tulis jumlah yang bekerja atau berusaha',
    ],
  },
  'evaluasi-selesai-melebihi-terdaftar': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 19, kolom "figures.1.completed": jumlah yang menyelesaikan lebih besar dari jumlah peserta terdaftar.',
      'Perbaikan: Tulis jumlah yang menyelesaikan program, bilangan bulat yang tidak lebih besar dari enrolled',
    ],
  },
  // Without completed, certified is still bounded by enrolled.
  'evaluasi-sertifikat-melebihi-terdaftar': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 19, kolom "figures.1.certified": jumlah yang bersertifikat lebih besar dari jumlah peserta terdaftar.',
      'Perbaikan: Tulis jumlah yang memperoleh sertifikat, tidak lebih besar dari enrolled',
    ],
  },
  // What is published or scheduled gets a warning; drafts may name a draft program.
  'program-draf-di-berita': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 13, kolom "programs.1": program "sablon" belum terbit, jadi tidak tampil di entri ini sampai program itu terbit.',
      '/program/sablon/index.mdx (draft: false) bila program itu sudah siap',
    ],
    warningOnly: true,
  },
  'evaluasi-program-draf': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'kolom "figures.3.program": program "sablon" belum terbit: laporan ini tetap memuat nama dan angkanya, tanpa tautan ke halaman program.',
      'bila angkanya belum boleh diumumkan, hapus barisnya dari figures.',
    ],
    warningOnly: true,
  },
  'evaluasi-bekerja-melebihi-terdaftar': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 19, kolom "figures.1.working": jumlah yang bekerja atau berusaha lebih besar dari jumlah peserta terdaftar.',
      'Perbaikan: Tulis jumlah yang bekerja atau berusaha, tidak lebih besar dari enrolled',
    ],
  },
  'evaluasi-program-tidak-dikenal': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 17, kolom "figures.1.program": program "tata-bogaa" tidak ada di content/program/.',
      'Perbaikan: Gunakan nama folder program yang ada',
    ],
  },
  'evaluasi-periode-bertumpang-tindih': {
    file: 'evaluasi/triwulan-ii-2026/index.mdx',
    expected: [
      'Baris 6, kolom "period.start": periode "Triwulan II 2026" (2026-04-01 s.d. 2026-06-30) di',
      'evaluasi/triwulan-ii-2026/index.mdx bertumpang tindih dengan periode "Semester I 2026" (2026-01-01 s.d. 2026-06-30) di',
      'evaluasi/semester-i-2026/index.mdx, sehingga peserta yang sama dapat terhitung dua kali.',
      'Perbaikan: Mulai periode ini sesudah periode yang lain berakhir, misalnya start: 2026-07-01',
    ],
  },
  // Quoted dates are dates to the build, so the rules across entries read them too.
  'evaluasi-periode-berkutip-bertumpang-tindih': {
    file: 'evaluasi/triwulan-ii-2026/index.mdx',
    expected: [
      'bertumpang tindih dengan periode "Semester I 2026" (2026-01-01 s.d. 2026-06-30) di',
    ],
  },
  'evaluasi-sertifikat-kepribadian': {
    file: 'evaluasi/semester-i-2026/index.mdx',
    expected: [
      'Baris 24, kolom "figures.2.certified": program pembinaan kepribadian tidak memberi sertifikat; hapus baris certified pada program "konseling".',
      'Perbaikan: Hapus baris certified di bawah "- program: konseling"',
    ],
  },
  'evaluasi-tanggal-tidak-ada': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 6, kolom "period.start": tanggal 2025-06-31 tidak ada di kalender.',
      'misalnya start: 2025-06-30',
    ],
  },
  'evaluasi-laporan-http': {
    file: 'evaluasi/semester-ii-2025/index.mdx',
    expected: [
      'Baris 10, kolom "source.report": alamat harus diawali https://.',
      'Perbaikan: Tulis alamat lengkap laporan yang ditandatangani, diawali https://',
    ],
  },
  'judul-kutip-miring': {
    file: 'berita/terbit/index.mdx',
    expected: [
      'Baris 2, kolom "title": seluruh isinya diapit tanda kutip miring',
      'tanda kutip lurus',
    ],
    warningOnly: true,
  },
};

async function reportFor(situation: string) {
  const content = await siteWithOverlay(situation, `aturan-${situation}`);
  const { problems } = await checkContent(ROOT, path.relative(ROOT, content), NOW);
  const prefix = `${path.relative(ROOT, content)}/`;
  return problems.map((problem) => ({ ...problem, file: problem.file.replace(prefix, '') }));
}

describe('aturan konten atas fixture, di dalam proses (tanpa build)', () => {
  it('setiap fixture konten salah punya harapan', () => {
    expect(Object.keys(CASES).sort()).toEqual(readdirSync(path.join(FIXTURES, 'bad')).sort());
  });

  it('situs fixture yang baik lolos tanpa galat dan tanpa peringatan', async () => {
    const { problems } = await checkContent(ROOT, path.relative(ROOT, GOOD_SITE), NOW);
    expect(formatProblems(problems)).toBe('');
  });

  // Each case copies the site to its own folder, so they may run side by side while sharp reads.
  it.concurrent.each(Object.entries(CASES))(
    '%s',
    async (situation, { file, expected, warningOnly }) => {
      const problems = await reportFor(situation);
      const inFile = problems.filter((problem) => problem.file === file);
      const text = formatProblems(inFile);
      for (const part of expected) expect(text).toContain(part);
      // Nothing else in the site is wrong: the message points at the one file the editor touched.
      expect(problems.filter((problem) => problem.file !== file)).toEqual([]);
      const errors = inFile.filter((problem) => problem.severity !== 'peringatan');
      expect(errors.length > 0).toBe(!warningOnly);
      expect(text).not.toMatch(/\b(?:Unexpected|expected|Could not|Error|undefined)\b/);
      for (const { problem } of inFile)
        expect(guideExplains(problem), `docs/panduan-editor.md tidak menjelaskan: ${problem}`).toBe(
          true,
        );
    },
  );
});
