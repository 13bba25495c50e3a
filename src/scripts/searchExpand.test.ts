import { describe, expect, it } from 'vitest';
import type { PadananGroup } from '../lib/content/padanan.ts';
import {
  countFilters,
  expandedSearch,
  markedWords,
  mergeResults,
  pagesByFilterValue,
  startsLike,
  wordIsFound,
  type Engine,
  type EngineResult,
} from './searchExpand.ts';
import { planQuery } from './searchQuery.ts';

interface FakePage {
  content: string;
  title?: string;
  jenis: string;
}
/** Pages of a small site: id → text and filter. */
const PAGES: Record<string, FakePage> = {
  mou: { content: 'Nota kesepahaman pembinaan warga binaan ditandatangani', jenis: 'Berita' },
  kisah: { content: 'Kisah ini ilustratif. M., 41, membuka usaha ikan asap', jenis: 'Kisah' },
  lapas: { content: 'Pelatihan di lapas untuk warga binaan', jenis: 'Program' },
  lp: { content: 'Kunjungan ke lembaga pemasyarakatan di Ambon', jenis: 'Berita' },
  balai: { content: 'Di Balai Kota Ambon kantor pemasyarakatan hadir', jenis: 'Berita' },
};

/**
 * A fake index that answers like Pagefind 1.6 for the terms listed: each term → pages with their
 * score and the position of the word Pagefind marked. Quoted terms are the exact searches.
 */
function fakeEngine(answers: Record<string, [string, number, number[]][]>) {
  const calls: string[] = [];
  /** The pages whose data was asked for, once per request. */
  const dataCalls: string[] = [];
  const engine: Engine = {
    async search(term, options) {
      calls.push(term ?? '(saringan)');
      const wanted = (options.filters as { jenis?: string } | undefined)?.jenis;
      const rows: [string, number, number[]][] =
        term === null ? Object.keys(PAGES).map((id) => [id, 1, []]) : (answers[term] ?? []);
      const results = rows
        .filter(([id]) => !wanted || PAGES[id]?.jenis === wanted)
        .map(([id, score, locations]) => ({
          id,
          score,
          data: async () => {
            dataCalls.push(id);
            return {
              content: PAGES[id]?.content ?? '',
              locations,
              meta: { title: PAGES[id]?.title },
            };
          },
        }));
      return { results, filters: { jenis: { pagefind: results.length } } };
    },
  };
  return { engine, calls, dataCalls };
}

const GROUPS: PadananGroup[] = [
  { istilah: ['nota kesepahaman'], padanan: ['mou'] },
  { istilah: ['lembaga pemasyarakatan', 'lapas'], padanan: ['lp', 'penjara'] },
  { istilah: ['balai pemasyarakatan'], padanan: ['bapas'] },
  { istilah: ['warga binaan'], padanan: ['napi'] },
];

describe('wordIsFound: kata yang ditemukan, bukan kata pendek yang kebetulan mengawalinya', () => {
  it('cocok persis (termasuk kata dasar Pagefind): ditemukan', async () => {
    const { engine } = fakeEngine({ '"ikan"': [['kisah', 1, [6]]] });
    expect(await wordIsFound(engine, 'ikan')).toBe(true);
  });

  it('awalan kata yang ada ("hidro" → "hidroponik"): ditemukan', async () => {
    PAGES.kebun = { content: 'Kebun hidroponik di lahan sempit', jenis: 'Berita' };
    const { engine } = fakeEngine({ hidro: [['kebun', 3, [1]]] });
    expect(await wordIsFound(engine, 'hidro')).toBe(true);
  });

  it('"mou" yang hanya mengenai inisial "M." dan "dinsos" yang hanya mengenai "di": tidak', async () => {
    const { engine } = fakeEngine({
      mou: [['kisah', 10, [3]]],
      dinsos: [['balai', 0.2, [0]]],
    });
    expect(await wordIsFound(engine, 'mou')).toBe(false);
    expect(await wordIsFound(engine, 'dinsos')).toBe(false);
  });

  it('tidak ada sama sekali: tidak', async () => {
    const { engine } = fakeEngine({});
    expect(await wordIsFound(engine, 'konsling')).toBe(false);
  });

  it('kata yang ditandai diambil dari posisinya, atau dari judul bila hanya judul yang cocok', () => {
    expect(markedWords({ content: 'Kisah ini. M., 41', locations: [2], meta: {} })).toEqual(['m']);
    expect(
      markedWords({ content: 'x', locations: [], meta: { title: 'Kerajinan Tangan' } }),
    ).toEqual(['kerajinan', 'tangan']);
    expect(startsLike('pembinaan', 'pembinaanya')).toBe(true);
    expect(startsLike('pembinaan', 'membinaa')).toBe(true);
    expect(startsLike('di', 'dinsos')).toBe(false);
  });
});

describe('expandedSearch: padanan, kata yang tidak ditemukan, dan penggabungan', () => {
  it('kata pembaca diganti istilah; hasil hanya halaman yang memuat frasa itu', async () => {
    const { engine, calls } = fakeEngine({
      '"nota kesepahaman"': [['mou', 1, [0, 1]]],
      'nota kesepahaman': [
        ['mou', 5, [0, 1]],
        ['balai', 1, [3]],
      ],
    });
    const outcome = await expandedSearch(engine, planQuery('MoU', GROUPS), {});
    expect(outcome?.results.map((result) => result.id)).toEqual(['mou']);
    expect(outcome?.report).toEqual({
      typed: 'MoU',
      searched: ['nota kesepahaman'],
      replaced: ['mou'],
      notFound: [],
    });
    // The reader's word itself never reaches Pagefind, so the "M." fallback cannot answer it.
    expect(calls).not.toContain('mou');
    // Results were trimmed to the phrase: Pagefind's counts no longer apply.
    expect(outcome?.filters).toBeUndefined();
  });

  it('"balai pemasyarakatan" tidak dipenuhi "Balai Kota … pemasyarakatan"', async () => {
    const { engine } = fakeEngine({
      'balai pemasyarakatan': [['balai', 2, [1, 4]]],
      '"balai pemasyarakatan"': [],
    });
    const outcome = await expandedSearch(engine, planQuery('bapas', GROUPS), {});
    expect(outcome?.results).toEqual([]);
    expect(outcome?.report.notFound).toEqual([
      { typed: 'bapas', equivalents: ['balai pemasyarakatan'] },
    ]);
  });

  it('dua istilah: dua pencarian, hasil digabung tanpa ganda, skor dibanding dalam pencariannya', async () => {
    const { engine, calls } = fakeEngine({
      '"lembaga pemasyarakatan"': [['lp', 1, [2, 3]]],
      '"lapas"': [['lapas', 1, [2]]],
      'lembaga pemasyarakatan': [['lp', 0.4, [2, 3]]],
      lapas: [['lapas', 9, [2]]],
    });
    const outcome = await expandedSearch(engine, planQuery('penjara', GROUPS), {});
    expect(calls.filter((call) => !call.startsWith('"'))).toEqual([
      'lembaga pemasyarakatan',
      'lapas',
    ]);
    // 0.4 is the best "lembaga pemasyarakatan" has, as 9 is for "lapas": both count as 1.
    expect(outcome?.results.map((result) => result.id)).toEqual(['lp', 'lapas']);
    expect(outcome?.report.searched).toEqual(['lembaga pemasyarakatan', 'lapas']);
  });

  it('kata yang tidak ditemukan dilaporkan dan tidak dikirim ke Pagefind', async () => {
    const { engine, calls } = fakeEngine({
      '"warga binaan"': [
        ['mou', 1, [3, 4]],
        ['lapas', 1, [4, 5]],
      ],
      '"pembinaan"': [['mou', 1, [2]]],
      'warga binaan pembinaan': [['mou', 3, [2, 3, 4]]],
      sipir: [['kisah', 2, [3]]],
    });
    const outcome = await expandedSearch(engine, planQuery('napi sipir pembinaan', GROUPS), {});
    expect(outcome?.results.map((result) => result.id)).toEqual(['mou']);
    expect(outcome?.report.notFound).toEqual([{ typed: 'sipir', equivalents: [] }]);
    expect(calls).not.toContain('warga binaan sipir pembinaan');
  });

  it('kata biasa yang ditandai di hasil pertama: satu pencarian, tanpa pemeriksaan per kata', async () => {
    const { engine, calls, dataCalls } = fakeEngine({
      'ikan asap': [
        ['kisah', 4, [7, 8]],
        ['mou', 1, [0]],
        ['lapas', 1, [1]],
        ['lp', 1, [2]],
      ],
    });
    const outcome = await expandedSearch(engine, planQuery('ikan asap', GROUPS), {});
    expect(calls).toEqual(['ikan asap']);
    expect(outcome?.results.map((result) => result.id)).toEqual(['kisah', 'mou', 'lapas', 'lp']);
    expect(outcome?.report).toEqual({
      typed: 'ikan asap',
      searched: ['ikan asap'],
      replaced: [],
      notFound: [],
    });
    expect(outcome?.filters).toEqual({ jenis: { pagefind: 4 } });
    // Only the results the page shows first are read, and the page reading them again costs nothing.
    expect(dataCalls).toEqual(['kisah', 'mou', 'lapas']);
    await outcome?.results[0]?.data();
    expect(dataCalls).toEqual(['kisah', 'mou', 'lapas']);
  });

  it('kata yang hanya mengenai kata lain di hasil pertama tetap diperiksa sendiri', async () => {
    // Pagefind answers "kemenkumham" with the initial "M." and keeps going with "asap".
    const { engine, calls } = fakeEngine({
      'kemenkumham asap': [['kisah', 5, [3, 8]]],
      kemenkumham: [['kisah', 10, [3]]],
      '"asap"': [['kisah', 1, [8]]],
      asap: [['kisah', 2, [8]]],
    });
    const outcome = await expandedSearch(engine, planQuery('kemenkumham asap', GROUPS), {});
    expect(calls).toContain('"kemenkumham"');
    expect(outcome?.results.map((result) => result.id)).toEqual(['kisah']);
    expect(outcome?.report.searched).toEqual(['asap']);
    expect(outcome?.report.notFound).toEqual([{ typed: 'kemenkumham', equivalents: [] }]);
  });

  it('kueri tanpa satu kata pun tidak dikirim ke Pagefind', async () => {
    const { engine, calls } = fakeEngine({ '': [['mou', 1, []]] });
    const outcome = await expandedSearch(engine, planQuery('!!! ?', GROUPS), {});
    expect(outcome?.results).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('kueri dalam tanda kutip diteruskan apa adanya', async () => {
    const { engine, calls } = fakeEngine({ '"nota kesepahaman"': [['mou', 1, [0, 1]]] });
    const outcome = await expandedSearch(engine, planQuery('"nota kesepahaman"', GROUPS), {});
    expect(calls).toEqual(['"nota kesepahaman"']);
    expect(outcome?.results).toHaveLength(1);
    expect(outcome?.filters).toBeDefined();
  });

  it('satu pencarian yang tidak dipangkas: jumlah per saringan dari Pagefind dipakai', async () => {
    const { engine } = fakeEngine({
      '"ikan"': [['kisah', 1, [6]]],
      ikan: [['kisah', 4, [6]]],
    });
    const outcome = await expandedSearch(engine, planQuery('ikan', GROUPS), {});
    expect(outcome?.filters).toEqual({ jenis: { pagefind: 1 } });
  });
});

describe('penggabungan dan jumlah per saringan', () => {
  const result = (id: string, score: number): EngineResult => ({
    id,
    score,
    data: async () => ({ content: '', locations: [], meta: {} }),
  });

  it('urut terbaru: skor Pagefind adalah urutan situs, dipakai apa adanya', () => {
    const merged = mergeResults(
      [
        [result('a', 10), result('b', 4)],
        [result('c', 7), result('a', 10)],
      ],
      true,
    );
    expect(merged.map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });

  it('jumlah per nilai saringan dihitung ulang atas hasil gabungan', async () => {
    const { engine } = fakeEngine({});
    const byValue = await pagesByFilterValue(engine, {
      jenis: { Berita: 3, Kisah: 1, Program: 1 },
    });
    expect(countFilters(['mou', 'lp', 'kisah'], byValue)).toEqual({
      jenis: { Berita: 2, Kisah: 1, Program: 0 },
    });
  });
});
