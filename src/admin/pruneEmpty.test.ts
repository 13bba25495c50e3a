import { describe, expect, it } from 'vitest';
import { emptyPaths, isEmptyValue } from './pruneEmpty.ts';

describe('kolom kosong dibuang sebelum disimpan', () => {
  it('teks kosong, tanggal kosong, dan kelompok yang seluruhnya kosong', () => {
    const data = {
      title: 'Judul',
      updatedDate: '',
      cover: { image: 'a.jpg', alt: 'Meja dapur', caption: ' ', credit: null },
      subject: { alias: 'R., 34', consent: { reference: '', date: '' } },
      tags: ['a', '', 'b', ''],
      programs: [],
      draft: false,
      body: '',
    };
    expect(emptyPaths(data)).toEqual([
      ['updatedDate'],
      ['cover', 'caption'],
      ['cover', 'credit'],
      ['subject', 'consent'],
      ['tags', 3],
      ['tags', 1],
    ]);
  });

  it('false, 0, dan daftar kosong adalah nilai, bukan kekosongan', () => {
    expect([false, 0, []].map(isEmptyValue)).toEqual([false, false, false]);
    expect(['', '  ', null, undefined, { a: '' }].map(isEmptyValue)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('angka evaluasi yang dikosongkan dibuang, angka 0 tetap disimpan', () => {
    const data = {
      figures: [
        { program: 'tata-boga', enrolled: 24, completed: '', certified: null, working: 0 },
        { program: '', enrolled: '' },
      ],
    };
    expect(emptyPaths(data)).toEqual([
      ['figures', 1],
      ['figures', 0, 'certified'],
      ['figures', 0, 'completed'],
    ]);
  });
});
