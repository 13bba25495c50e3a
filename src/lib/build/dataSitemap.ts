import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_DIR } from '../evaluation/openData.ts';

/** The sitemap of the open-data files, beside the one @astrojs/sitemap writes for pages. */
export const DATA_SITEMAP = 'sitemap-data.xml';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sitemap listing `urls`. */
export function urlSet(urls: string[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>\n`;
}

/** The sitemap index with one more sitemap in it, or unchanged when it is already listed. */
export function withSitemap(index: string, url: string): string {
  const entry = `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`;
  return index.includes(entry)
    ? index
    : index.replace('</sitemapindex>', `${entry}</sitemapindex>`);
}

/**
 * Lists the evaluation downloads (CSV and JSON) in a sitemap of their own. @astrojs/sitemap lists
 * pages only; the files are read from what the build wrote, so the list cannot drift from it.
 * Listed after the sitemap integration, so its index already exists.
 */
export function dataSitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sitemap-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) return;
        const outDir = fileURLToPath(dir);
        const dataDir = path.join(outDir, DATA_DIR);
        try {
          const files = (await readdir(dataDir).catch(() => [])).filter((file) =>
            /\.(csv|json)$/.test(file),
          );
          if (files.length === 0) return;
          const urls = files.sort().map((file) => new URL(`${DATA_DIR}${file}`, site).href);
          await writeFile(path.join(outDir, DATA_SITEMAP), urlSet(urls));
          const indexFile = path.join(outDir, 'sitemap-index.xml');
          const index = await readFile(indexFile, 'utf8');
          await writeFile(indexFile, withSitemap(index, new URL(DATA_SITEMAP, site).href));
          logger.info(`${files.length} berkas data evaluasi dicantumkan di ${DATA_SITEMAP}.`);
        } catch (error) {
          throw new Error('Peta situs berkas data evaluasi gagal ditulis.', { cause: error });
        }
      },
    },
  };
}
