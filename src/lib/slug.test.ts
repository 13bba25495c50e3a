import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('membuat alamat dari judul berbahasa Indonesia', () => {
    expect(slugify('Pelatihan Tata Boga: Menu Khas Maluku')).toBe(
      'pelatihan-tata-boga-menu-khas-maluku',
    );
  });

  it('membuang tanda baca, aksen dan spasi berlebih', () => {
    expect(slugify('  Kisah "R., 34" — Kembali ke Rumah!  ')).toBe('kisah-r-34-kembali-ke-rumah');
    expect(slugify('Café Ikan Asap')).toBe('cafe-ikan-asap');
  });

  it('menulis & sebagai "dan"', () => {
    expect(slugify('Konseling & Bimbingan')).toBe('konseling-dan-bimbingan');
  });

  it('memotong judul panjang di batas kata', () => {
    const slug = slugify(
      'Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku menandatangani nota kesepahaman pembinaan warga binaan',
      60,
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('pemerintah-kota-ambon-dan-kanwil-ditjenpas-maluku');
  });
});
