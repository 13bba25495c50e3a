import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { beritaSchema } from './schemas.ts';
import { problemFromIssue } from './messages.ts';
import {
  forbiddenInLine,
  forbiddenInText,
  isInvisible,
  isWrappedInSmartQuotes,
  overlongWord,
} from './textRules.ts';

const tools = {
  image: () => z.string(),
  reference: () => z.string(),
} as unknown as Parameters<typeof beritaSchema>[0];

const news = (title: string) => ({
  title,
  description: 'Deskripsi uji yang cukup panjang untuk lolos batas lima puluh karakter.',
  publishDate: new Date('2026-11-27'),
  author: 'Tim Redaksi',
  cover: { image: './cover.jpg', alt: 'Bidang biru polos sebagai sampul uji' },
  tags: ['uji'],
});

/** The message an editor reads for the title, or `undefined` when the title is accepted. */
function titleVerdict(title: string) {
  const result = beritaSchema(tools).safeParse(news(title));
  if (result.success) return undefined;
  const issue = result.error.issues.find((candidate) => candidate.path[0] === 'title');
  return issue && problemFromIssue('x.mdx', issue, news(title));
}

describe('karakter tersembunyi di kolom teks', () => {
  it.each([
    ['tab vertikal dari Shift+Enter', 'Pelatihan Tata Boga\u000bDimulai', 'U+000B (tab vertikal'],
    ['baris baru', 'Judul biasa\n::error::Periksa lulus', 'U+000A (baris baru)'],
    ['pemaksa arah kanan-ke-kiri', 'Harga paket \u202e000.05 Rp murah', 'U+202E'],
    ['pengisolasi arah', 'Judul dengan \u2066isolasi\u2069 arah', 'U+2066'],
    ['karakter kendali C1', 'Judul dengan kendali\u0085 C1', 'U+0085'],
  ])('%s ditolak dengan nama karakternya', (_, title, named) => {
    const verdict = titleVerdict(title);
    expect(verdict?.problem).toContain(`ada karakter tak terlihat ${named}`);
    expect(verdict?.fix).toContain('ketik ulang');
  });

  it.each([
    ['spasi lebar nol', '\u200b'.repeat(12)],
    ['penyambung lebar nol dan spasi', '\u200d \u200c \u2060 \ufeff \u200d \u200c'],
    ['pengisi Hangul', '\u3164'.repeat(10)],
  ])('judul yang hanya %s ditolak', (_, title) => {
    expect(titleVerdict(title)?.problem).toContain('hanya karakter tak terlihat');
    expect(isInvisible(title)).toBe(true);
  });

  it('judul biasa, beraksen, atau beremoji diterima', () => {
    for (const title of [
      'Pelatihan Tata Boga Dimulai',
      'Kafé Binaan di Ambon 🎉',
      'Ikan asap—produk baru',
    ])
      expect(titleVerdict(title)).toBeUndefined();
  });

  it('teks berjalan boleh berisi tab dan baris baru, tidak boleh kendali lain', () => {
    expect(forbiddenInText('baris\tsatu\nbaris dua\r\n')).toBeUndefined();
    expect(forbiddenInText('a\u000cb')?.code).toBe('U+000C');
    expect(forbiddenInLine('a\tb')?.code).toBe('U+0009');
  });
});

describe('peringatan yang tidak menghentikan terbit', () => {
  it.each([
    ['“Judul dari Word”', true],
    ['„Judul“', true],
    ['‘Judul’', true],
    ['Judul dengan “kutipan” di tengah', false],
    ['"Judul lurus"', false],
  ])('%s diapit kutip miring: %s', (value, expected) => {
    expect(isWrappedInSmartQuotes(value)).toBe(expected);
  });

  it('menemukan kata yang terlalu panjang untuk layar ponsel', () => {
    expect(overlongWord('Pelatihan https://contoh.id/berita/pelatihan/dimulai hari ini')).toBe(
      'https://contoh.id/berita/pelatihan/dimulai',
    );
    expect(overlongWord(`Judul ${'a'.repeat(31)} panjang`)).toBe('a'.repeat(31));
    expect(overlongWord('Ketidakbertanggungjawaban itu kata Indonesia terpanjang')).toBeUndefined();
  });
});
