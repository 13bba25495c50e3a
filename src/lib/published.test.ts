import { describe, expect, it } from 'vitest';
import { isVisible, publicationState } from './published.ts';

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

  it('pratinjau editor memperlihatkan semuanya, produksi hanya yang terbit', () => {
    const draft = { draft: true, publishDate: new Date('2026-01-01') };
    expect(isVisible(draft, now, false)).toBe(false);
    expect(isVisible(draft, now, true)).toBe(true);
    expect(isVisible({ publishDate: new Date('2026-01-01') }, now, false)).toBe(true);
  });
});
