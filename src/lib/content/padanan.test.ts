import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './messages.ts';
import { checkPadanan, padananUsedOnSite } from './padanan.ts';

const FILE = 'content/padanan.yml';
const check = (raw: string) => checkPadanan(raw, FILE);
/** The report an editor reads, as the build prints it. */
const report = (raw: string) => formatProblems(check(raw).problems);

describe('content/padanan.yml: daftar padanan kata pencarian', () => {
  it('berkas situs sendiri terbaca tanpa masalah', () => {
    const raw = readFileSync(path.join(process.cwd(), FILE), 'utf8');
    const { groups, problems } = check(raw);
    expect(problems).toEqual([]);
    const warga = groups.find((group) => group.istilah.includes('warga binaan'));
    expect(warga?.padanan).toEqual(expect.arrayContaining(['napi', 'narapidana']));
  });

  it('kelompok yang benar: istilah sebagai kata atau daftar, padanan dinormalkan', () => {
    const { groups, problems } = check(
      [
        '# komentar boleh',
        '- istilah: Nota Kesepahaman',
        '  padanan: [MoU, "Memorandum of Understanding"]',
        '',
        '- istilah: [lembaga pemasyarakatan, lapas]',
        '  padanan:',
        '    - LP',
        '    - Eks-Napi',
        '- istilah: [pemerintah kota, pemkot]',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(groups).toEqual([
      { istilah: ['Nota Kesepahaman'], padanan: ['mou', 'memorandum of understanding'] },
      { istilah: ['lembaga pemasyarakatan', 'lapas'], padanan: ['lp', 'eks napi'] },
      { istilah: ['pemerintah kota', 'pemkot'], padanan: [] },
    ]);
  });

  it('berkas kosong atau hanya komentar: tidak ada padanan, tidak ada galat', () => {
    expect(check('')).toMatchObject({ groups: [], problems: [] });
    expect(check('# belum ada\n')).toMatchObject({ groups: [], problems: [] });
  });

  it.each([
    [
      'kata dengan garis miring',
      '- istilah: nota kesepahaman\n  padanan: [MoU/MOU]\n',
      [
        'Konten tidak dapat diterbitkan: content/padanan.yml',
        'Baris 2, kolom "padanan": kata "MoU/MOU" memuat tanda / yang tidak dapat dicari.',
        'Perbaikan: Tulis setiap kata terpisah dengan koma',
      ],
    ],
    [
      'kata yang sama di dua kelompok',
      '- istilah: warga binaan\n  padanan: [napi]\n- istilah: mantan warga binaan\n  padanan: [NAPI]\n',
      [
        'Baris 4, kolom "padanan": kata "NAPI" sudah ditulis di baris 2; setiap kata hanya boleh ada satu kali.',
        'Perbaikan: Hapus salah satunya.',
      ],
    ],
    [
      'istilah tidak ada',
      '- padanan: [napi]\n',
      ['Baris 1, kolom "istilah": kolom wajib ini belum diisi.', 'misalnya istilah: warga binaan'],
    ],
    [
      'kolom salah eja',
      '- istilah: warga binaan\n  padanann: [napi]\n',
      [
        'Baris 2, kolom "padanann": kolom "padanann" tidak dikenal; kelompok padanan hanya punya istilah dan padanan.',
        'Baris 1, kolom "padanan": kelompok ini hanya punya satu kata, jadi tidak ada yang disamakan.',
        'Perbaikan: Periksa ejaannya (istilah atau padanan)',
      ],
    ],
    [
      'angka, bukan kata',
      '- istilah: warga binaan\n  padanan: [napi, 2026]\n',
      ['Baris 2, kolom "padanan": isinya harus kata atau daftar kata, bukan angka.'],
    ],
    [
      'kata kosong',
      '- istilah: warga binaan\n  padanan: [napi, ""]\n',
      ['Baris 2, kolom "padanan": ada kata yang masih kosong.'],
    ],
    [
      'kata satu huruf',
      '- istilah: warga binaan\n  padanan: [n]\n',
      ['Baris 2, kolom "padanan": kata "n" terlalu pendek: minimal 2 huruf.'],
    ],
    [
      'frasa terlalu panjang',
      '- istilah: warga binaan\n  padanan: [orang yang sedang menjalani masa hukuman penjara]\n',
      [
        'Baris 2, kolom "padanan": frasa "orang yang sedang menjalani masa hukuman penjara" terlalu panjang',
      ],
    ],
    [
      'terlalu banyak istilah',
      '- istilah: [a1, a2, a3, a4, a5]\n  padanan: [b1]\n',
      [
        'Baris 1, kolom "istilah": daftar ini paling banyak 4 isi.',
        'Setiap istilah dicari tersendiri',
      ],
    ],
    [
      'kelompok tanpa padanan',
      '- istilah: warga binaan\n',
      [
        'Baris 1, kolom "padanan": kelompok ini hanya punya satu kata, jadi tidak ada yang disamakan.',
      ],
    ],
    [
      'butir yang bukan kelompok',
      '- istilah: warga binaan\n  padanan: [napi]\n- narapidana\n',
      ['Baris 3: kelompok ini tidak berisi istilah: dan padanan:.'],
    ],
    [
      'bukan daftar',
      'warga binaan: [napi]\n',
      ['Baris 1: isi berkas ini harus berupa daftar kelompok padanan.'],
    ],
    [
      'tab di awal baris',
      '- istilah: warga binaan\n\tpadanan: [napi]\n',
      ['Baris 2: jarak di awal baris (menjorok) tidak sesuai.', 'Gunakan spasi, bukan tab'],
    ],
    [
      'kurung siku tidak ditutup',
      '- istilah: warga binaan\n  padanan: [napi, narapidana\n',
      ['tanda kutip atau kurung siku tidak ditutup.', 'padanan: [napi, narapidana]'],
    ],
    [
      'kolom ditulis dua kali',
      '- istilah: warga binaan\n  padanan: [napi]\n  padanan: [narapidana]\n',
      ['Baris 3: ada kolom yang ditulis dua kali.', 'gabungkan isinya ke satu daftar'],
    ],
  ])('%s: pesan menyebut baris, kolom, dan perbaikan', (_name, raw, expected) => {
    const text = report(raw);
    for (const part of expected) expect(text).toContain(part);
    expect(text).not.toMatch(/\b(?:Unexpected|expected|Error|undefined)\b/);
  });

  it('setiap galat mencegah terbit; kelompok yang salah tidak ikut dikirim ke halaman', () => {
    const { groups, problems } = check(
      '- istilah: warga binaan\n  padanan: [napi]\n- istilah: nota kesepahaman\n  padanan: [MoU/MOU]\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBeUndefined();
    expect(groups).toEqual([{ istilah: ['warga binaan'], padanan: ['napi'] }]);
  });

  it('peringatan bila kata padanan kini dipakai sebuah tulisan', () => {
    const checked = check('- istilah: rumah tahanan negara\n  padanan: [rutan, bui]\n');
    const warnings = padananUsedOnSite(checked, FILE, [
      { file: 'content/berita/a/index.mdx', raw: '---\ntitle: "Kunjungan ke Rutan Ambon"\n---\n' },
      { file: 'content/berita/b/index.mdx', raw: 'Buih laut dan rumah.' },
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: FILE,
        field: 'padanan',
        line: 2,
        severity: 'peringatan',
        problem: expect.stringContaining(
          'kata "rutan" di padanan kini dipakai di content/berita/a/index.mdx',
        ),
        fix: expect.stringContaining('Pindahkan "rutan" dari padanan ke istilah'),
      }),
    ]);
  });
});
