import { describe, expect, it } from 'vitest';
import { COLUMNS, reportFileBase, seriesFileBase, toCsv, toJson } from './openData.ts';
import { reportOf, type ProgramInfo } from './report.ts';
import { entry } from '../../../tests/unit/support/evaluationEntry.ts';

const programs = new Map<string, ProgramInfo>([
  ['tata-boga', { id: 'tata-boga', title: 'Tata Boga', category: 'vokasional' }],
  ['konseling', { id: 'konseling', title: 'Konseling', category: 'kepribadian' }],
]);
const site = new URL('https://sinergi.example/');
const report = reportOf(entry, (id) => programs.get(id));

describe('data terbuka evaluasi', () => {
  it('CSV: baris judul dari COLUMNS, satu baris per program, CRLF, angka kosong bila tidak ada', () => {
    const lines = toCsv([report], site).split('\r\n');
    expect(lines[0]).toBe(COLUMNS.map((column) => column.name).join(','));
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toBe(
      'Semester I 2027,2027-01-01,2027-06-30,tata-boga,Tata Boga,vokasional,30,27,0,,,tidak,Tim Uji,,https://sinergi.example/evaluasi/semester-i-2027/',
    );
  });

  it('CSV: teks editor tidak pernah menjadi rumus lembar kerja, dan koma serta kutip dikutip', () => {
    const hostile = reportOf(
      {
        ...entry,
        data: {
          ...entry.data,
          source: { evaluator: '=HYPERLINK("http://x","klik")' },
          period: { ...entry.data.period, label: 'Semester I, 2027' },
        },
      },
      (id) => programs.get(id),
    );
    const row = toCsv([hostile], site).split('\r\n')[1] ?? '';
    expect(row.startsWith('"Semester I, 2027",')).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
  });

  it('JSON: kolom yang sama, null untuk angka yang tidak ada, lisensi, dan tanda contoh', () => {
    const data = JSON.parse(toJson([report], 'Judul', site));
    expect(Object.keys(data.baris[0])).toEqual(COLUMNS.map((column) => column.name));
    expect(data.baris[1].bersertifikat).toBeNull();
    expect(data.baris[1].menyelesaikan).toBe(0);
    expect(data.memuat_contoh).toBe(false);
    expect(data.lisensi.nama).toBe('CC BY 4.0');
  });

  it('nama berkas menyebut contoh bila angkanya contoh', () => {
    expect(reportFileBase({ id: 'semester-i-2027', illustrative: false })).toBe(
      'evaluasi-semester-i-2027',
    );
    expect(reportFileBase({ id: 'semester-i-2027', illustrative: true })).toBe(
      'evaluasi-contoh-semester-i-2027',
    );
    expect(reportFileBase({ id: 'contoh-triwulan-iii-2026', illustrative: true })).toBe(
      'evaluasi-contoh-triwulan-iii-2026',
    );
    expect(seriesFileBase([{ illustrative: false }, { illustrative: true }])).toBe(
      'evaluasi-semua-periode-memuat-contoh',
    );
    expect(seriesFileBase([{ illustrative: false }])).toBe('evaluasi-semua-periode');
  });
});
