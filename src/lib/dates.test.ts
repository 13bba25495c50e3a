import { describe, expect, it } from 'vitest';
import { formatDate, formatMomentInMaluku, isoDate, yearOf } from './dates.ts';

describe('tanggal', () => {
  const mou = new Date('2026-11-27T00:00:00Z');

  it('ditulis dalam bahasa Indonesia', () => {
    expect(formatDate(mou)).toBe('27 November 2026');
    expect(formatDate(new Date('2025-02-01T00:00:00Z'))).toBe('1 Februari 2025');
    expect(formatDate(new Date('2026-08-17T00:00:00Z'))).toBe('17 Agustus 2026');
  });

  it('tidak bergeser hari di zona waktu mana pun', () => {
    expect(formatDate(new Date('2026-12-31T00:00:00Z'))).toBe('31 Desember 2026');
    expect(yearOf(new Date('2026-01-01T00:00:00Z'))).toBe(2026);
  });

  it('memberi format mesin untuk <time datetime>', () => {
    expect(isoDate(mou)).toBe('2026-11-27');
  });
});

describe('formatMomentInMaluku', () => {
  it('menulis saat yang tepat dalam WIT', () => {
    expect(formatMomentInMaluku(new Date('2026-12-14T15:00:00Z'))).toBe(
      '15 Desember 2026 pukul 00.00 WIT',
    );
    expect(formatMomentInMaluku(new Date('2026-11-30T02:30:00Z'))).toBe(
      '30 November 2026 pukul 11.30 WIT',
    );
  });
});
