import { describe, expect, it } from 'vitest';
import { storySubject } from './storySubject.ts';

const consent = { reference: 'PERSETUJUAN/2026/014', date: new Date('2026-10-01T00:00:00Z') };

describe('nama orang dalam kisah', () => {
  it('memakai nama samaran bila tidak ada nama', () => {
    expect(storySubject({ alias: 'R., 34' })).toEqual({
      label: 'R., 34',
      note: 'nama samaran untuk melindungi privasinya',
    });
  });

  it('tidak pernah menampilkan nama tanpa persetujuan tercatat', () => {
    expect(storySubject({ alias: 'R., 34', name: 'Rahmat Latuconsina' }).label).toBe('R., 34');
  });

  it('menampilkan nama bila persetujuannya tercatat', () => {
    expect(storySubject({ alias: 'R., 34', name: 'Rahmat Latuconsina', consent })).toEqual({
      label: 'Rahmat Latuconsina',
      note: 'ditampilkan dengan persetujuannya',
    });
  });

  it('persetujuan tanpa nama tetap memakai nama samaran', () => {
    expect(storySubject({ alias: 'R., 34', consent }).label).toBe('R., 34');
  });
});
