import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/random.mjs';
import {
  INDEX_CHUNK_SIZE,
  PAGEFIND_DEFAULT_CHUNK_SIZE,
  writeSearchIndex,
} from '../../src/lib/build/searchIndex.ts';
import { searchPreloadHints, SEARCH_PAGE_FILE } from '../../src/lib/build/searchPreload.ts';
import { PROGRAM_CATEGORY_LABEL } from '../../src/lib/labels.ts';
import { PAGEFIND_WORKER } from '../../src/scripts/pagefindOptions.ts';
import { GOOD_DIST, OUT } from '../setup/sites.ts';
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

/**
 * A site of plain pages large enough to need several index files at the chosen chunk size and
 * one at Pagefind's default: 40 pages of 250 words, 10,000 positions in all.
 */
function writeChunkCorpus(dir: string): void {
  const next = mulberry32(7);
  const words = 'warga binaan pelatihan ikan asap kebun sayur bengkel motor dapur kue tata boga'
    .split(' ')
    .flatMap((word) => Array.from({ length: 8 }, (_, index) => `${word}${'abcdefgh'[index]}`));
  rmSync(dir, { recursive: true, force: true });
  for (let page = 0; page < 40; page += 1) {
    const text = Array.from({ length: 250 }, () => words[Math.floor(next() * words.length)]).join(
      ' ',
    );
    mkdirSync(path.join(dir, `halaman-${page}`), { recursive: true });
    writeFileSync(
      path.join(dir, `halaman-${page}`, 'index.html'),
      `<!doctype html><html lang="id"><body><main data-pagefind-body><h1>Halaman ${page}</h1><p>${text}</p></main></body></html>`,
    );
  }
}

describe('ukuran potongan indeks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, Pagefind 1.6.0)', () => {
  it('ukuran yang dipilih memang dipakai: lebih banyak berkas indeks daripada ukuran bawaan', async () => {
    const dir = path.join(OUT, 'potongan-indeks');
    writeChunkCorpus(path.join(dir, 'situs'));
    const indexFiles = async (name: string, chunkSize: number) => {
      const outputPath = path.join(dir, name);
      const { pages } = await writeSearchIndex(path.join(dir, 'situs'), { outputPath, chunkSize });
      expect(pages).toBe(40);
      return readdirSync(path.join(outputPath, 'index')).length;
    };
    const atDefault = await indexFiles('bawaan', PAGEFIND_DEFAULT_CHUNK_SIZE);
    const atChosen = await indexFiles('dipilih', INDEX_CHUNK_SIZE);
    expect(INDEX_CHUNK_SIZE).toBeLessThan(PAGEFIND_DEFAULT_CHUNK_SIZE);
    expect(atDefault).toBe(1);
    // 10,000 positions in chunks of at least INDEX_CHUNK_SIZE.
    expect(atChosen).toBeGreaterThanOrEqual(Math.floor(10_000 / INDEX_CHUNK_SIZE));
    // Without a size the build uses INDEX_CHUNK_SIZE, and a variable left from a caller is restored.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '123456';
    try {
      const outputPath = path.join(dir, 'tanpa-ukuran');
      await writeSearchIndex(path.join(dir, 'situs'), { outputPath });
      expect(readdirSync(path.join(outputPath, 'index'))).toHaveLength(atChosen);
      expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe('123456');
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
  });
});

describe('skrip Pagefind di situs', () => {
  it('diperkecil: nama dalam dan pesan log Pagefind tidak dikirim ke pembaca', () => {
    for (const file of ['pagefind-worker.js', 'pagefind.js']) {
      const script = readFileSync(path.join(GOOD_DIST, 'pagefind', file), 'utf8');
      expect(script, file).toContain('1.6.0');
      // Names inside Pagefind's bundle that esbuild shortens, and indented lines.
      expect(script, file).not.toMatch(/registerDataCallback|PagefindInstance|\n\s{2,}\S/);
    }
  });
});

describe('petunjuk preload di halaman pencarian', () => {
  const indexDir = path.join(GOOD_DIST, 'pagefind');
  const head = () =>
    readFileSync(path.join(GOOD_DIST, SEARCH_PAGE_FILE), 'utf8').split('</head>')[0] ?? '';

  it('/cari/ fixture memuat petunjuk untuk berkas indeks yang ditulis, sekali saja', async () => {
    const hints = await searchPreloadHints(indexDir, { worker: PAGEFIND_WORKER });
    const links = head().match(/<link rel="(?:preload|modulepreload)"[^>]*>/g) ?? [];
    expect(links).toHaveLength(hints.length);
    for (const hint of hints) {
      expect(links.some((link) => link.includes(`href="${hint.href}"`))).toBe(true);
      expect(existsSync(path.join(GOOD_DIST, hint.href))).toBe(true);
    }
    // Other pages load no search code and get no hints.
    expect(readFileSync(path.join(GOOD_DIST, 'berita/index.html'), 'utf8')).not.toContain(
      '/pagefind/',
    );
  });

  it('tanpa worker: WebAssembly bahasa situs dan metadata berhash dibaca dari indeks', async () => {
    const meta = readdirSync(indexDir).filter((file) => file.endsWith('.pf_meta'));
    expect(meta).toHaveLength(1);
    const hints = await searchPreloadHints(indexDir, { worker: false });
    expect(hints).toEqual([
      { rel: 'modulepreload', href: '/pagefind/pagefind.js' },
      { rel: 'preload', href: '/pagefind/wasm.id.pagefind', as: 'fetch' },
      { rel: 'preload', href: `/pagefind/${meta[0]}`, as: 'fetch' },
    ]);
    for (const hint of hints) expect(existsSync(path.join(GOOD_DIST, hint.href))).toBe(true);
  });

  it('dengan worker: tidak ada, karena halaman tidak memuat modul Pagefind dan worker tidak memakai preload', async () => {
    expect(await searchPreloadHints(indexDir, { worker: true })).toEqual([]);
  });
});
