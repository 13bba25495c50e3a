import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawShareImage, SHARE_HEIGHT, SHARE_WIDTH, TITLE_BOX, titleLayer } from './shareImage.ts';

const COVER = fileURLToPath(
  new URL('../../tests/fixtures/sites/good/berita/terbit/cover.jpg', import.meta.url),
);

const LONG_WORD = 'Pelatihan'.repeat(13).slice(0, 120);

/** Titles that pass the schema's 10–120 characters, and a few that should not but might. */
const TITLES: Record<string, string> = {
  biasa: 'Pemkot Ambon dan Kanwil Ditjenpas Maluku Sepakati Penguatan Pembinaan Warga Binaan',
  'satu kata 120 huruf': LONG_WORD,
  'alamat panjang': `https://contoh.example/berita/${'pelatihan-las-'.repeat(6)}`.slice(0, 120),
  'banyak kata pendek': 'a b '.repeat(30),
  'huruf lebar': 'W'.repeat(120),
  'huruf lebar penuh': 'Ｗ'.repeat(120),
  'karakter XML': `&<>"'`.repeat(24),
  'aksara campuran': 'Pelatihan لحام 焊接 сварка क्षत्रिय การฝึกอบรม 🔥 ',
  'kanan ke kiri': 'מרכז הכשרה '.repeat(10),
  'penimpa arah': '\u202eJudul terbalik\u202c lalu biasa dan \u2067terisolasi\u2069',
  emoji: '👩🏽‍🔧🎉'.repeat(17),
  'tanda gabung': 'a\u0301\u0302\u0303'.repeat(30),
  'tumpukan tanda gabung': `a${'\u0301'.repeat(119)}`,
  'tanda gabung di bawah': `a${'\u0316\u0317\u0318\u0319'.repeat(29)}`,
  'spasi lebar nol di antara huruf': 'Pelatihan'.split('').join('\u200b').repeat(6),
  'penyambung di antara huruf': 'Pelatihan'.split('').join('\u200d').repeat(6),
  'hanya spasi lebar nol': '\u200b'.repeat(20),
  'hanya penyambung': '\u200d\u200c\u2060\ufeff'.repeat(5),
  'hanya tanda hubung lunak': '\u00ad'.repeat(20),
  'hanya spasi tak putus': '\u00a0'.repeat(20),
  'hanya braille kosong': '\u2800'.repeat(20),
  'tab vertikal dari Word': 'Pelatihan Las\u000bAngkatan Kedua di Ambon',
  'karakter NUL': 'Pelatihan Las\u0000Angkatan Kedua',
  'baris baru': 'Baris\n'.repeat(20),
  'pemisah baris': 'Baris\u2028'.repeat(20),
  'surrogat tunggal dan bukan karakter': 'Pelatihan \ud800 las \ufffe\uffff ambon',
};

const hasInk = (data: Buffer, channels: number) =>
  data.some((value, index) => index % channels === channels - 1 && value > 0);

describe('gambar bagikan untuk judul apa pun', () => {
  it.each(Object.entries(TITLES))('judul %s muat di area judul dan terlihat', async (_, title) => {
    const { data, info } = await titleLayer(title);
    expect(info.width).toBeGreaterThan(0);
    expect(info.width).toBeLessThanOrEqual(TITLE_BOX.width);
    expect(info.height).toBeLessThanOrEqual(TITLE_BOX.maxHeight);
    expect(hasInk(data, info.channels)).toBe(true);
  });

  it('satu kata panjang dipatahkan menjadi beberapa baris, bukan diperkecil', async () => {
    const { info } = await titleLayer(LONG_WORD);
    expect(info.width).toBeGreaterThan(TITLE_BOX.width * 0.9);
    expect(info.height).toBeGreaterThan(TITLE_BOX.maxHeight / 2);
  });

  it.each(Object.entries(TITLES))('gambar utuh untuk judul %s', async (_, title) => {
    const image = await drawShareImage({ title, kind: 'Berita · Contoh', coverFile: COVER });
    const { width, height, format } = await sharp(image).metadata();
    expect({ width, height, format }).toEqual({
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      format: 'jpeg',
    });
  });

  it.each(['Informasi publik', '\u200b\u200b', 'Program'.repeat(30), 'Kisah\u000b&<>'])(
    'label jenis %j tidak menggagalkan gambar',
    async (kind) => {
      const image = await drawShareImage({ title: 'Pelatihan Las Angkatan Kedua', kind });
      expect((await sharp(image).metadata()).width).toBe(SHARE_WIDTH);
    },
  );
});
