import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGEFIND_BASE } from '../../scripts/pagefindClient.ts';

/**
 * Preload hints for the search page, written into the built `/cari/` once the index exists:
 * without them the browser learns of Pagefind's files one round trip at a time (page script,
 * then pagefind.js, then its entry file, then the metadata and WebAssembly). The metadata file's
 * name carries a hash of the index, so the hints are read from the index just written.
 */

/** The built search page, relative to the output folder. */
export const SEARCH_PAGE_FILE = 'cari/index.html';

export interface PreloadHint {
  rel: 'preload' | 'modulepreload';
  href: string;
  /** `fetch` for files Pagefind reads with fetch(); absent for the module. */
  as?: 'fetch';
}

/** Pagefind's entry file: per language, the hash of its metadata and the name of its WebAssembly. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * What the search page fetches first, in the order it needs it. When Pagefind runs in its worker,
 * the page loads no Pagefind module (src/scripts/pagefindClient.ts) and the worker fetches the
 * metadata and WebAssembly itself; a worker does not use the page's preloads (measured: both
 * were downloaded twice), and Chromium cannot preload a worker's script. Nothing is named then.
 */
export async function searchPreloadHints(
  indexDir: string,
  { worker }: { worker: boolean },
): Promise<PreloadHint[]> {
  if (worker) return [];
  const module: PreloadHint = { rel: 'modulepreload', href: `${PAGEFIND_BASE}pagefind.js` };
  const entry = JSON.parse(
    await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8'),
  ) as PagefindEntry;
  // Pagefind loads the language of the page, <html lang="id">, or else the largest index.
  const language =
    entry.languages.id ??
    Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!language) throw new Error('Indeks pencarian tidak memuat satu bahasa pun.');
  return [
    module,
    {
      rel: 'preload',
      href: `${PAGEFIND_BASE}wasm.${language.wasm ?? 'unknown'}.pagefind`,
      as: 'fetch',
    },
    { rel: 'preload', href: `${PAGEFIND_BASE}pagefind.${language.hash}.pf_meta`, as: 'fetch' },
  ];
}

/**
 * The `<link>` elements for the hints. Pagefind fetches in CORS mode with same-origin credentials,
 * which a preload matches only with `crossorigin` (anonymous); without it the file would be
 * fetched twice.
 */
export function preloadLinks(hints: readonly PreloadHint[]): string {
  return hints
    .map(({ rel, href, as }) =>
      as
        ? `<link rel="${rel}" href="${href}" as="${as}" crossorigin>`
        : `<link rel="${rel}" href="${href}">`,
    )
    .join('');
}

/** The page with the hints at the end of its head, replacing hints an earlier run wrote. */
export function withPreloadLinks(html: string, hints: readonly PreloadHint[]): string {
  const marker = '<!--indeks-pencarian-->';
  const cleaned = html.replace(new RegExp(`${marker}[\\s\\S]*?${marker}`), '');
  if (!cleaned.includes('</head>')) throw new Error('Halaman pencarian tidak punya </head>.');
  return cleaned.replace('</head>', `${marker}${preloadLinks(hints)}${marker}</head>`);
}

/** Writes the hints into the built search page of `outDir`; returns them. */
export async function writeSearchPreloads(
  outDir: string,
  indexDir: string,
  options: { worker: boolean },
): Promise<PreloadHint[]> {
  const file = path.join(outDir, SEARCH_PAGE_FILE);
  const hints = await searchPreloadHints(indexDir, options);
  await writeFile(file, withPreloadLinks(await readFile(file, 'utf8'), hints));
  return hints;
}
