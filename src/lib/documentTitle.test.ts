import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from './documentTitle.ts';

describe('judul dokumen', () => {
  it('menambahkan nama situs bila muat', () => {
    expect(documentTitle('Berita')).toBe('Berita · Sinergi Pembinaan Ambon');
  });

  it('memakai judul saja bila nama situs tidak muat', () => {
    const title = 'Pameran Produk Karya Warga Binaan di Ambon Menarik Banyak Pengunjung';
    expect(documentTitle(title)).toBe(title);
  });

  it('memotong judul yang terlalu panjang di batas kata', () => {
    const title =
      'Pemkot Ambon dan Kanwil Ditjenpas Maluku Sepakati Penguatan Pembinaan Warga Binaan';
    const result = documentTitle(title);
    expect(result.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result).toBe('Pemkot Ambon dan Kanwil Ditjenpas Maluku Sepakati Penguatan Pembinaan…');
  });
});
