/**
 * Which pages to look at: one page per template, found in a built site's sitemap by the shape of
 * its address (never by an entry's name, so editors' changes cannot break the list), and the
 * pages that a set of changed content files shows.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An address no page has: the server must answer it with the 404 page. */
export const UNKNOWN_PATH = '/halaman-yang-tidak-ada/';

/** Every address a built site's sitemap lists, sorted. */
export function sitemapPaths(dist) {
  const files = readdirSync(dist).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const paths = files.flatMap((file) =>
    [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0) throw new Error(`Sitemap di ${dist} kosong atau tidak ada.`);
  return paths.sort();
}

/**
 * The site's templates by the shape of their address. `optional` ones exist only with enough
 * content (a second page of news needs more than one page of articles); `entry` ones only once
 * their collection has a published entry (an article, a program, a story; a topic once an article
 * or story names one).
 */
export const TEMPLATES = [
  { name: 'beranda', pattern: /^\/$/ },
  { name: 'daftar berita', pattern: /^\/berita\/$/ },
  { name: 'daftar berita halaman 2', pattern: /^\/berita\/halaman\/2\/$/, optional: true },
  { name: 'berita', pattern: /^\/berita\/(?!halaman\/|arsip\/)[^/]+\/$/, entry: true },
  { name: 'arsip', pattern: /^\/berita\/arsip\/$/ },
  { name: 'arsip tahunan', pattern: /^\/berita\/arsip\/\d{4}\/$/, entry: true },
  { name: 'daftar topik', pattern: /^\/topik\/$/ },
  { name: 'topik', pattern: /^\/topik\/[^/]+\/$/, entry: true },
  { name: 'daftar program', pattern: /^\/program\/$/ },
  { name: 'program', pattern: /^\/program\/[^/]+\/$/, entry: true },
  { name: 'daftar kisah', pattern: /^\/kisah\/$/ },
  { name: 'kisah', pattern: /^\/kisah\/[^/]+\/$/, entry: true },
  { name: 'tentang', pattern: /^\/tentang\/$/ },
  { name: 'daftar evaluasi', pattern: /^\/evaluasi\/$/ },
  // A site may publish no evaluation yet; its list page then shows what will come.
  { name: 'evaluasi', pattern: /^\/evaluasi\/[^/]+\/$/, optional: true },
  { name: 'pencarian', pattern: /^\/cari\/$/, query: '?q=pembinaan' },
];

/**
 * One address per template found among `paths` (the first in sitemap order), the search page with
 * a query, and the unknown address that must give the 404 page. Throws when a template that every
 * site has is missing, since its checks would otherwise pass by looking at nothing. With
 * `anyContent`, for the real site whose entries editors add and delete, a template of entries is
 * looked at when there is one: the good fixture has every template and is checked without it.
 */
export function templatePaths(paths, { anyContent = false } = {}) {
  const found = TEMPLATES.flatMap(({ name, pattern, optional, entry, query = '' }) => {
    const match = paths.find((candidate) => pattern.test(candidate));
    if (!match && !optional && !(entry && anyContent))
      throw new Error(`Tidak ada halaman templat "${name}" di peta situs.`);
    return match ? [`${match}${query}`] : [];
  });
  return [...found, UNKNOWN_PATH];
}

/** The first address of the template called `name` among `paths`, or `undefined`. */
export function firstPageOf(paths, name) {
  const template = TEMPLATES.find((candidate) => candidate.name === name);
  if (!template) throw new Error(`Templat "${name}" tidak dikenal.`);
  return paths.find((candidate) => template.pattern.test(candidate));
}

/**
 * The addresses that show a changed content file: `content/berita/abc/foto.jpg` and
 * `content/berita/abc/index.mdx` both show on `/berita/abc/`; `content/halaman/tentang/…` is
 * `/tentang/`. Files outside a collection entry are left out.
 */
export function pagesForChangedFiles(files, contentDir = 'content') {
  const pages = new Set();
  for (const file of files) {
    const relative = path.posix.relative(contentDir, file.replace(/\\/g, '/'));
    const match = /^(berita|program|kisah|halaman|evaluasi)\/([^/]+?)(?:\.mdx?)?(?:\/.*)?$/.exec(
      relative,
    );
    if (!match || relative.startsWith('..')) continue;
    const [, collection, id] = match;
    pages.add(collection === 'halaman' ? `/${id}/` : `/${collection}/${id}/`);
  }
  return [...pages].sort();
}

/**
 * The files this branch changed since it left `base` (a commit or branch), under `pathspec` when
 * given. Without rename detection: a file moved from `src/` into `content/`, or an entry moved to
 * another folder, lists its old path too, so a move can neither pass for a content-only change nor
 * hide the address it takes away from readers.
 */
export function changedFiles(base, cwd = process.cwd(), pathspec = []) {
  const args = ['diff', '--name-only', '--no-renames', `${base}...HEAD`, '--', ...pathspec];
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).split('\n').filter(Boolean);
}

/**
 * The content files this branch changed since it left `base`, deleted ones included: a pull
 * request that removes an article changes what readers get as much as one that adds an article.
 */
export const changedContentFiles = (base, cwd = process.cwd()) =>
  changedFiles(base, cwd, ['content/']);

/**
 * Whether a pull request gets the content-only check: it changed something, and only files under
 * `content/`. Anything else, a workflow or a test included, runs the whole suite.
 */
export const onlyContent = (files) =>
  files.length > 0 && files.every((file) => file.startsWith('content/'));

/**
 * The list for a pull request's job summary: the pictures taken, then the changed pages that this
 * build does not publish (drafts, scheduled or deleted entries), so a reviewer sees those too.
 */
export function screenshotSummary(shots, unpublished = []) {
  const taken = shots.length
    ? `### Tangkapan layar (${shots.length})\n\n${shots
        .map(({ pathname, width, file }) => `- \`${pathname}\` pada ${width} px: \`${file}\``)
        .join('\n')}\n`
    : '### Tangkapan layar\n\nTidak ada halaman terbit yang berubah.\n';
  if (unpublished.length === 0) return taken;
  return `${taken}\n### Halaman berubah yang tidak terbit di build ini (${unpublished.length})\n\nDraf, entri terjadwal, atau entri yang dihapus; tanpa tangkapan layar.\n\n${unpublished
    .map((pathname) => `- \`${pathname}\``)
    .join('\n')}\n`;
}
