import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_WORKER } from '../../scripts/pagefindOptions.ts';
import { minifyPagefindScripts } from './pagefindScripts.ts';
import { SEARCH_PAGE_FILE, writeSearchPreloads } from './searchPreload.ts';
import { VOCABULARY_FILE, writeSearchVocabulary } from './searchVocabulary.ts';
import { BlockCounter, REPEATED_ON_PAGES, weighRepeatedBlocks } from './searchWeights.ts';

/** Pagefind's errors arrive as lists of strings; a build with any of them is not publishable. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind gagal saat ${step}:\n${errors.join('\n')}`);
}

/** Pagefind also writes its ready-made interfaces; the site has its own, so they are not shipped. */
const UNUSED_BUNDLES = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

async function removeUnusedBundles(indexDir: string): Promise<void> {
  const files = await readdir(indexDir);
  await Promise.all(
    files.filter((file) => UNUSED_BUNDLES.test(file)).map((file) => rm(path.join(indexDir, file))),
  );
}

/** Every page of the built site, as paths relative to `outDir`, sorted so the index is stable. */
async function htmlFiles(outDir: string, skip: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`${skip}${path.sep}`))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The address Pagefind itself would give the file (`berita/a/index.html` → `/berita/a/`). */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Pagefind 1.6.0's own chunk size, in word positions (`default_index_chunk_size` in options.rs). */
export const PAGEFIND_DEFAULT_CHUNK_SIZE = 20_000;
/**
 * Word positions per index file. A query downloads every index file its words fall in, so smaller
 * files mean fewer bytes per query and more files. Measured with npm run bench:search at 1,000
 * articles (median and maximum first-query bytes over 14 queries; docs/performance.md):
 * 20,000 (Pagefind's default) 135.8 / 181.1 KB in 26 files, 10,000 113.8 / 133.7 KB in 47,
 * 5,000 108.0 / 119.7 KB in 78, 4,000 104.5 / 115.4 KB in 99; 3,000, 2,000 and 1,000 no
 * smaller (105 to 124 files): a frequent word's list of pages is a file of its own by then.
 *
 * Pagefind 1.6.0 reads the size only from the environment variable below, named unstable: the
 * version is pinned in package.json, and tests/build/searchIndex.test.ts fails if the setting
 * stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 4_000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export interface SearchIndexOptions {
  /** Where the bundle is written, emptied first; `outDir/pagefind/` unless given. */
  outputPath?: string;
  /** Word positions per index file; INDEX_CHUNK_SIZE unless given. */
  chunkSize?: number;
}

export interface SearchIndexResult {
  pages: number;
  /** Texts of headings, paragraphs and list items weighted down: several pages share them. */
  repeatedBlocks: string[];
}

/**
 * Builds the search index of `outDir` into `outDir/pagefind/`. Pages are read twice, never held
 * all at once (10,000 pages are 0.5 GB of HTML): first to find the headings several pages share,
 * then to hand each page, with those headings weighted down, to Pagefind. Only pages with a
 * `data-pagefind-body` are handed over; Pagefind would skip the others anyway.
 */
export async function writeSearchIndex(
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const indexDir = options.outputPath ?? path.join(outDir, 'pagefind');
  const files = await htmlFiles(outDir, path.relative(outDir, indexDir));
  const indexed: string[] = [];
  const counter = new BlockCounter();
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    indexed.push(file);
    counter.add(html);
  }
  const repeated = counter.repeated();
  // Files of an earlier index would stay beside the new one: Pagefind only adds.
  await rm(indexDir, { recursive: true, force: true });
  // The Pagefind service reads its environment once, when it starts: close any running one, and
  // start the next with the chunk size set.
  await pagefind.close();
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(options.chunkSize ?? INDEX_CHUNK_SIZE);
  try {
    const { errors, index } = await pagefind.createIndex({});
    assertNoErrors('membuat indeks', errors);
    if (!index) throw new Error('Pagefind tidak mengembalikan indeks.');
    for (const file of indexed) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      const added = await index.addHTMLFile({
        url: urlOf(file),
        content: weighRepeatedBlocks(html, repeated),
      });
      assertNoErrors(`membaca ${file}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: indexDir });
    assertNoErrors('menulis indeks', written.errors);
    await removeUnusedBundles(indexDir);
    await minifyPagefindScripts(indexDir);
    return { pages: indexed.length, repeatedBlocks: [...repeated].sort() };
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = previous;
  }
}

/**
 * Indexes the finished site after every build, then writes what depends on the index: the word
 * list for "Maksud Anda …?" and the preload hints of the search page. Only content inside
 * `data-pagefind-body` is indexed, so navigation, footers and list pages never appear as results.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'indeks-pencarian',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { pages, repeatedBlocks } = await writeSearchIndex(outDir);
          const words = await writeSearchVocabulary(outDir);
          const hints = await writeSearchPreloads(outDir, path.join(outDir, 'pagefind'), {
            worker: PAGEFIND_WORKER,
          });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `indeks pencarian berisi ${pages} halaman (${seconds} s); ${VOCABULARY_FILE}: ${words} kata.`,
          );
          if (repeatedBlocks.length > 0)
            logger.info(
              `${repeatedBlocks.length} judul bagian, paragraf, atau butir daftar ada di ${REPEATED_ON_PAGES} halaman atau lebih; bobotnya di indeks diturunkan.`,
            );
          logger.info(
            `${SEARCH_PAGE_FILE}: ${hints.length > 0 ? `preload ${hints.map((hint) => hint.href).join(', ')}` : 'tanpa preload (Pagefind di worker)'}.`,
          );
        } catch (error) {
          throw new Error(`Indeks pencarian untuk ${outDir} tidak dapat dibuat.`, { cause: error });
        }
      },
    },
  };
}
