import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif)$/i;
/** Files that can point at an image: pages, styles, feeds, manifests, scripts. */
const TEXT_FILE = /\.(?:html|css|xml|json|js|mjs|txt|webmanifest)$/i;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Names of images in `dist/_astro` that no built file mentions. */
export async function findUnusedImages(outDir: string): Promise<string[]> {
  const files = await listFiles(outDir);
  const assetsDir = path.join(outDir, '_astro');
  const images = files.filter((file) => path.dirname(file) === assetsDir && IMAGE_FILE.test(file));
  const mentioned = new Set<string>();
  for (const file of files.filter((candidate) => TEXT_FILE.test(candidate))) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/_astro\/([^"'()\s,?#]+)/g)) mentioned.add(match[1] ?? '');
  }
  return images.filter((image) => !mentioned.has(path.basename(image)));
}

/**
 * Astro copies the original of every content image into `dist/_astro` even when only resized
 * variants are used (upstream issue 17706); deploying them would ship multi-megabyte camera files
 * nobody requests.
 */
export function pruneUnusedImages(): AstroIntegration {
  return {
    name: 'prune-unused-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const unused = await findUnusedImages(outDir);
          await Promise.all(unused.map((file) => rm(file)));
          logger.info(`${unused.length} gambar asli yang tidak dirujuk dihapus dari hasil build.`);
        } catch (error) {
          throw new Error(`Gagal membersihkan gambar yang tidak dipakai di ${outDir}.`, {
            cause: error,
          });
        }
      },
    },
  };
}
