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
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { pagesForChangedFiles, sitemapPaths, templatePaths } from './lib/pages.mjs';
import { startServer } from './lib/serve.mjs';

const DIST = path.resolve('dist');
const OUT = path.resolve('artifacts/screenshots');
const WIDTHS = [360, 1280];

function changedContentFiles(base: string): string[] {
  const output = execFileSync(
    'git',
    ['diff', '--name-only', '--diff-filter=d', `${base}...HEAD`, '--', 'content/'],
    { encoding: 'utf8' },
  );
  return output.split('\n').filter(Boolean);
}

function pagesToShoot(args: string[], published: string[]): string[] {
  if (!args.includes('--changed')) return templatePaths(published);
  const baseIndex = args.indexOf('--base');
  const base = baseIndex >= 0 ? (args[baseIndex + 1] ?? 'origin/main') : 'origin/main';
  const pages = pagesForChangedFiles(changedContentFiles(base));
  const unpublished = pages.filter((page) => !published.includes(page));
  for (const page of unpublished)
    console.log(`${page} tidak dibangun (draf, terjadwal, atau dihapus): tanpa tangkapan layar.`);
  return pages.filter((page) => published.includes(page));
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
const pages = pagesToShoot(process.argv.slice(2), sitemapPaths(DIST));
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shots: string[] = [];
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
        const name = fileName(pathname, width);
        await page.screenshot({ path: path.join(OUT, name), fullPage: true });
        shots.push(`- \`${pathname}\` pada ${width} px: \`${name}\``);
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const list = shots.length
  ? `### Tangkapan layar (${shots.length})\n\n${shots.join('\n')}\n`
  : '### Tangkapan layar\n\nTidak ada halaman terbit yang berubah.\n';
await writeFile(path.join(OUT, 'daftar.md'), list);
console.log(`${shots.length} tangkapan layar di ${path.relative(process.cwd(), OUT)}/.`);
