import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Everything tests build goes here, never into `dist` or `content`. */
export const OUT = path.join(ROOT, 'tests/.out');
/** The real site, built from `content/` exactly as the README's serve command builds it. */
export const DIST = path.join(ROOT, 'dist');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/** Repository the good fixture's "Ubah halaman ini" links point into. */
export const FIXTURE_REPOSITORY = 'https://github.com/contoh/sinergi-pembinaan';
/** A small site with a draft and scheduled entries, built to check they stay unpublished. */
export const GOOD_SITE = path.join(FIXTURES, 'sites/good');
export const GOOD_DIST = path.join(OUT, 'good');

export interface BuildResult {
  code: number;
  output: string;
}

/** The cache of a test build into `outDir`, unless the test names another (`SITE_CACHE_DIR`). */
export const cacheOf = (outDir: string) => path.join(OUT, 'cache', path.relative(OUT, outDir));

/** Runs `astro build` on a content folder into an output folder, collecting what it prints. */
export function buildSite(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          SITE_CONTENT_DIR: path.relative(ROOT, contentDir),
          SITE_OUT_DIR: path.relative(ROOT, outDir),
          // Each fixture build gets its own cache. Builds still share `.astro/` at the project
          // root, which a build writes and reads back while bundling: two successful builds must
          // not overlap there (see tests/setup/buildSites.ts).
          ...(outDir === DIST ? {} : { SITE_CACHE_DIR: cacheOf(outDir) }),
          ...env,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Copies a file, or a folder with everything in it, over whatever `target` holds. Node's `fs.cp`
 * checks and copies one file after another: the good site's 57 files took 74 ms that way and 11 ms
 * this way (2026-12-02, 2 cores), and the content tests copy that site about 50 times.
 */
export async function copyTree(source: string, target: string): Promise<void> {
  if (!(await stat(source)).isDirectory()) {
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    return;
  }
  const found = await readdir(source, { recursive: true, withFileTypes: true });
  const inTarget = (entry: (typeof found)[number]) =>
    path.join(target, path.relative(source, path.join(entry.parentPath, entry.name)));
  await mkdir(target, { recursive: true });
  for (const folder of found
    .filter((entry) => entry.isDirectory())
    .map(inTarget)
    .sort())
    await mkdir(folder, { recursive: true });
  await Promise.all(
    found
      .filter((entry) => entry.isFile())
      .map((entry) => copyFile(path.join(entry.parentPath, entry.name), inTarget(entry))),
  );
}

/**
 * A fresh copy of the good fixture site in `tests/.out/content/<name>/`, for a test that changes
 * it. Every test uses its own name, because test files run in parallel.
 */
export async function copyOfGoodSite(name: string): Promise<string> {
  const target = path.join(OUT, 'content', name);
  await rm(target, { recursive: true, force: true });
  await copyTree(GOOD_SITE, target);
  return target;
}

/**
 * A copy of the few entries of the good fixture that make a site `npm run periksa` passes: the
 * published article `berita/terbit` (cover, image in its body), the page it links to, the two
 * programs that page links to (one named by the article) and the search's equivalent words. For a
 * test that only needs some site to build: a build is mostly Astro's fixed cost, but the full
 * fixture adds about 2 s to each (2026-12-01, 2 cores).
 */
export async function copyOfSmallSite(name: string): Promise<string> {
  const target = path.join(OUT, 'content', name);
  await rm(target, { recursive: true, force: true });
  for (const part of [
    'berita/terbit',
    'program/pelatihan-contoh',
    'program/pengolahan-ikan',
    'halaman/tentang',
    'padanan.yml',
  ])
    await copyTree(path.join(GOOD_SITE, part), path.join(target, part));
  return target;
}

/**
 * The good fixture site with the files of one bad fixture laid over it, so each bad fixture holds
 * only the file an editor got wrong.
 */
export async function siteWithOverlay(situation: string, name = situation): Promise<string> {
  const target = await copyOfGoodSite(name);
  await copyTree(path.join(FIXTURES, 'bad', situation), target);
  return target;
}

/** Runs a TypeScript command-line script from `scripts/` the way `npm run` does, on a content folder. */
export function runScript(
  script: string,
  args: string[],
  contentDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        path.join(ROOT, 'scripts', script),
        ...args,
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NO_COLOR: '1',
          GITHUB_ACTIONS: '',
          SITE_CONTENT_DIR: path.relative(ROOT, contentDir),
          ...env,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
