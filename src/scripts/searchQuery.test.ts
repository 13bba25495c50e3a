import { describe, expect, it } from 'vitest';
import type { PadananGroup } from '../lib/content/padanan.ts';
import {
  combinations,
  describeSearch,
  listOf,
  planQuery,
  reportFor,
  statusText,
  type CheckedPart,
} from './searchQuery.ts';

const GROUPS: PadananGroup[] = [
  { istilah: ['warga binaan'], padanan: ['napi', 'narapidana'] },
  { istilah: ['mantan warga binaan'], padanan: ['mantan napi', 'eks napi'] },
  { istilah: ['lembaga pemasyarakatan', 'lapas'], padanan: ['lp'] },
  { istilah: ['Nota Kesepahaman'], padanan: ['mou'] },
  { istilah: ['rumah tahanan negara'], padanan: ['rutan'] },
];
const term = (shown: string) => ({ shown, searched: shown.toLowerCase() });

describe('planQuery: kueri dipecah menjadi kata dan padanan', () => {
  it('kata pembaca diganti istilah situs', () => {
    expect(planQuery('napi', GROUPS).parts).toEqual([
      { kind: 'padanan', typed: 'napi', terms: [term('warga binaan')] },
    ]);
  });

  it('frasa terpanjang dulu, huruf besar, tanda baca dan tanda hubung tidak dibedakan', () => {
    expect(planQuery('  Mantan NAPI, kerja ', GROUPS).parts).toEqual([
      { kind: 'padanan', typed: 'mantan napi', terms: [term('mantan warga binaan')] },
      { kind: 'kata', typed: 'kerja' },
    ]);
    expect(planQuery('eks-napi', GROUPS).parts[0]).toMatchObject({ typed: 'eks napi' });
    expect(planQuery('M.o.U', GROUPS).parts[0]).toMatchObject({ typed: 'mou' });
  });

  it('istilah yang diketik: ikut istilah lain sekelompok, yang diketik dicari lebih dulu', () => {
    expect(planQuery('lapas', GROUPS).parts).toEqual([
      { kind: 'padanan', typed: 'lapas', terms: [term('lapas'), term('lembaga pemasyarakatan')] },
    ]);
  });

  it('istilah tunggal yang diketik tetap kata biasa; kueri dalam tanda kutip tidak diubah', () => {
    expect(planQuery('warga binaan', GROUPS).parts).toEqual([
      { kind: 'kata', typed: 'warga' },
      { kind: 'kata', typed: 'binaan' },
    ]);
    expect(planQuery('"napi"', GROUPS)).toEqual({ typed: '"napi"', exact: true, parts: [] });
  });

  it('tanpa daftar padanan, setiap kata berdiri sendiri', () => {
    expect(planQuery('ikan asap', []).parts).toEqual([
      { kind: 'kata', typed: 'ikan' },
      { kind: 'kata', typed: 'asap' },
    ]);
  });
});

describe('combinations: satu pencarian per pilihan istilah', () => {
  it('kata yang tidak ditemukan tidak ikut; istilah jadi frasa yang harus ada', () => {
    const parts: CheckedPart[] = [
      {
        kind: 'padanan',
        typed: 'lp',
        terms: [],
        found: [term('lembaga pemasyarakatan'), term('lapas')],
      },
      { kind: 'kata', typed: 'bengkel', found: true },
      { kind: 'kata', typed: 'zzq', found: false },
    ];
    expect(combinations(parts)).toEqual([
      {
        searched: 'lembaga pemasyarakatan bengkel',
        shown: 'lembaga pemasyarakatan bengkel',
        phrases: ['lembaga pemasyarakatan'],
      },
      { searched: 'lapas bengkel', shown: 'lapas bengkel', phrases: ['lapas'] },
    ]);
  });

  it('paling banyak delapan pencarian, istilah pertama setiap bagian lebih dulu', () => {
    const four = ['a1', 'a2', 'a3', 'a4'].map(term);
    const part: CheckedPart = { kind: 'padanan', typed: 'x', terms: four, found: four };
    const combos = combinations([part, { ...part, typed: 'y' }]);
    expect(combos).toHaveLength(8);
    expect(combos[0]?.searched).toBe('a1 a1');
    expect(combos[1]?.searched).toBe('a1 a2');
  });

  it('tidak ada yang ditemukan: tidak ada pencarian', () => {
    expect(combinations([{ kind: 'kata', typed: 'zzq', found: false }])).toEqual([]);
  });
});

describe('describeSearch: halaman mengatakan apa yang dicari', () => {
  const text = (...args: Parameters<typeof describeSearch>) => statusText(describeSearch(...args));

  it('tanpa padanan: kalimat seperti sebelumnya', () => {
    const report = reportFor('bina', [{ kind: 'kata', typed: 'bina', found: true }]);
    expect(text(report, 12)).toBe('12 hasil untuk “bina”.');
  });

  it('padanan: "Menampilkan hasil untuk “warga binaan”, padanan “napi”."', () => {
    const report = reportFor('napi', [
      {
        kind: 'padanan',
        typed: 'napi',
        terms: [term('warga binaan')],
        found: [term('warga binaan')],
      },
    ]);
    expect(report).toEqual({
      typed: 'napi',
      searched: ['warga binaan'],
      replaced: ['napi'],
      notFound: [],
    });
    expect(text(report, 7)).toBe(
      '7 hasil untuk “napi”. Menampilkan hasil untuk “warga binaan”, padanan “napi”.',
    );
  });

  it('beberapa istilah: dicari semuanya, "atau"', () => {
    const both = [term('lapas'), term('lembaga pemasyarakatan')];
    const report = reportFor('lapas', [
      { kind: 'padanan', typed: 'lapas', terms: both, found: both },
    ]);
    expect(text(report, 16)).toBe(
      '16 hasil untuk “lapas”. Menampilkan hasil untuk “lapas” atau “lembaga pemasyarakatan”, padanan “lapas”.',
    );
  });

  it('kata yang tidak ditemukan disebut, tidak dibuang diam-diam', () => {
    const report = reportFor('mantan napi sipir kerja', [
      {
        kind: 'padanan',
        typed: 'mantan napi',
        terms: [term('mantan warga binaan')],
        found: [term('mantan warga binaan')],
      },
      { kind: 'kata', typed: 'sipir', found: false },
      { kind: 'kata', typed: 'kerja', found: true },
    ]);
    expect(report.notFound).toEqual([{ typed: 'sipir', equivalents: [] }]);
    expect(text(report, 3)).toBe(
      '3 hasil untuk “mantan napi sipir kerja”. Menampilkan hasil untuk “mantan warga binaan kerja”, padanan “mantan napi”. Tidak ditemukan: “sipir”, jadi kata itu tidak ikut dicari.',
    );
  });

  it('padanan yang istilahnya pun tidak ada: dikatakan dengan jujur', () => {
    const rutan: CheckedPart = {
      kind: 'padanan',
      typed: 'rutan',
      terms: [term('rumah tahanan negara')],
      found: [],
    };
    expect(text(reportFor('rutan', [rutan]), 0)).toBe(
      'Tidak ada hasil untuk “rutan”. Padanannya, “rumah tahanan negara”, juga tidak ditemukan.',
    );
    const withWord = reportFor('rutan ambon', [
      rutan,
      { kind: 'kata', typed: 'ambon', found: true },
    ]);
    expect(text(withWord, 5)).toBe(
      '5 hasil untuk “rutan ambon”. Tidak ditemukan: “rutan” maupun padanannya “rumah tahanan negara”, jadi kata itu tidak ikut dicari.',
    );
  });

  it('tanpa hasil: satu kata yang tidak ada cukup disebut sekali; saran menjadi tautan', () => {
    const report = reportFor('konsling', [{ kind: 'kata', typed: 'konsling', found: false }]);
    expect(text(report, 0)).toBe('Tidak ada hasil untuk “konsling”.');
    const parts = describeSearch(report, 0, ['konseling', 'konselor']);
    expect(parts).toContainEqual({ saran: 'konseling' });
    expect(statusText(parts)).toBe(
      'Tidak ada hasil untuk “konsling”. Maksud Anda konseling atau konselor?',
    );
  });

  it('daftar berbahasa Indonesia', () => {
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'], 'atau')).toBe('a atau b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b, dan c');
  });
});
