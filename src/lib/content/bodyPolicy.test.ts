import { describe, expect, it } from 'vitest';
import { checkBodyTree, isOwnImagePath, type BodyContext } from './bodyPolicy.ts';
import { parseBody } from './mdxBody.ts';
import { describeParseError } from './parseErrors.ts';
import { guideExplains } from '../../../tests/unit/support/guideMessages.ts';

const NEWS: BodyContext = {
  file: 'content/berita/a/index.mdx',
  collection: 'berita',
  hasConsent: false,
};
const STORY: BodyContext = { ...NEWS, file: 'content/kisah/a/index.mdx', collection: 'kisah' };
const FRONTMATTER = '---\ntitle: "Judul"\n---\n';

/** What an editor would read for a body: each problem as "line: problem / fix". */
function verdict(body: string, context = NEWS): string[] {
  try {
    return checkBodyTree(parseBody(FRONTMATTER + body), context).problems.map(
      (problem) => `${problem.line}: ${problem.problem} / ${problem.fix}`,
    );
  } catch (error) {
    const failure = describeParseError(error);
    return [`${failure.line}:${failure.column} ${failure.problem} / ${failure.fix}`];
  }
}

describe('kebijakan badan tulisan: yang diterima', () => {
  it.each([
    [
      'Markdown biasa',
      '## Subjudul\n\nParagraf dengan **tebal**, *miring*, dan ~~coret~~.\n\n- satu\n- dua',
    ],
    ['tabel GFM', '| A | B |\n| --- | --- |\n| 1 | 2 |'],
    [
      'tautan ke halaman situs, web, e-mail, telepon, jangkar',
      '[a](/tentang/) [b](https://contoh.id) [c](mailto:humas@contoh.id) [d](tel:+62911) [e](#bagian)',
    ],
    ['gambar Markdown dari folder entri', '![Peserta menata hasil anyaman di meja](./anyaman.jpg)'],
    [
      'Gambar dengan path relatif',
      '<Gambar src="./dapur.jpg" alt="Meja dapur dengan panci" caption="Dapur." credit="Ilustrasi: Tim" />',
    ],
    [
      'Gambar lama dengan import dari folder entri',
      'import dapur from \'./dapur.jpg\';\n\n<Gambar src={dapur} alt="Meja dapur dengan panci" />',
    ],
    [
      'Kutipan, FaktaKunci, Galeri',
      '<Kutipan sumber="Siaran pers">Kalimat.</Kutipan>\n\n<FaktaKunci judul="Sekilas">\n\n- a\n\n</FaktaKunci>\n\n<Galeri judul="Produk">\n\n<Gambar src="./a.jpg" alt="Keranjang anyaman di meja" />\n\n</Galeri>',
    ],
    ['tanda < dan { } yang di-escape', 'nilai &lt;5 dan \\{40 peserta\\} serta a < b'],
    ['komentar untuk editor', '{/* catatan: tidak tampil */}'],
    [
      'Gambar menampilkan orang di kisah dengan persetujuan',
      '<Gambar src="./a.jpg" alt="Orang di bengkel" showsPerson />',
    ],
  ])('%s', (_, body) => {
    expect(verdict(body, { ...STORY, hasConsent: true })).toEqual([]);
  });

  it('mencatat setiap gambar yang dipakai beserta barisnya', () => {
    const body =
      '![Keranjang anyaman di meja](./a.jpg)\n\n<Gambar src="./b.jpg" alt="Meja dapur dengan panci" />';
    const { images } = checkBodyTree(parseBody(FRONTMATTER + body), NEWS);
    expect(images).toEqual([
      { src: './a.jpg', line: 4 },
      { src: './b.jpg', line: 6 },
    ]);
  });
});

describe('kebijakan badan tulisan: yang ditolak, dengan baris dan perbaikan', () => {
  it.each([
    [
      'import kode',
      'import fs from "node:fs"',
      '4: baris import "node:fs" memuat kode',
      'Hapus baris ini',
    ],
    [
      'import gambar dari folder lain',
      "import x from '../lain/x.jpg'",
      '4: baris import',
      'Hapus baris ini',
    ],
    ['export', 'export const x = 1', '4: baris export adalah kode JavaScript', 'Hapus baris ini'],
    [
      'ekspresi yang membaca rahasia',
      '{process.env.TOKEN}',
      '4: kurung kurawal {process.env.TOKEN} dibaca sebagai kode',
      '\\{',
    ],
    ['{nama} di teks', 'Halo {nama}', '4: kurung kurawal {nama}', 'tulis \\{ dan \\}'],
    ['{2} yang dulu hilang diam-diam', 'Nomor {2}', '4: kurung kurawal {2}', 'kurung biasa'],
    [
      '<script>',
      '<script>alert(1)</script>',
      '4: elemen HTML <script> tidak dapat dipakai',
      'Hapus elemen ini',
    ],
    [
      '<img onerror>',
      '<img src="x" onerror="alert(1)" />',
      '4: elemen HTML <img>',
      '![teks alt](./foto.jpg)',
    ],
    [
      '<iframe>',
      '<iframe src="https://contoh.id" />',
      '4: elemen HTML <iframe>',
      'Tulis tautan biasa',
    ],
    ['<object>', '<object data="x.swf" />', '4: elemen HTML <object>', 'Tulis tautan biasa'],
    [
      '<base>',
      '<base href="https://contoh.id/" />',
      '4: elemen HTML <base>',
      'mengubah tujuan semua tautan',
    ],
    [
      '<meta refresh>',
      '<meta http-equiv="refresh" content="0;url=https://contoh.id" />',
      '4: elemen HTML <meta>',
      'mengalihkan pembaca',
    ],
    [
      '<form>',
      '<form action="https://contoh.id"><input name="a" /></form>',
      '4: elemen HTML <form>',
      'Formulir tidak dapat dipasang',
    ],
    [
      'lapisan style=',
      '<div style="position:fixed;inset:0">x</div>',
      '4: elemen HTML <div>',
      'Microsoft Word',
    ],
    ['HTML dari Word', '<p class="MsoNormal">teks</p>', '4: elemen HTML <p>', 'Ctrl+Shift+V'],
    ['tag Word <o:p>', 'teks<o:p></o:p>', '4: elemen HTML <o:p>', 'Microsoft Word'],
    ['fragmen', '<>x</>', '4: tanda <> … </> (fragmen)', 'Hapus tanda HTML'],
    [
      'komponen tidak dikenal',
      '<Video src="x" />',
      '4: komponen <Video> tidak dikenal. Yang tersedia: Gambar, Kutipan, FaktaKunci, Galeri.',
      'ejaan',
    ],
    [
      'atribut on* pada komponen',
      '<Kutipan onClick="alert(1)">x</Kutipan>',
      '4: atribut onClick menjalankan kode',
      'Hapus atribut onClick',
    ],
    [
      'atribut style pada komponen',
      '<Kutipan style="color:red">x</Kutipan>',
      '4: atribut style tidak dikenal pada <Kutipan>',
      'sumber',
    ],
    [
      'atribut sebar',
      '<Gambar {...props} />',
      '4: atribut {…} pada <Gambar> adalah kode',
      'nama="nilai"',
    ],
    [
      'nilai atribut berupa kode',
      '<Kutipan sumber={window.name}>x</Kutipan>',
      '4: nilai sumber={…} pada <Kutipan> dibaca sebagai kode',
      'tanda kutip',
    ],
    [
      'src berupa kode',
      '<Gambar src={gambar} alt="Meja dapur dengan panci" />',
      '4: nilai src={…} pada <Gambar>',
      'src="./foto.jpg"',
    ],
    [
      'tautan javascript:',
      '[klik](javascript:alert(1))',
      '4: tautan javascript: menjalankan kode',
      'https://alamat',
    ],
    [
      'tautan JavaScript: dengan huruf besar dan entitas',
      '[klik](JaVaScRiPt&#58;alert(1))',
      '4: tautan javascript:',
      'https://',
    ],
    ['tautan data:', '[klik](data:text/html,hai)', '4: tautan data:', 'https://'],
    ['tautan vbscript:', '[klik](vbscript:msgbox)', '4: tautan vbscript:', 'https://'],
    [
      'tautan rujukan javascript:',
      '[klik][x]\n\n[x]: javascript:alert(1)',
      '6: tautan javascript:',
      'https://',
    ],
    [
      'tautan tanpa protokol',
      '[klik](//contoh.id/a)',
      '4: tautan "//contoh.id/a" tidak menyebut https:',
      'https://',
    ],
    [
      'tautan tanpa protokol dengan garis miring terbalik',
      '[klik](/\\contoh.id)',
      '4: tautan "/\\contoh.id" tidak menyebut https:',
      'https://',
    ],
    [
      'tautan ke file di folder entri',
      '[laporan](./laporan.pdf)',
      '4: tautan "./laporan.pdf" tidak diawali https://',
      'garis miring',
    ],
    [
      'gambar dari situs lain',
      '![Peserta menata hasil anyaman](https://contoh.id/a.jpg)',
      '4: gambar "https://contoh.id/a.jpg" diambil dari luar situs',
      'Unggah gambarnya',
    ],
    [
      'gambar dari folder lain',
      '<Gambar src="../lain/a.jpg" alt="Meja dapur dengan panci" />',
      '4: gambar "../lain/a.jpg" bukan file JPEG',
      '../',
    ],
    [
      'gambar SVG',
      '![Logo kantor di latar putih](./logo.svg)',
      '4: gambar "./logo.svg" bukan file JPEG',
      'Unggah',
    ],
    [
      'gambar tanpa alt',
      '![](./a.jpg)',
      '4: gambar ![](./a.jpg) tidak punya teks alt.',
      'kurung siku',
    ],
    [
      'Gambar tanpa alt',
      '<Gambar src="./a.jpg" />',
      '4: komponen <Gambar> tidak punya teks alt.',
      'alt="',
    ],
    [
      'alt yang hanya "foto"',
      '<Gambar src="./a.jpg" alt="foto" />',
      '4: teks alt "foto" pada komponen <Gambar> tidak menggambarkan',
      'satu kalimat',
    ],
    [
      'Gambar berisi teks',
      '<Gambar src="./a.jpg" alt="Meja dapur dengan panci">keterangan</Gambar>',
      '4: komponen <Gambar> tidak berisi teks',
      'caption',
    ],
    [
      'tab vertikal dari Word',
      'Baris satu\u000bbaris dua',
      '4: ada karakter tak terlihat U+000B (tab vertikal',
      'Ctrl+Shift+V',
    ],
    [
      'pembalik arah teks',
      'harga \u202e09 ribu',
      '4: ada karakter tak terlihat U+202E',
      'ketik ulang',
    ],
  ])('%s', (_, body, problem, fix) => {
    const [first] = verdict(body);
    expect(first).toContain(problem);
    expect(first?.split(' / ')[1]).toContain(fix);
    const message = first?.split(' / ')[0]?.replace(/^\d+: /, '') ?? '';
    expect(guideExplains(message), `panduan editor tidak menjelaskan: ${message}`).toBe(true);
  });

  it('Gambar yang menampilkan orang di kisah tanpa persetujuan ditolak, seperti sampul', () => {
    for (const flag of ['showsPerson', 'showsPerson="true"', 'showsPerson={true}']) {
      const [problem] = verdict(`<Gambar src="./a.jpg" alt="Orang di bengkel" ${flag} />`, STORY);
      expect(problem).toContain('subject.consent belum ada');
      expect(problem).toContain('persetujuan tertulis');
    }
    expect(
      verdict('<Gambar src="./a.jpg" alt="Orang di bengkel" showsPerson="false" />', STORY),
    ).toEqual([]);
    expect(verdict('<Gambar src="./a.jpg" alt="Orang di bengkel" showsPerson />', NEWS)).toEqual(
      [],
    );
  });
});

describe('kesalahan sintaks badan tulisan dalam bahasa Indonesia', () => {
  it.each([
    ['< sebelum angka', 'nilai <5 dan >3', '4:8', 'tanda < yang diikuti angka', '&lt;'],
    ['<= sebelum angka', 'a <= b', '4:4', 'tanda <', '&lt;'],
    [
      '{ } berisi teks',
      'Sebanyak {40 peserta} hadir',
      '4:',
      'kurung kurawal { } di dalam teks',
      '\\{40 peserta\\}',
    ],
    ['{ tanpa penutup', 'Buka { saja', '4:', 'kurung kurawal', '\\{'],
    [
      'atribut tanpa kutip dari Word',
      '<p class=MsoNormal>teks</p>',
      '4:10',
      'hasil menempel dari Microsoft Word',
      'Ctrl+Shift+V',
    ],
    ['komentar HTML', '<!-- catatan -->', '4:2', 'komentar HTML', '{/* komentar */}'],
    [
      'alamat di antara < >',
      'Surel <humas@contoh.id>',
      '4:',
      'alamat di antara < dan >',
      'mailto:',
    ],
    [
      'tag yang tidak ditutup',
      '<div>\nteks',
      '4:1',
      '<div> dibuka tetapi tidak pernah ditutup',
      'Hapus tanda HTML',
    ],
    [
      'komponen yang tidak ditutup',
      '<Kutipan>\nteks',
      '4:1',
      '<Kutipan> dibuka tetapi tidak pernah ditutup',
      '</Kutipan>',
    ],
    ['penutup tidak cocok', '<b>x</i>', '4:', 'tag penutup </i> tidak cocok', '*teks*'],
    [
      'Gambar tanpa />',
      '<Gambar src="./a.jpg" alt="Meja dapur"',
      '4:',
      'tidak ditutup sebelum akhir berkas',
      '/>',
    ],
  ])('%s', (_, body, position, problem, fix) => {
    const [message] = verdict(body);
    expect(message).toMatch(new RegExp(`^${position.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(message).toContain(problem);
    expect(message?.split(' / ')[1]).toContain(fix);
    expect(message).not.toMatch(/Unexpected|expected|Could not/);
    const problemText = message?.split(' / ')[0]?.replace(/^[\d:]+ /, '') ?? '';
    expect(guideExplains(problemText), `panduan editor tidak menjelaskan: ${problemText}`).toBe(
      true,
    );
  });
});

describe('isOwnImagePath', () => {
  it.each([
    ['./foto.jpg', true],
    ['foto.JPEG', true],
    ['./galeri/satu.webp', true],
    ['../foto.jpg', false],
    ['./a/../../foto.jpg', false],
    ['/foto.jpg', false],
    ['https://contoh.id/foto.jpg', false],
    ['data:image/png;base64,AAAA.png', false],
    ['./foto.svg', false],
    ['./foto.jpg?x=1', false],
  ])('%s → %s', (src, expected) => {
    expect(isOwnImagePath(src)).toBe(expected);
  });
});

describe('berkas .md dibaca dengan pengurai Markdown, aturan yang sama', () => {
  const verdictMd = (body: string) =>
    checkBodyTree(parseBody(FRONTMATTER + body, 'md'), NEWS).problems.map(
      (problem) => `${problem.line}: ${problem.problem} / ${problem.fix}`,
    );

  it('menerima Markdown biasa, termasuk < dan { } sebagai teks', () => {
    expect(
      verdictMd('Nilai <5 dan {nama} tetap teks.\n\n![Keranjang anyaman di meja](./a.jpg)'),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '4: elemen HTML <script>'],
    ['teks <img src=x onerror=alert(1)> teks', '4: elemen HTML <img>'],
    ['<!-- komentar -->', '4: kode HTML tidak dapat dipakai'],
    ['[klik](javascript:alert(1))', '4: tautan javascript:'],
  ])('menolak %s', (body, expected) => {
    expect(verdictMd(body)[0]).toContain(expected);
  });
});

describe('kebijakan badan tulisan: judul dan komponen di berkas .md', () => {
  it('judul tingkat satu ditolak, subjudul tidak', () => {
    expect(verdict('# Judul Kedua\n\nParagraf.\n\n## Subjudul\n\n### Subjudul kecil')).toEqual([
      '4: judul tingkat satu (# di awal baris) di badan tulisan: halaman sudah memakai title sebagai judulnya, jadi halaman akan punya dua judul utama. / Ganti # di awal baris dengan ## untuk subjudul (atau ### untuk subjudul kecil).',
    ]);
  });

  it('komponen di berkas .md: saran mengganti nama berkas, bukan menghapus HTML', () => {
    const context = { ...NEWS, file: 'content/berita/a/index.md' };
    const problems = checkBodyTree(
      parseBody(`${FRONTMATTER}<Gambar src="./a.jpg" alt="Meja dapur dengan panci" />\n`, 'md'),
      context,
    ).problems;
    expect(problems.map(({ problem, fix }) => `${problem} / ${fix}`)).toEqual([
      'komponen <Gambar> hanya dapat dipakai di berkas .mdx, sedangkan berkas ini .md. / Ganti nama berkas index.md menjadi index.mdx.',
    ]);
    for (const { problem } of problems) expect(guideExplains(problem)).toBe(true);
    expect(guideExplains(verdict('# Judul Kedua')[0]?.split(': ').slice(1).join(': ') ?? '')).toBe(
      true,
    );
  });
});
