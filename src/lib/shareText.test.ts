import { describe, expect, it } from 'vitest';
import { isInvisible } from './content/textRules.ts';
import { codePoints, fitText, flowingText, type Layer, type TextBox } from './shareText.ts';

const BOX: TextBox = { sizes: [40, 24], width: 300, maxHeight: 120, color: '#ffffff' };

const hasInk = ({ data, info }: Layer) =>
  data.some((value, index) => index % info.channels === info.channels - 1 && value > 0);

describe('teks gambar bagikan', () => {
  it('menjadikan baris baru dan karakter kendali spasi, teks lain utuh', () => {
    expect(flowingText('Judul\u000bbaris\r\nkedua\u0000dan\u2028ketiga')).toBe(
      'Judul baris  kedua dan ketiga',
    );
    expect(flowingText('Ambon 🎉 مرحبا é')).toBe('Ambon 🎉 مرحبا é');
  });

  it('menulis kode karakter, termasuk di luar BMP', () => {
    expect(codePoints('\u200b\u{1F600}a')).toBe('U+200B U+1F600 U+0061');
  });

  it('teks tanpa tinta tampil sebagai kode karakternya, tidak hilang', async () => {
    const invisible = await fitText('\u200b\u200b\u200b', BOX);
    const written = await fitText('U+200B U+200B U+200B', BOX);
    expect(hasInk(invisible)).toBe(true);
    expect(invisible.info).toEqual(written.info);
  });

  it('teks yang baru diketahui tanpa tinta saat digambar juga tampil sebagai kode karakternya', async () => {
    // The blank Braille pattern is a symbol, not a blank: only Pango finds it has no ink.
    expect(isInvisible('\u2800\u2800')).toBe(false);
    const invisible = await fitText('\u2800\u2800', BOX);
    expect(hasInk(invisible)).toBe(true);
    expect(invisible.info).toEqual((await fitText('U+2800 U+2800', BOX)).info);
  });

  it('mengecilkan piksel bila ukuran terkecil pun tidak muat', async () => {
    const box: TextBox = { sizes: [40], width: 60, maxHeight: 20, color: '#ffffff' };
    const layer = await fitText('Pelatihan vokasional', box);
    expect(layer.info.width).toBeLessThanOrEqual(box.width);
    expect(layer.info.height).toBeLessThanOrEqual(box.maxHeight);
    expect(hasInk(layer)).toBe(true);
  });

  it('memakai ukuran terbesar yang muat', async () => {
    const large = await fitText('Ambon', BOX);
    const small = await fitText('Ambon', BOX, 24);
    expect(large.info.height).toBeGreaterThan(small.info.height);
  });
});
