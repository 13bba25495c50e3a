/**
 * `npm run screenshots`: pictures of the built site for people to look at, never a test.
 *
 *   npm run screenshots                          one page per template, 360 and 1280 px
 *   npm run screenshots -- --changed [--base B]  the pages that content changed since B shows
 *                                                (default origin/main), e.g. in a pull request
 *
 * Reads `dist/` (run `npm run build` first), serves it as the host will, and writes PNG files to
 * `artifacts/screenshots/` with a list `daftar.md` for the pull request's job summary.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import {
  changedContentFiles,
  pagesForChangedFiles,
  screenshotSummary,
  sitemapPaths,
  templatePaths,
} from './lib/pages.mjs';
import { startServer } from './lib/serve.mjs';

const DIST = path.resolve('dist');
const OUT = path.resolve('artifacts/screenshots');
const WIDTHS = [360, 1280];

/** The pages to photograph, and the changed ones this build does not publish. */
function pagesToShoot(
  args: string[],
  published: string[],
): { pages: string[]; unpublished: string[] } {
  if (!args.includes('--changed'))
    return { pages: templatePaths(published, { anyContent: true }), unpublished: [] };
  const baseIndex = args.indexOf('--base');
  const base = baseIndex >= 0 ? (args[baseIndex + 1] ?? 'origin/main') : 'origin/main';
  const changed = pagesForChangedFiles(changedContentFiles(base));
  const unpublished = changed.filter((page) => !published.includes(page));
  for (const page of unpublished)
    console.log(`${page} tidak dibangun (draf, terjadwal, atau dihapus): tanpa tangkapan layar.`);
  return { pages: changed.filter((page) => published.includes(page)), unpublished };
}

const fileName = (pathname: string, width: number) =>
  `${
    pathname
      .replace(/\?.*$/, '')
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '_') || 'beranda'
  }-${width}.png`;

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ belum ada: jalankan npm run build lebih dulu.');
  process.exit(1);
}
const { pages, unpublished } = pagesToShoot(process.argv.slice(2), sitemapPaths(DIST));
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shots: { pathname: string; width: number; file: string }[] = [];
try {
  for (const pathname of pages) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      try {
        await page.goto(server.url + pathname, { waitUntil: 'load' });
        await page.evaluate(async () => {
          for (const img of document.querySelectorAll('img')) img.loading = 'eager';
          await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
        });
        const file = fileName(pathname, width);
        await page.screenshot({ path: path.join(OUT, file), fullPage: true });
        shots.push({ pathname, width, file });
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(path.join(OUT, 'daftar.md'), screenshotSummary(shots, unpublished));
console.log(`${shots.length} tangkapan layar di ${path.relative(process.cwd(), OUT)}/.`);
