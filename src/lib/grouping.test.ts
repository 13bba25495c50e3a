import { describe, expect, it } from 'vitest';
import type { Berita, DatedEntry } from './entryTypes.ts';
import { mentioning, newsByYear, relatedIndex, topicsOf } from './grouping.ts';

const relatedTo = (entry: Berita, entries: Berita[]) => relatedIndex(entries).get(entry) ?? [];

function news(id: string, date: string, programs: string[], tags: string[]): Berita {
  return {
    id,
    collection: 'berita',
    data: {
      publishDate: new Date(`${date}T00:00:00Z`),
      programs: programs.map((program) => ({ id: program, collection: 'program' })),
      tags,
    },
  } as unknown as Berita;
}

const a = news('a', '2026-11-27', ['tata-boga', 'konseling'], ['pembinaan']);
const b = news('b', '2026-10-01', ['tata-boga'], ['kuliner']);
const c = news('c', '2026-09-01', [], ['pembinaan']);
const d = news('d', '2025-05-01', ['tata-boga', 'konseling'], []);
const e = news('e', '2025-04-01', [], ['lain']);

describe('baca juga', () => {
  it('mengutamakan program bersama, lalu topik bersama, lalu yang terbaru', () => {
    expect(relatedTo(a, [a, b, c, d, e]).map((entry) => entry.id)).toEqual(['d', 'b', 'c']);
  });

  it('tidak menyarankan entri itu sendiri atau yang tidak berkaitan', () => {
    expect(relatedTo(e, [a, b, c, d, e])).toEqual([]);
  });

  it('hasilnya sama apa pun urutan masukannya', () => {
    expect(relatedTo(a, [e, d, c, b, a])).toEqual(relatedTo(a, [a, b, c, d, e]));
  });
});

describe('baca juga untuk banyak entri', () => {
  it('sama dengan mengurutkan semua kandidat satu per satu', () => {
    const many = Array.from({ length: 300 }, (_, index) =>
      news(
        `n${index}`,
        `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
        [`p${index % 7}`, `q${index % 5}`],
        [`t${index % 11}`, `u${index % 3}`],
      ),
    );
    const index = relatedIndex(many);
    for (const entry of many.slice(0, 40)) {
      const programs = new Set(entry.data.programs.map((ref) => ref.id));
      const tags = new Set(entry.data.tags);
      const expected = many
        .filter((other) => other !== entry)
        .map((other) => ({
          other,
          p: other.data.programs.filter((ref) => programs.has(ref.id)).length,
          t: other.data.tags.filter((tag) => tags.has(tag)).length,
        }))
        .filter(({ p, t }) => p + t > 0)
        .sort(
          (a, b) =>
            b.p - a.p ||
            b.t - a.t ||
            b.other.data.publishDate.getTime() - a.other.data.publishDate.getTime() ||
            a.other.id.localeCompare(b.other.id),
        )
        .slice(0, 3)
        .map(({ other }) => other.id);
      expect(index.get(entry)?.map((other) => other.id)).toEqual(expected);
    }
  });
});

describe('pengelompokan', () => {
  it('topik memakai alamat dari kata topiknya, berisi entri terbaru dulu', () => {
    const topics = topicsOf([c, a, e] as DatedEntry[]);
    expect(topics.map((topic) => topic.slug)).toEqual(['lain', 'pembinaan']);
    expect(topics[1]?.entries.map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it('arsip per tahun, tahun terbaru dulu', () => {
    expect(
      newsByYear([e, a, d, b]).map(({ year, entries }) => [year, entries.map((entry) => entry.id)]),
    ).toEqual([
      [2026, ['a', 'b']],
      [2025, ['d', 'e']],
    ]);
  });

  it('entri yang menyebut sebuah program', () => {
    expect(mentioning([a, b, c, d], 'konseling').map((entry) => entry.id)).toEqual(['a', 'd']);
  });
});
