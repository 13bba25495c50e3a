import { describe, expect, it } from 'vitest';
import {
  BlockCounter,
  blockKeys,
  bodyRanges,
  REPEATED_BLOCK_WEIGHT,
  weighRepeatedBlocks,
} from './searchWeights.ts';

/** A built entry page as Pagefind sees it: chrome outside the body, the entry inside. */
const page = (title: string, body: string, outside = '') =>
  `<html lang="id"><body><header><h2>Menu</h2></header><main><article data-pagefind-body>` +
  `<h1 class="judul">${title}</h1>${body}</article>${outside}</main></body></html>`;

const TEMPLATE = '<h2 id="dukungan">Dukungan dalam <em>nota</em> kesepahaman</h2>';

describe('bobot blok yang berulang di banyak halaman', () => {
  it('hanya isi data-pagefind-body yang dihitung, termasuk elemen bersarang bernama sama', () => {
    const html = page('A', '<article><h2>Dalam</h2></article><p>Sesudah</p>', '<h2>Baca juga</h2>');
    const [range] = bodyRanges(html);
    expect(range).toBeDefined();
    const body = html.slice(...(range ?? [0, 0]));
    expect(body).toContain('Sesudah');
    expect(body).not.toContain('Baca juga');
    expect([...blockKeys(html)].sort()).toEqual(['a', 'dalam', 'sesudah']);
  });

  it('judul bagian di tiga halaman diberi bobot rendah; di dua halaman tidak', () => {
    const pages = [
      page('Tata Boga', `${TEMPLATE}<p>Memasak.</p><h2>Sasaran</h2>`),
      page('Konseling', `${TEMPLATE}<p>Berbicara.</p><h2>Sasaran</h2>`),
      page('Perbengkelan', `${TEMPLATE}<p>Mengelas.</p>`),
    ];
    const counter = new BlockCounter();
    pages.forEach((html) => counter.add(html));
    const repeated = counter.repeated();
    expect(repeated).toEqual(new Set(['dukungan dalam nota kesepahaman']));

    const weighted = weighRepeatedBlocks(pages[0] ?? '', repeated);
    expect(weighted).toContain(
      `<h2 id="dukungan" data-pagefind-weight="${REPEATED_BLOCK_WEIGHT}">Dukungan dalam <em>nota</em> kesepahaman</h2>`,
    );
    expect(weighted).toContain('<h2>Sasaran</h2>');
    expect(weighted).toContain('<h1 class="judul">Tata Boga</h1>');
  });

  it('paragraf dan butir daftar yang sama juga; teks di luar isi dan bobot buatan tetap', () => {
    const boilerplate = '<p>Rincian materi akan dimuat   di halaman ini.</p>';
    const pages = ['A', 'B', 'C'].map((title) =>
      page(
        title,
        `${boilerplate}<ul><li>Tata Boga</li></ul><h2 data-pagefind-weight="3">Topik</h2>`,
        '<h2>Baca juga</h2>',
      ),
    );
    const counter = new BlockCounter();
    pages.forEach((html) => counter.add(html));
    const repeated = counter.repeated();
    expect(repeated).toEqual(new Set(['rincian materi akan dimuat di halaman ini.', 'tata boga']));
    const weighted = weighRepeatedBlocks(pages[1] ?? '', repeated);
    expect(weighted).toContain(`<p data-pagefind-weight="${REPEATED_BLOCK_WEIGHT}">Rincian`);
    expect(weighted).toContain(
      `<li data-pagefind-weight="${REPEATED_BLOCK_WEIGHT}">Tata Boga</li>`,
    );
    expect(weighted).toContain('<h2 data-pagefind-weight="3">Topik</h2>');
    expect(weighted.endsWith('<h2>Baca juga</h2></main></body></html>')).toBe(true);
  });

  it('halaman tanpa blok berulang dikembalikan apa adanya', () => {
    const html = page('Satu', '<p>Isi.</p>');
    expect(weighRepeatedBlocks(html, new Set(['lain']))).toBe(html);
    expect(weighRepeatedBlocks(html, new Set())).toBe(html);
  });
});
