import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { readPages, type BuiltPage } from './distFiles.ts';

const pages = readPages(DIST);
const idsByUrl = new Map(
  pages.map((page) => [page.url, new Set(page.root.querySelectorAll('[id]').map((el) => el.id))]),
);

/** The file a same-site address is served from, or undefined when it would be a 404. */
function targetFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const direct = path.join(DIST, decoded);
  for (const candidate of [direct, path.join(direct, 'index.html'), `${direct}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every address a page asks the browser to follow or load. */
function referencesOf(page: BuiltPage): string[] {
  const { root } = page;
  const attribute = (selector: string, name: string) =>
    root.querySelectorAll(selector).map((el) => el.getAttribute(name) ?? '');
  const srcsets = [...attribute('img[srcset]', 'srcset'), ...attribute('source[srcset]', 'srcset')]
    .flatMap((srcset) => srcset.split(','))
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  return [
    ...attribute('a[href]', 'href'),
    ...attribute('link[href]', 'href'),
    ...attribute('img[src]', 'src'),
    ...attribute('script[src]', 'src'),
    ...attribute('form[action]', 'action'),
    ...srcsets,
  ].filter((reference) => reference && !/^(mailto|tel|data):/.test(reference));
}

describe('setiap tautan dan aset internal ada', () => {
  it.each(pages.map((page) => [page.url, page] as const))('%s', (_, page) => {
    const base = new URL(page.url, 'http://situs.invalid');
    const broken: string[] = [];
    for (const reference of referencesOf(page)) {
      const url = new URL(reference, base);
      if (url.origin !== base.origin) {
        if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') continue;
      }
      if (!targetFile(url.pathname)) {
        broken.push(reference);
        continue;
      }
      if (url.hash) {
        const ids = idsByUrl.get(url.pathname);
        if (!ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(reference);
      }
    }
    expect(broken).toEqual([]);
  });
});
