import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { article, jsonLd } from './structuredData.ts';

const site = new URL('https://contoh.example/');
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!-- <script>',
  '-->',
  ']]> & &amp;',
  'baris\u2028paragraf\u2029',
  'surrogat \ud800 tunggal',
];

const data = article({
  type: 'NewsArticle',
  url: new URL('/berita/uji/', site),
  headline: HOSTILE.join(' '),
  description: HOSTILE.join(' '),
  image: new URL('/og/berita/uji.jpg', site),
  published: new Date('2026-11-27T00:00:00Z'),
  author: HOSTILE[0],
  site,
});

describe('JSON-LD dari teks editor', () => {
  it('tidak memuat < atau >, jadi tidak dapat menutup <script> atau membuka komentar', () => {
    expect(jsonLd(data)).not.toMatch(/[<>]/);
  });

  it('dibaca kembali sebagai data yang sama, juga dari dalam elemen <script> di HTML', () => {
    const page = parse(
      `<head><script type="application/ld+json">${jsonLd([data])}</script></head><body><p>isi</p></body>`,
    );
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual([data]);
    expect(page.querySelector('p')?.text).toBe('isi');
  });
});
