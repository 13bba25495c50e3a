import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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

/** Builds the search index of `outDir` into `outDir/pagefind/`; returns how many pages it holds. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const { errors, index } = await pagefind.createIndex({});
    assertNoErrors('membuat indeks', errors);
    if (!index) throw new Error('Pagefind tidak mengembalikan indeks.');
    const added = await index.addDirectory({ path: outDir });
    assertNoErrors('membaca halaman', added.errors);
    const indexDir = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: indexDir });
    assertNoErrors('menulis indeks', written.errors);
    await removeUnusedBundles(indexDir);
    return added.page_count;
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
          const pages = await writeSearchIndex(outDir);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`indeks pencarian berisi ${pages} halaman (${seconds} s).`);
        } catch (error) {
          throw new Error(`Indeks pencarian untuk ${outDir} tidak dapat dibuat.`, { cause: error });
        }
      },
    },
  };
}
