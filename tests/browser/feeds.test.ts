import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from '../build/distFiles.ts';
import { launchChromium } from './chromium.ts';

const siteUrl = inject('siteUrl');
const published = listFiles(DIST)
  .map((file) => /^(berita|kisah)\/([^/]+)\/index\.html$/.exec(file))
  .filter(
    (match): match is RegExpExecArray => !!match && !['halaman', 'arsip'].includes(match[2] ?? ''),
  )
  .map((match) => `http://127.0.0.1:4321/${match[1]}/${match[2]}/`)
  .sort();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${siteUrl}/`);
});
afterAll(async () => {
  await browser?.close();
});

/** Parses an XML file with the browser's own parser and returns the text of every `selector`. */
async function xmlTexts(file: string, selector: string): Promise<string[]> {
  return page.evaluate(
    async ({ file, selector }) => {
      const text = await (await fetch(file)).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      const error = xml.querySelector('parsererror');
      if (error) throw new Error(`${file} bukan XML yang sah: ${error.textContent}`);
      return [...xml.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    },
    { file, selector },
  );
}

describe('umpan RSS dan peta situs (diurai oleh Chromium)', () => {
  it('/rss.xml memuat tepat semua berita dan kisah yang terbit, dengan tautan absolut', async () => {
    expect(published.length).toBeGreaterThan(10);
    expect((await xmlTexts('/rss.xml', 'item > link')).sort()).toEqual(published);
    expect(await xmlTexts('/rss.xml', 'rss > channel > language')).toEqual(['id']);
  });

  it('setiap butir punya ringkasan dan sampul sebagai enclosure', async () => {
    const enclosures = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(
        await (await fetch('/rss.xml')).text(),
        'application/xml',
      );
      return [...xml.querySelectorAll('item')].map((item) => ({
        description: item.querySelector('description')?.textContent ?? '',
        url: item.querySelector('enclosure')?.getAttribute('url') ?? '',
        length: Number(item.querySelector('enclosure')?.getAttribute('length')),
        type: item.querySelector('enclosure')?.getAttribute('type'),
      }));
    });
    for (const enclosure of enclosures) {
      expect(enclosure.description.length).toBeGreaterThan(40);
      expect(enclosure.url).toMatch(/^http:\/\/127\.0\.0\.1:4321\/og\/(berita|kisah)\/.+\.jpg$/);
      expect(enclosure.type).toBe('image/jpeg');
      const response = await fetch(siteUrl + new URL(enclosure.url).pathname);
      expect(Number(response.headers.get('content-length'))).toBe(enclosure.length);
    }
  });

  it.each([
    ['/berita/rss.xml', 'berita'],
    ['/kisah/rss.xml', 'kisah'],
  ])('%s memuat bagiannya saja', async (file, section) => {
    const links = (await xmlTexts(file, 'item > link')).sort();
    expect(links).toEqual(published.filter((url) => url.includes(`/${section}/`)));
  });

  it('peta situs memuat setiap halaman dengan lastmod untuk entri, tanpa 404', async () => {
    expect(await xmlTexts('/sitemap-index.xml', 'sitemap > loc')).toEqual([
      'http://127.0.0.1:4321/sitemap-0.xml',
    ]);
    const locations = await xmlTexts('/sitemap-0.xml', 'url > loc');
    for (const url of published) expect(locations).toContain(url);
    expect(locations.some((url) => url.includes('404'))).toBe(false);
    const lastmods = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(
        await (await fetch('/sitemap-0.xml')).text(),
        'application/xml',
      );
      return Object.fromEntries(
        [...xml.querySelectorAll('url')].map((url) => [
          url.querySelector('loc')?.textContent,
          url.querySelector('lastmod')?.textContent,
        ]),
      );
    });
    expect(
      lastmods[
        'http://127.0.0.1:4321/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/'
      ],
    ).toMatch(/^2026-11-27/);
  });

  it('robots.txt menyebut peta situs dengan alamat absolut', async () => {
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text();
    expect(robots).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
  });
});
