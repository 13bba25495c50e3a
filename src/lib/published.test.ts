import { describe, expect, it } from 'vitest';
import { goesLiveAt, isVisible, publicationState } from './published.ts';

const now = new Date('2026-11-29T10:00:00Z');

describe('status terbit', () => {
  it('draf tidak terbit walaupun tanggalnya sudah lewat', () => {
    expect(publicationState({ draft: true, publishDate: new Date('2026-01-01') }, now)).toBe(
      'draf',
    );
  });

  it('tanggal mendatang menunggu jadwal', () => {
    expect(publicationState({ publishDate: new Date('2026-11-30T00:00:00Z') }, now)).toBe(
      'terjadwal',
    );
    expect(publicationState({ publishDate: new Date('2026-11-29T00:00:00Z') }, now)).toBe('terbit');
  });

  it('entri bertanggal hari ini terbit sejak pukul 00.00 WIT, bukan 09.00', () => {
    const today = { publishDate: new Date('2026-11-30T00:00:00Z') };
    // 02.58 WIT on 30 November is 17.58 UTC on the 29th: `npm run baru` writes 2026-11-30.
    expect(publicationState(today, new Date('2026-11-29T17:58:00Z'))).toBe('terbit');
    expect(publicationState(today, new Date('2026-11-29T15:00:00Z'))).toBe('terbit');
    expect(publicationState(today, new Date('2026-11-29T14:59:59Z'))).toBe('terjadwal');
    expect(goesLiveAt(today.publishDate).toISOString()).toBe('2026-11-29T15:00:00.000Z');
  });

  it('pratinjau editor memperlihatkan semuanya, produksi hanya yang terbit', () => {
    const draft = { draft: true, publishDate: new Date('2026-01-01') };
    expect(isVisible(draft, now, false)).toBe(false);
    expect(isVisible(draft, now, true)).toBe(true);
    expect(isVisible({ publishDate: new Date('2026-01-01') }, now, false)).toBe(true);
  });
});
