import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storedSeriesProblems, type StoredEvaluation } from './storedSeries.ts';

/** The good fixture's programs: `konseling` is a character program, the others vocational. */
const CONTENT = fileURLToPath(new URL('../../../tests/fixtures/sites/good', import.meta.url));
const date = (text: string) => new Date(`${text}T00:00:00Z`);

/** An evaluation as the loader stores it: dates read, each program a reference. */
function stored(id: string, start: string, end: string, program = 'tata-boga'): StoredEvaluation {
  return {
    id,
    filePath: `content/evaluasi/${id}/index.mdx`,
    data: {
      period: { label: id, start: date(start), end: date(end) },
      figures: [{ program: { id: program, collection: 'program' }, certified: 3 }],
      draft: false,
    },
  };
}

describe('aturan antarentri evaluasi atas entri yang dimuat build', () => {
  it('periode bertumpang tindih: satu masalah, pada entri yang periodenya lebih kemudian', async () => {
    const problems = await storedSeriesProblems(
      [
        stored('semester-i', '2026-01-01', '2026-06-30'),
        stored('triwulan-ii', '2026-04-01', '2026-06-30'),
      ],
      CONTENT,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/evaluasi/triwulan-ii/index.mdx',
      field: 'period.start',
    });
    expect(problems[0]?.problem).toContain('content/evaluasi/semester-i/index.mdx');
  });

  it('sertifikat: ditolak untuk program kepribadian menurut kategori di folder program', async () => {
    const problems = await storedSeriesProblems(
      [
        stored('a', '2026-01-01', '2026-06-30', 'konseling'),
        stored('b', '2026-07-01', '2026-12-31'),
      ],
      CONTENT,
    );
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'content/evaluasi/a/index.mdx figures.0.certified',
    ]);
  });

  it('tanpa entri evaluasi tiada masalah, tanpa membaca folder program', async () => {
    expect(await storedSeriesProblems([], '/folder/yang/tidak/ada')).toEqual([]);
  });
});
