import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../setup/sites.ts';

/** An address no page has: the server must answer it with the 404 page. */
export const UNKNOWN_PATH = '/halaman-yang-tidak-ada/';

/** Paths of every page the built sitemap lists, plus an unknown address that must give the 404. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const paths = files.flatMap((file) =>
    [...readFileSync(path.join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0) throw new Error('Sitemap di dist/ kosong atau tidak ada.');
  return [...paths.sort(), UNKNOWN_PATH];
}

/** One page per template, for screenshots people look at. */
export const TEMPLATE_PATHS = [
  '/',
  '/berita/',
  '/berita/halaman/2/',
  '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/',
  '/berita/pameran-produk-karya-warga-binaan/',
  '/berita/arsip/',
  '/berita/arsip/2026/',
  '/topik/',
  '/topik/reintegrasi-sosial/',
  '/program/',
  '/program/tata-boga/',
  '/kisah/',
  '/kisah/dari-bengkel-lapas-ke-bengkel-sendiri/',
  '/tentang/',
  '/cari/?q=bina',
  UNKNOWN_PATH,
];
