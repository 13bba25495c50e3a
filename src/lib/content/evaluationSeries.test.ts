import { describe, expect, it } from 'vitest';
import { seriesProblems, type CategoryOf, type SeriesEntry } from './evaluationSeries.ts';

const date = (text: string) => new Date(`${text}T00:00:00Z`);

function entry(id: string, label: string, start: string, end: string): SeriesEntry {
  return {
    file: `content/evaluasi/${id}/index.mdx`,
    id,
    period: { label, start: date(start), end: date(end) },
    figures: [{ program: 'tata-boga', certified: 5 }],
  };
}

const CATEGORIES: Record<string, 'vokasional' | 'kepribadian'> = {
  'tata-boga': 'vokasional',
  konseling: 'kepribadian',
};
const categoryOf: CategoryOf = (program) => CATEGORIES[program];

const semesterII2025 = entry('semester-ii-2025', 'Semester II 2025', '2025-07-01', '2025-12-31');
const semesterI2026 = entry('semester-i-2026', 'Semester I 2026', '2026-01-01', '2026-06-30');

describe('aturan antarentri evaluasi', () => {
  it('periode yang berurutan, satu hari pun tidak bertumpang tindih, lolos', () => {
    expect(seriesProblems([semesterII2025, semesterI2026], categoryOf)).toEqual([]);
  });

  it('periode bertumpang tindih: satu masalah pada berkas yang lebih akhir, menyebut kedua berkas', () => {
    const quarter = entry('triwulan-ii-2026', 'Triwulan II 2026', '2026-04-01', '2026-06-30');
    const problems = seriesProblems([quarter, semesterII2025, semesterI2026], categoryOf);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/evaluasi/triwulan-ii-2026/index.mdx',
      field: 'period.start',
    });
    expect(problems[0]?.problem).toBe(
      'periode "Triwulan II 2026" (2026-04-01 s.d. 2026-06-30) di content/evaluasi/triwulan-ii-2026/index.mdx bertumpang tindih dengan periode "Semester I 2026" (2026-01-01 s.d. 2026-06-30) di content/evaluasi/semester-i-2026/index.mdx, sehingga peserta yang sama dapat terhitung dua kali.',
    );
    expect(problems[0]?.fix).toContain('misalnya start: 2026-07-01');
  });

  it('hari terakhir yang sama dengan hari pertama periode berikutnya sudah bertumpang tindih', () => {
    const sharedDay = entry('semester-i-2026', 'Semester I 2026', '2025-12-31', '2026-06-30');
    expect(seriesProblems([semesterII2025, sharedDay], categoryOf)).toMatchObject([
      { file: sharedDay.file, field: 'period.start' },
    ]);
  });

  it('tiga periode yang saling bertumpang tindih: satu masalah untuk setiap pasangan', () => {
    const year = entry('tahun-2026', 'Tahun 2026', '2026-01-01', '2026-12-31');
    const quarter = entry('triwulan-iii-2026', 'Triwulan III 2026', '2026-07-01', '2026-09-30');
    const half = entry('semester-ii-2026', 'Semester II 2026', '2026-07-01', '2026-12-31');
    const problems = seriesProblems([year, quarter, half], categoryOf);
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      half.file,
      half.file,
      quarter.file,
    ]);
  });

  it('draf ikut diperiksa dan disebut sebagai draf', () => {
    const draft = { ...semesterI2026, draft: true };
    const again = entry('triwulan-ii-2026', 'Triwulan II 2026', '2026-04-01', '2026-06-30');
    const [problem] = seriesProblems([draft, again], categoryOf);
    expect(problem?.file).toBe(again.file);
    expect(problem?.problem).toContain(`${draft.file} (draf)`);
  });

  it('sertifikat untuk program pembinaan kepribadian ditolak pada barisnya', () => {
    const withCharacter: SeriesEntry = {
      ...semesterI2026,
      figures: [
        { program: 'tata-boga', certified: 20 },
        { program: 'konseling', certified: 0 },
      ],
    };
    expect(seriesProblems([withCharacter], categoryOf)).toEqual([
      {
        file: semesterI2026.file,
        field: 'figures.1.certified',
        problem:
          'program pembinaan kepribadian tidak memberi sertifikat; hapus baris certified pada program "konseling".',
        fix: 'Hapus baris certified di bawah "- program: konseling"; situs menulis "tidak berlaku" di tempatnya. Bila program ini sebenarnya memberi sertifikat, perbaiki category di content/program/konseling/index.mdx.',
      },
    ]);
  });

  it('angka sertifikat yang kosong dan program yang tidak dikenal tidak dipersoalkan di sini', () => {
    const figures = [
      { program: 'konseling', certified: null },
      { program: 'konseling' },
      { program: 'tidak-ada', certified: 3 },
    ];
    expect(seriesProblems([{ ...semesterI2026, figures }], categoryOf)).toEqual([]);
  });
});
