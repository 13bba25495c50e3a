import { describe, expect, it } from 'vitest';
import type { Berita, Kisah, Program } from './entryTypes.ts';
import { programPaths } from './programPage.ts';

const program = (id: string) => ({ id, collection: 'program' }) as unknown as Program;
function entryAbout<T>(collection: string, id: string, programs: string[]): T {
  return {
    id,
    collection,
    data: { programs: programs.map((program) => ({ id: program, collection: 'program' })) },
  } as T;
}

const news = [entryAbout<Berita>('berita', 'kelas-las', ['las'])];
const stories = [entryAbout<Kisah>('kisah', 'bengkel-sendiri', ['las', 'boga'])];

describe('halaman program', () => {
  const [las, konseling] = programPaths([program('las'), program('konseling')], news, stories);

  it('beralamat nama folder program', () => {
    expect([las?.params, konseling?.params]).toEqual([{ slug: 'las' }, { slug: 'konseling' }]);
  });

  it('memuat berita dan kisah yang menyebut program itu saja', () => {
    expect(las?.props.sections.map(({ entries }) => entries.map((entry) => entry.id))).toEqual([
      ['kelas-las'],
      ['bengkel-sendiri'],
    ]);
    expect(konseling?.props.sections.every(({ entries }) => entries.length === 0)).toBe(true);
  });

  it('bagian kosong menautkan ke halaman daftar koleksinya', () => {
    expect(konseling?.props.sections.map(({ id, heading, empty }) => [id, heading, empty])).toEqual(
      [
        ['berita-program', 'Berita tentang program ini', { noun: 'berita', href: '/berita/' }],
        ['kisah-program', 'Kisah peserta', { noun: 'kisah', href: '/kisah/' }],
      ],
    );
  });
});
