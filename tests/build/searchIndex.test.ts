import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROGRAM_CATEGORY_LABEL } from '../../src/lib/labels.ts';
import { GOOD_DIST } from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** What Pagefind returns for each result: its files are gzip with a 12-byte signature. */
function readFragments(dist: string): Fragment[] {
  return listFiles(dist)
    .filter((file) => file.startsWith('pagefind/fragment/'))
    .map((file) => {
      const bytes = gunzipSync(readFileSync(path.join(dist, file)));
      expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
    });
}

const fragments = readFragments(GOOD_DIST);
const fragment = (url: string) => {
  const found = fragments.find((candidate) => candidate.url === url);
  if (!found) throw new Error(`${url} tidak ada di indeks fixture`);
  return found;
};

describe('indeks pencarian fixture: chip topik dan program', () => {
  it('chip dan judulnya tidak ikut teks yang diindeks, jadi tidak pernah menjadi kutipan', () => {
    const news = fragment('/berita/nota-kesepahaman/');
    // The fixture article links four programs and has two topics: the chips are on the page.
    const html = readFileSync(path.join(GOOD_DIST, 'berita/nota-kesepahaman/index.html'), 'utf8');
    expect(html).toContain('Program terkait');
    expect(html).toContain('Pelatihan Contoh');
    for (const chrome of ['Program terkait', 'Topik', ...Object.values(PROGRAM_CATEGORY_LABEL)])
      expect(news.content).not.toContain(chrome);
  });

  it('tidak ada kata yang tergabung dari dua chip (“Tata BogaPelatihan vokasional”)', () => {
    const titles = ['Tata Boga', 'Konseling', 'Pengolahan Ikan', 'Pelatihan Contoh'];
    const joined = titles.flatMap((title) =>
      Object.values(PROGRAM_CATEGORY_LABEL).map((label) => `${title}${label}`),
    );
    const found = fragments.flatMap(({ url, content }) =>
      joined.filter((words) => content.includes(words)).map((words) => `${url}: ${words}`),
    );
    expect(found).toEqual([]);
    // Readers' screen readers and copy-paste get the space too.
    const html = readFileSync(path.join(GOOD_DIST, 'berita/nota-kesepahaman/index.html'), 'utf8');
    expect(html).not.toMatch(/Tata Boga<\/span><span/);
  });

  it('topik entri menjadi metadata "topik" yang dicari, entri tanpa topik tidak punya', () => {
    expect(fragment('/berita/nota-kesepahaman/').meta.topik).toBe('nota kesepahaman, pembinaan');
    expect(fragment('/kisah/kisah-ikan-asap/').meta.topik).toBe('reintegrasi sosial');
    expect(fragment('/program/tata-boga/').meta.topik).toBeUndefined();
  });
});
