import { describe, expect, it } from 'vitest';
import { listPaths, pageCount, pageOf, pageUrl } from './pagination.ts';

const items = Array.from({ length: 30 }, (_, index) => index + 1);

describe('pembagian halaman', () => {
  it('halaman pertama ada di alamat daftar itu sendiri', () => {
    expect(pageUrl('/berita/', 1)).toBe('/berita/');
    expect(pageUrl('/berita/', 3)).toBe('/berita/halaman/3/');
  });

  it('memotong daftar dan menautkan halaman sebelum dan sesudahnya', () => {
    const second = pageOf(items, 2, 12, '/berita/');
    expect(second.items).toEqual(items.slice(12, 24));
    expect(second.prevUrl).toBe('/berita/');
    expect(second.nextUrl).toBe('/berita/halaman/3/');
    expect(pageOf(items, 3, 12, '/berita/').items).toEqual([25, 26, 27, 28, 29, 30]);
    expect(pageOf(items, 3, 12, '/berita/').nextUrl).toBeUndefined();
  });

  it('daftar kosong tetap punya satu halaman', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageOf([], 1, 12, '/berita/').items).toEqual([]);
  });

  it('menolak halaman yang tidak ada', () => {
    expect(() => pageOf(items, 4, 12, '/berita/')).toThrow('Halaman 4 tidak ada');
  });

  it('menyingkat tautan halaman pada daftar panjang', () => {
    const long = Array.from({ length: 1200 }, (_, index) => index);
    const numbers = pageOf(long, 50, 12, '/berita/').links.map((link) =>
      'gap' in link ? '…' : link.number,
    );
    expect(numbers).toEqual([1, '…', 48, 49, 50, 51, 52, '…', 100]);
  });

  it('membuat rute setiap halaman daftar bertopik, halaman 1 di alamat topiknya', () => {
    const paths = listPaths(items, 12, '/topik/pembinaan/', { tag: 'pembinaan' });
    expect(paths.map((path) => path.params)).toEqual([
      { tag: 'pembinaan', page: undefined },
      { tag: 'pembinaan', page: 'halaman/2' },
      { tag: 'pembinaan', page: 'halaman/3' },
    ]);
    expect(paths[2]?.props.page.prevUrl).toBe('/topik/pembinaan/halaman/2/');
    expect(listPaths(items.slice(0, 5), 12, '/topik/x/', { tag: 'x' })).toHaveLength(1);
  });
});
