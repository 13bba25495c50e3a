import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_DIST } from '../setup/sites.ts';
import { readPage } from './distFiles.ts';

/** Each section's feed and the list page that must announce it (fixture site). */
const SECTIONS = [
  { list: '/berita/', feed: '/berita/rss.xml' },
  { list: '/kisah/', feed: '/kisah/rss.xml' },
] as const;

describe('umpan RSS per bagian ditautkan dari bagiannya', () => {
  it.each(SECTIONS)('$list menautkan $feed di <head> dan di halaman', ({ list, feed }) => {
    expect(existsSync(path.join(GOOD_DIST, feed)), `${feed} dibangun`).toBe(true);
    const { root } = readPage(GOOD_DIST, list);
    const alternates = root
      .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => ({ href: link.getAttribute('href'), title: link.getAttribute('title') }));
    expect(alternates.map(({ href }) => href)).toEqual(['/rss.xml', feed]);
    expect(alternates.every(({ title }) => title && title.length > 3)).toBe(true);
    expect(new Set(alternates.map(({ title }) => title)).size).toBe(2);

    const visible = root.querySelectorAll(`main a[href="${feed}"]`);
    expect(visible).toHaveLength(1);
    expect(visible[0]?.text).toMatch(/\bRSS\b/);
  });

  it('halaman lain hanya menautkan umpan seluruh situs', () => {
    const { root } = readPage(GOOD_DIST, '/program/');
    expect(
      root
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/rss.xml']);
  });
});
