import { getRssString, type RSSOptions } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { feedXml, xmlText } from './feedXml.ts';

/** XML 1.0's `Char` production: every character a well-formed document may hold. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

const options: RSSOptions = {
  title: 'Berita\u000c · Sinergi Pembinaan Ambon',
  description: 'Umpan\u0000uji',
  site: 'https://contoh.example/',
  items: [
    {
      title: 'Pelatihan Las\u000bAngkatan Kedua & <Ambon>',
      link: '/berita/pelatihan-las/',
      pubDate: new Date('2026-11-27T00:00:00Z'),
      description: 'Ringkasan \ufffe\uffff dengan \ud800 surrogat \u001f tunggal 🎉',
      categories: ['Berita', 'las\u0008'],
    },
  ],
};

describe('umpan RSS tetap XML yang sah', () => {
  it('@astrojs/rss sendiri meloloskan karakter terlarang', async () => {
    expect(await getRssString(options)).not.toMatch(XML_CHARS);
  });

  it('dokumen umpan hanya berisi karakter XML 1.0, teksnya tetap terbaca', async () => {
    const xml = await feedXml(options);
    expect(xml).toMatch(XML_CHARS);
    const feed = parse(xml);
    expect(feed.querySelector('channel > title')?.text).toBe('Berita  · Sinergi Pembinaan Ambon');
    expect(feed.querySelector('item title')?.text).toBe('Pelatihan Las Angkatan Kedua & <Ambon>');
    expect(feed.querySelector('item description')?.text).toBe(
      'Ringkasan \ufffd\ufffd dengan \ufffd surrogat   tunggal 🎉',
    );
    expect(feed.querySelectorAll('item category').map((category) => category.text)).toEqual([
      'Berita',
      'las ',
    ]);
  });

  it('tab, baris baru, emoji dan U+FFFD tidak diubah', () => {
    const text = 'a\tb\nc\r\nd 🎉 \ufffd é';
    expect(xmlText(text)).toBe(text);
  });

  it('setengah pasangan surrogat diganti, pasangan utuh tidak', () => {
    expect(xmlText('a\ud800b\udc00c\udc00\ud800')).toBe('a\ufffdb\ufffdc\ufffd\ufffd');
    expect(xmlText('\ud83c\udf89')).toBe('🎉');
  });
});
