import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
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

export interface SearchIndexOptions {
  /** Where the bundle is written; `outDir/pagefind/` unless given. */
  outputPath?: string;
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
    return { pages: indexed.length, repeatedBlocks: [...repeated].sort() };
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the finished site after every build. Only content inside `data-pagefind-body` is
 * indexed, so navigation, footers and list pages never appear as results.
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
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indeks pencarian berisi ${pages} halaman (${seconds} s).`);
          if (repeatedBlocks.length > 0)
            logger.info(
              `${repeatedBlocks.length} judul bagian, paragraf, atau butir daftar ada di ${REPEATED_ON_PAGES} halaman atau lebih; bobotnya di indeks diturunkan.`,
            );
        } catch (error) {
          throw new Error(`Indeks pencarian untuk ${outDir} tidak dapat dibuat.`, { cause: error });
        }
      },
    },
  };
}
