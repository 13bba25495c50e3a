import { describe, expect, it } from 'vitest';
import type { Berita, Kisah, Program } from './entryTypes.ts';
import { homePageData } from './homePage.ts';

const news = (id: string, featured = false) => ({ id, data: { featured } }) as unknown as Berita;
const story = (id: string) => ({ id }) as unknown as Kisah;
const program = (id: string, category: 'vokasional' | 'kepribadian') =>
  ({ id, data: { category } }) as unknown as Program;
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

/** News arrives newest first, as getNews gives it. */
const newest = ['f', 'e', 'd', 'c', 'b', 'a'].map((id) => news(id));

describe('beranda', () => {
  it('membuka dengan berita terbaru bila tidak ada yang ditandai featured', () => {
    const { lead, latest } = homePageData({ news: newest, programs: [], stories: [] });
    expect(lead?.id).toBe('f');
    expect(ids(latest)).toEqual(['e', 'd', 'c', 'b']);
  });

  it('membuka dengan berita featured terbaru, dan tidak mengulangnya di daftar', () => {
    const entries = [news('f'), news('e', true), news('d'), news('c', true), news('b')];
    const { lead, latest } = homePageData({ news: entries, programs: [], stories: [] });
    expect(lead?.id).toBe('e');
    expect(ids(latest)).toEqual(['f', 'd', 'c', 'b']);
  });

  it('tanpa berita tidak ada berita utama', () => {
    const { lead, latest } = homePageData({ news: [], programs: [], stories: [] });
    expect(lead).toBeUndefined();
    expect(latest).toEqual([]);
  });

  it('program dalam dua kategori berurutan, kategori kosong tetap tampil', () => {
    const programs = [program('las', 'vokasional'), program('boga', 'vokasional')];
    const { categories } = homePageData({ news: [], programs, stories: [] });
    expect(categories.map(({ title, programs }) => [title, ids(programs)])).toEqual([
      ['Pelatihan vokasional', ['las', 'boga']],
      ['Pembinaan kepribadian', []],
    ]);
  });

  it('menampilkan tiga kisah terbaru', () => {
    const stories = ['d', 'c', 'b', 'a'].map(story);
    expect(ids(homePageData({ news: [], programs: [], stories }).stories)).toEqual(['d', 'c', 'b']);
  });
});
