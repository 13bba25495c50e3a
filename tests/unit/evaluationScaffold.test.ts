import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkContent.ts';
import { scaffoldEvaluation, scaffoldPrograms } from '../../src/lib/content/scaffold.ts';
import { copyOfGoodSite, ROOT } from '../setup/sites.ts';

/** The moment the content is judged at, as in contentFixtures.test.ts. */
const NOW = new Date('2026-11-30T03:00:00Z');

/**
 * What `npm run periksa` says about a fresh `npm run baru -- evaluasi` entry in the good fixture,
 * with no figure filled in yet: `GALAT` or `PERINGATAN`, field and the start of the problem.
 * Empty counts are never among them; the draft flag is fine to leave.
 */
const CASES: { label: string; today: string; expected: string[] }[] = [
  {
    label: 'Triwulan II 2025',
    today: '2025-07-10',
    expected: [
      'PERINGATAN summary: isinya masih contoh dari npm run baru.',
      'PERINGATAN : badan tulisan masih berisi contoh dari npm run baru, juga di baris',
    ],
  },
  {
    // Written before the period ends: the report cannot be published yet.
    label: 'Semester I 2027',
    today: '2026-11-30',
    expected: [
      'GALAT publishDate: laporan terbit sebelum periodenya berakhir',
      'PERINGATAN summary: isinya masih contoh dari npm run baru.',
      'PERINGATAN : badan tulisan masih berisi contoh dari npm run baru, juga di baris',
    ],
  },
  {
    // A period not named "Semester …" or "Triwulan …": the editor writes its dates.
    label: 'Tahun Anggaran 2024',
    today: '2026-11-30',
    expected: [
      'GALAT period.start: tanggal "TTTT-BB-HH" tidak dapat dibaca.',
      'GALAT period.end: tanggal "TTTT-BB-HH" tidak dapat dibaca.',
      'PERINGATAN summary: isinya masih contoh dari npm run baru.',
      'PERINGATAN : badan tulisan masih berisi contoh dari npm run baru, juga di baris',
    ],
  },
  {
    // The fixture already evaluates Semester I 2026.
    label: 'Triwulan II 2026',
    today: '2026-11-30',
    expected: [
      'GALAT period.start: periode "Triwulan II 2026" (2026-04-01 s.d. 2026-06-30)',
      'PERINGATAN summary: isinya masih contoh dari npm run baru.',
      'PERINGATAN : badan tulisan masih berisi contoh dari npm run baru, juga di baris',
    ],
  },
];

describe('evaluasi baru dari npm run baru, diperiksa seperti npm run periksa', () => {
  // Each case works on its own copy of the site: the four run side by side.
  it.concurrent.each(CASES)('$label', async ({ label, today, expected }) => {
    const content = await copyOfGoodSite(`baru-evaluasi-${label.replace(/\W+/g, '-')}`);
    const { slug, mdx } = scaffoldEvaluation(label, today, await scaffoldPrograms(content));
    const folder = path.join(content, 'evaluasi', slug);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.mdx'), mdx);

    const { problems } = await checkContent(ROOT, path.relative(ROOT, content), NOW);
    const file = path.relative(ROOT, path.join(folder, 'index.mdx'));
    expect(problems.filter((problem) => problem.file !== file)).toEqual([]);
    const found = problems
      .map(
        ({ severity, field, problem }) =>
          `${severity === 'peringatan' ? 'PERINGATAN' : 'GALAT'} ${field}: ${problem}`,
      )
      .sort();
    // Each problem as far as the case spells it out; the rest (file names, dates) may vary.
    const wanted = [...expected].sort();
    expect(found.map((text, index) => text.slice(0, wanted[index]?.length))).toEqual(wanted);
  });
});
