import { describe, expect, it } from 'vitest';
import { entry } from '../../../tests/unit/support/evaluationEntry.ts';
import { figureText } from './indicators.ts';
import { indicatorSummary, reportOf, type ProgramInfo } from './report.ts';

const programs = new Map<string, ProgramInfo>([
  [
    'tata-boga',
    { id: 'tata-boga', title: 'Tata Boga', category: 'vokasional', url: '/program/tata-boga/' },
  ],
  ['konseling', { id: 'konseling', title: 'Konseling', category: 'kepribadian' }],
]);
describe('laporan satu periode', () => {
  const report = reportOf(entry, (id) => programs.get(id));

  it('angka nyata tetap angka, termasuk nol', () => {
    expect(report.rows[0]?.figures).toEqual({
      enrolled: 30,
      completed: 27,
      certified: 0,
      working: 'belum tersedia',
    });
  });

  it('angka yang tidak ditulis "belum tersedia"; sertifikat program kepribadian "tidak berlaku"', () => {
    expect(report.rows[1]?.figures).toEqual({
      enrolled: 40,
      completed: 0,
      certified: 'tidak berlaku',
      working: 'belum tersedia',
    });
  });

  it('program yang tidak dikenal adalah kesalahan, bukan baris yang hilang diam-diam', () => {
    expect(() => reportOf(entry, () => undefined)).toThrow('Program "tata-boga" tidak dikenal');
  });

  it('angka ditulis dengan pemisah ribuan Indonesia', () => {
    expect(figureText(1234)).toBe('1.234');
    expect(figureText('belum tersedia')).toBe('belum tersedia');
  });

  it('ringkasan teks menyebut setiap angka dan yang belum ada', () => {
    expect(indicatorSummary(report, 'enrolled')).toBe(
      'Peserta terdaftar: 30 di Tata Boga dan 40 di Konseling.',
    );
    expect(indicatorSummary(report, 'certified')).toBe(
      'Memperoleh sertifikat: 0 di Tata Boga. Tidak berlaku untuk Konseling.',
    );
    expect(indicatorSummary(report, 'working')).toBe(
      'Bekerja atau berusaha setelah bebas: belum ada angka. Belum tersedia untuk Tata Boga dan Konseling.',
    );
  });
});
