import { describe, expect, it } from 'vitest';
import { stem } from './searchStem.ts';
import { allowedDistance, suggestQueries, suggestWords, type Vocabulary } from './searchSuggest.ts';

/** A slice of the real site's word list (pagefind/kosakata-id.json), with its counts. */
const VOCABULARY: Vocabulary = {
  kata: {
    hidroponik: 8,
    konseling: 28,
    konselor: 2,
    konsep: 3,
    kelas: 20,
    menjahitkan: 1,
    penjahit: 2,
    pembinaan: 58,
    membina: 3,
    binaan: 109,
    bengkel: 37,
    perbengkelan: 21,
    kebun: 4,
    lapas: 14,
    lepas: 3,
    asap: 20,
    pengasapan: 5,
  },
};

describe('stem: pemotongan imbuhan sederhana', () => {
  it.each([
    ['pembinaan', 'bina'],
    ['membina', 'bina'],
    ['menjahit', 'jahit'],
    ['penjahit', 'jahit'],
    ['menjahitkan', 'jahit'],
    ['pelatihannya', 'latih'],
    ['diperkenalkan', 'kenal'],
    ['bersama', 'sama'],
    ['terbawa', 'bawa'],
    ['sepulang', 'pulang'],
    ['kebunlah', 'bun'],
    ['hidroponik', 'hidroponik'],
    ['konseling', 'konseling'],
    ['asap', 'asap'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('tidak memotong sampai kurang dari tiga huruf', () => {
    expect(stem('dian')).toBe('dian');
    expect(stem('kerja')).toBe('rja');
    expect(stem('mei')).toBe('mei');
  });
});

describe('allowedDistance: batas jarak saran', () => {
  it('batas jarak menurut panjang kata', () => {
    expect([
      allowedDistance('asp'),
      allowedDistance('konsling'),
      allowedDistance('hidroponk'),
    ]).toEqual([1, 1, 2]);
  });
});

describe('suggestWords: kata terdekat di kosakata, yang terbaik dulu', () => {
  it('salah ketik satu huruf', () => {
    expect(suggestWords('hidroponk', VOCABULARY)[0]).toBe('hidroponik');
    expect(suggestWords('konsling', VOCABULARY)[0]).toBe('konseling');
  });

  it('jarak sama: kata yang lebih sering dipakai situs lebih dulu', () => {
    // "lapas" and "lepas" are both one edit from "lopas"; the site uses the first more.
    expect(suggestWords('lopas', VOCABULARY)).toEqual(['lapas', 'lepas']);
  });

  it('kata dasar yang sama menolong bentuk berimbuhan yang jauh', () => {
    // "dijahit" is 3+ edits from every word, but its stem "jahit" is that of "penjahit".
    expect(suggestWords('dijahit', VOCABULARY)).toContain('penjahit');
    expect(suggestWords('pengasapanya', VOCABULARY)[0]).toBe('pengasapan');
  });

  it('tidak ada saran bila tidak ada kata yang cukup dekat; kata itu sendiri bukan saran', () => {
    expect(suggestWords('zzqxv', VOCABULARY)).toEqual([]);
    // Two slips from a real word of eight letters is another real word, not a typo.
    expect(suggestWords('menjahit', { kata: { menjadi: 40 } })).toEqual([]);
    expect(suggestWords('bengkel', VOCABULARY)).not.toContain('bengkel');
  });

  it('20.000 kata dalam sepersekian detik', () => {
    const big: Vocabulary = { kata: { ...VOCABULARY.kata } };
    for (let index = 0; index < 20_000; index += 1) big.kata[`kata${index.toString(36)}an`] = 1;
    const started = performance.now();
    expect(suggestWords('hidroponk', big)[0]).toBe('hidroponik');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('suggestQueries: kueri utuh untuk "Maksud Anda"', () => {
  it('kata yang salah diganti, kata lain tetap', () => {
    expect(suggestQueries(['kebun', 'hidroponk'], new Set(['hidroponk']), VOCABULARY)).toEqual([
      'kebun hidroponik',
    ]);
  });

  it('beberapa pilihan untuk satu kata, paling banyak tiga', () => {
    expect(suggestQueries(['bengkel', 'lopas'], new Set(['lopas']), VOCABULARY)).toEqual([
      'bengkel lapas',
      'bengkel lepas',
    ]);
  });

  it('kata tanpa saran dibuang dari saran; tanpa satu pun saran, tidak ada', () => {
    expect(
      suggestQueries(['konsling', 'zzqxv'], new Set(['konsling', 'zzqxv']), VOCABULARY)[0],
    ).toBe('konseling');
    expect(suggestQueries(['zzqxv'], new Set(['zzqxv']), VOCABULARY)).toEqual([]);
  });
});
