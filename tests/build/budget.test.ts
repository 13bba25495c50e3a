import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { isTemplate, listFiles, readPages, type BuiltPage } from './distFiles.ts';

const KB = 1024;
/** About ten TCP packets: what a new connection delivers in its first round trip. */
const FIRST_ROUND_TRIP = 14 * KB;
const IMAGE_LIMIT = 250 * KB;
/** The search page runs on JavaScript; it has no budget here (the search benchmark measures it). */
const SEARCH_PAGE = '/cari/';
/** Entry pages may load the share button's script, and nothing more than this. */
const SHARE_SCRIPT_LIMIT = 2 * KB;
const hasShareLinks = (page: BuiltPage) =>
  page.root.querySelector('section[aria-labelledby="bagikan"]') !== null;
/**
 * A page's first screen: what must arrive in the first round trip. An article, story or program
 * shows its title, summary and cover before its text, which may be as long as the editor needs;
 * a report shows its title, period and findings before its figures, charts and tables.
 */
function firstScreen(page: BuiltPage): string {
  const cut = ENTRY_TEMPLATES.some((name) => isTemplate(name, page.url))
    ? page.html.indexOf('<div class="prose')
    : isTemplate('evaluasi', page.url)
      ? page.html.indexOf('id="angka-per-program"')
      : -1;
  return cut > 0 ? page.html.slice(0, cut) : page.html;
}
const ENTRY_TEMPLATES = ['berita', 'kisah', 'program'];

const pages = readPages(DIST);
/**
 * The home page, the evaluations list and every entry page, whatever the editors have published:
 * the pages readers arrive on, and the data pages promised the same budget.
 */
const ONE_ROUND_TRIP_PAGES = pages
  .map((page) => page.url)
  .filter(
    (url) =>
      url === '/' ||
      url === '/evaluasi/' ||
      [...ENTRY_TEMPLATES, 'evaluasi'].some((name) => isTemplate(name, url)),
  );
const gzipSize = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('anggaran bobot halaman (byte, gzip)', () => {
  it('tanpa JavaScript selain pencarian dan tombol bagikan (paling banyak 2 KB)', () => {
    const failures = pages
      .filter((page) => page.url !== SEARCH_PAGE)
      .flatMap((page) => {
        const scripts = page.root
          .querySelectorAll('script')
          .filter((script) => script.getAttribute('type') !== 'application/ld+json');
        const bytes = scripts.reduce(
          (sum, script) =>
            sum +
            (script.getAttribute('src')
              ? gzipSize(script.getAttribute('src')?.replace(/^\//, '') ?? '')
              : gzipSync(script.text).length),
          0,
        );
        const limit = hasShareLinks(page) ? SHARE_SCRIPT_LIMIT : 0;
        return bytes > limit ? [`${page.url}: JavaScript ${kb(bytes)}, batas ${kb(limit)}`] : [];
      });
    expect(failures).toEqual([]);
  });

  it.each(ONE_ROUND_TRIP_PAGES)(
    '%s: HTML dan CSS pemblokir render muat dalam satu perjalanan (14 KB)',
    (url) => {
      const page = pages.find((candidate) => candidate.url === url);
      expect(page, `halaman ${url} tidak ada`).toBeDefined();
      const html = gzipSync(page ? firstScreen(page) : '').length;
      const css = (page?.root.querySelectorAll('link[rel="stylesheet"]') ?? [])
        .filter((link) => !link.getAttribute('media') || link.getAttribute('media') === 'all')
        .reduce(
          (sum, link) => sum + gzipSize(link.getAttribute('href')?.replace(/^\//, '') ?? ''),
          0,
        );
      console.info(
        `${url}: HTML ${kb(html)} + CSS ${kb(css)} = ${kb(html + css)} (batas ${kb(FIRST_ROUND_TRIP)})`,
      );
      expect(
        html + css,
        `${url}: HTML ${kb(html)} + CSS ${kb(css)} = ${kb(html + css)}, batas ${kb(FIRST_ROUND_TRIP)}`,
      ).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    },
  );

  it('tidak ada gambar di atas 250 KB, dan gambar asli kamera tidak ikut terbit', () => {
    const files = listFiles(DIST);
    const failures = files
      .filter((file) => /\.(avif|webp|jpe?g|png|gif|svg)$/.test(file))
      .map((file) => ({ file, bytes: statSync(path.join(DIST, file)).size }))
      .filter(({ bytes }) => bytes > IMAGE_LIMIT)
      .map(({ file, bytes }) => `${file}: ${kb(bytes)}, batas ${kb(IMAGE_LIMIT)}`);
    expect(failures).toEqual([]);
    expect(files.filter((file) => /^_astro\/.+\.jpe?g$/.test(file))).toEqual([]);
  });
});
