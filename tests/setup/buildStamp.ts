import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OUT, ROOT } from './sites.ts';

/** What a build reads besides its content folder. */
const SOURCES = [
  'src',
  'public',
  'astro.config.mjs',
  'tailwind.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name));
}

/**
 * A fingerprint of everything one build reads: file names, sizes and modification times. Within
 * one `npm test` nothing edits them, so `test:e2e` can reuse the site `test:build` just built.
 */
export function inputsFingerprint(contentDir: string, env: Record<string, string>): string {
  const hash = createHash('sha256').update(JSON.stringify(env));
  for (const file of [...SOURCES.map((source) => path.join(ROOT, source)), contentDir]
    .flatMap(files)
    .sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(ROOT, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Kept beside the test output, never inside a `dist` that could be deployed. */
const stampFile = (outDir: string) =>
  path.join(OUT, 'stempel', `${path.relative(ROOT, outDir).replace(/[\\/]/g, '_')}.json`);

/** Whether `outDir` holds a finished build of exactly these inputs. */
export function isFresh(outDir: string, fingerprint: string): boolean {
  try {
    return JSON.parse(readFileSync(stampFile(outDir), 'utf8')).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

/** Marks `outDir` as a finished build of these inputs. */
export function stamp(outDir: string, fingerprint: string): void {
  mkdirSync(path.dirname(stampFile(outDir)), { recursive: true });
  writeFileSync(stampFile(outDir), JSON.stringify({ fingerprint }));
}
