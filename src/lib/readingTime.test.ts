import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel } from './readingTime.ts';

describe('waktu baca', () => {
  it('menghitung kata tulisan, bukan impor, komponen atau alamat tautan', () => {
    const body = [
      "import dapur from './dapur.jpg';",
      '',
      '## Latar belakang',
      '',
      'Warga binaan belajar [tata boga](/program/tata-boga/) bersama pelatih.',
      '',
      '<Gambar src={dapur} alt="Meja dapur" />',
    ].join('\n');
    expect(countWords(body)).toBe(9);
  });

  it('membulatkan ke menit dan paling sedikit satu menit', () => {
    expect(readingMinutes('kata '.repeat(10))).toBe(1);
    expect(readingMinutes('kata '.repeat(1000))).toBe(5);
    expect(readingTimeLabel('kata '.repeat(610))).toBe('3 menit baca');
  });
});
