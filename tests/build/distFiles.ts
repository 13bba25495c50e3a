import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { firstPageOf } from '../../scripts/lib/pages.mjs';
import { ADMIN_PATH } from '../../src/lib/securityHeaders.ts';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .sort();
}

export interface BuiltPage {
  /** `berita/abc/index.html` */
  file: string;
  /** `/berita/abc/` */
  url: string;
  html: string;
  root: HTMLElement;
}

/**
 * Every page readers get. The web editor under /admin/ is the editors' tool, a third-party
 * application with its own policy; tests/build/webEditor.test.ts and the browser tests check it.
 */
export function readPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !`/${file}`.startsWith(ADMIN_PATH))
    .map((file) => {
      const html = readFileSync(path.join(dir, file), 'utf8');
      const url = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
      return { file, url, html, root: parse(html) };
    });
}

export function readPage(dir: string, url: string): BuiltPage {
  const page = readPages(dir).find((candidate) => candidate.url === url);
  if (!page) throw new Error(`Halaman ${url} tidak ada di ${dir}`);
  return page;
}

/** Whether `url` has the address shape of the named template in `scripts/lib/pages.mjs`. */
export const isTemplate = (name: string, url: string) => firstPageOf([url], name) === url;

/** Pages of single entries: news articles, stories, programs and evaluations, never their lists. */
export const isEntryPage = (url: string) =>
  ['berita', 'kisah', 'program', 'evaluasi'].some((name) => isTemplate(name, url));
