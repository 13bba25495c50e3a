import { describe, expect, it } from 'vitest';
import { dataProblems } from './dataProblems.ts';
import { FRONTMATTER, readFrontmatter } from './frontmatter.ts';
import {
  DATE_PLACEHOLDER,
  EVALUATION_BODY_HINT,
  guessPeriod,
  isScaffoldBodyLine,
  scaffoldEntry,
  scaffoldEvaluation,
  type ScaffoldProgram,
} from './scaffold.ts';

const PROGRAMS: ScaffoldProgram[] = [
  { id: 'konseling', title: 'Konseling', category: 'kepribadian', order: 1 },
  { id: 'tata-boga', title: 'Tata Boga', category: 'vokasional', order: 2 },
  { id: 'perbengkelan', title: 'Perbengkelan', category: 'vokasional', order: 1 },
  { id: 'program-rusak' },
];

describe('tanggal periode ditebak dari namanya', () => {
  it.each([
    ['Semester I 2027', '2027-01-01', '2027-06-30'],
    ['Semester II 2027', '2027-07-01', '2027-12-31'],
    ['Triwulan I 2028', '2028-01-01', '2028-03-31'],
    ['Triwulan II 2028', '2028-04-01', '2028-06-30'],
    ['Triwulan III 2028', '2028-07-01', '2028-09-30'],
    ['Triwulan IV 2028', '2028-10-01', '2028-12-31'],
    ['  semester ii 2026 ', '2026-07-01', '2026-12-31'],
  ])('%s: %s s.d. %s', (label, start, end) => {
    expect(guessPeriod(label)).toEqual({ start, end });
  });

  it.each(['Semester III 2027', 'Triwulan V 2027', 'Tahun Anggaran 2027', 'Semester 1 2027'])(
    '%s tidak ditebak',
    (label) => {
      expect(guessPeriod(label)).toBeUndefined();
    },
  );
});

describe('npm run baru -- evaluasi', () => {
  const { slug, mdx } = scaffoldEvaluation('Semester I 2027', '2027-07-15', PROGRAMS);
  const { data } = readFrontmatter(mdx);

  it('alamat dari nama periode, judul lengkap, periode tertebak, draf, bukan contoh', () => {
    expect(slug).toBe('semester-i-2027');
    expect(data).toMatchObject({
      title: 'Evaluasi Program Pembinaan Semester I 2027',
      period: { label: 'Semester I 2027' },
      source: { evaluator: 'Kanwil Ditjenpas Maluku' },
      publishDate: new Date('2027-07-15T00:00:00Z'),
      illustrative: false,
      draft: true,
    });
    expect(data.period).toMatchObject({
      start: new Date('2027-01-01T00:00:00Z'),
      end: new Date('2027-06-30T00:00:00Z'),
    });
  });

  it('satu baris figures untuk setiap program, urut seperti halaman program, angka kosong', () => {
    expect(data.figures).toEqual([
      { program: 'perbengkelan', enrolled: null, completed: null, certified: null, working: null },
      { program: 'tata-boga', enrolled: null, completed: null, certified: null, working: null },
      { program: 'konseling', enrolled: null, completed: null, working: null },
      { program: 'program-rusak', enrolled: null, completed: null, certified: null, working: null },
    ]);
  });

  it('setiap baris berisi nilai punya petunjuk setelah #', () => {
    const lines = (FRONTMATTER.exec(mdx)?.[1] ?? '').split('\n');
    const withoutHint = lines.filter(
      (line) => !line.includes(' # ') && !/^\s*#/.test(line) && !/^\s*\w+:$/.test(line),
    );
    expect(withoutHint).toEqual([]);
  });

  it('badan tulisan: Ringkasan, Temuan, Tindak lanjut', () => {
    const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Ringkasan', 'Temuan', 'Tindak lanjut']);
    expect(mdx).toContain(EVALUATION_BODY_HINT);
  });

  it('lolos aturan frontmatter yang sama dengan editor web bila angkanya belum diisi', () => {
    expect(dataProblems('evaluasi', data)).toEqual([]);
  });

  it('nama periode lain: tanggal harus ditulis editor, dengan pesan yang jelas', () => {
    const other = readFrontmatter(
      scaffoldEvaluation('Tahun Anggaran 2027', '2028-01-20', PROGRAMS).mdx,
    );
    expect(other.data.period).toMatchObject({ start: DATE_PLACEHOLDER, end: DATE_PLACEHOLDER });
    const problems = dataProblems('evaluasi', other.data);
    expect(problems.map(({ field, problem }) => `${field}: ${problem}`)).toEqual([
      'period.start: tanggal "TTTT-BB-HH" tidak dapat dibaca.',
      'period.end: tanggal "TTTT-BB-HH" tidak dapat dibaca.',
    ]);
    expect(problems[0]?.fix).toContain('misalnya start: 2027-01-01');
  });

  it('tanpa program: daftar kosong yang ditolak dengan pesan jumlah', () => {
    const none = readFrontmatter(scaffoldEvaluation('Semester I 2027', '2027-07-15', []).mdx);
    expect(
      dataProblems('evaluasi', none.data).map(({ field, problem }) => `${field}: ${problem}`),
    ).toEqual(['figures: daftar ini perlu paling sedikit 1 isi.']);
  });
});

describe('baris petunjuk di badan entri baru', () => {
  const bodyOf = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
  const written = [
    'Warga binaan mengikuti pelatihan menjahit selama dua pekan.',
    '## Materi pelatihan',
    '## Subjudul yang ditulis editor',
    'Tulis surat lamaran kerja adalah salah satu materi.',
  ];

  it.each([
    ['berita', bodyOf(scaffoldEntry('berita', 'Pelatihan Menjahit', '2026-12-02').mdx)],
    ['evaluasi', bodyOf(scaffoldEvaluation('Semester I 2027', '2027-07-15', PROGRAMS).mdx)],
  ])('%s: setiap paragraf petunjuk dikenali, judul bagian evaluasi tidak', (_, body) => {
    const paragraphs = body.split('\n\n').map((paragraph) => paragraph.trim());
    const hints = paragraphs.filter((paragraph) => isScaffoldBodyLine(paragraph.split('\n')[0]!));
    expect(hints.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.filter((paragraph) => !hints.includes(paragraph))).toEqual(
      paragraphs.filter((paragraph) => /^## (?:Ringkasan|Temuan|Tindak lanjut)$/.test(paragraph)),
    );
  });

  it.each(written)('tulisan editor "%s" bukan petunjuk', (line) => {
    expect(isScaffoldBodyLine(line)).toBe(false);
  });
});

describe('evaluasi baru dan program yang masih draf', () => {
  it('program draf tidak mendapat baris figures: angkanya belum boleh terbit', () => {
    const { mdx } = scaffoldEvaluation('Semester I 2027', '2027-07-15', [
      ...PROGRAMS,
      { id: 'sablon', title: 'Sablon', category: 'vokasional', order: 3, draft: true },
    ]);
    expect(mdx).toContain('- program: tata-boga');
    expect(mdx).not.toContain('sablon');
  });
});
