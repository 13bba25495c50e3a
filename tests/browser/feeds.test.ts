import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST, GOOD_DIST, GOOD_SITE } from '../setup/sites.ts';
import { isTemplate, readPages } from '../build/distFiles.ts';
import { launchChromium } from './chromium.ts';

/** The public address both sites are built for; feeds and the sitemap use it. */
const ORIGIN = 'http://127.0.0.1:4321';
const SITES = [
  { name: 'situs', origin: inject('siteUrl'), dist: DIST },
  { name: 'fixture baik', origin: inject('fixtureUrl'), dist: GOOD_DIST },
];

/** What the site-wide feed carries: news, stories and evaluation reports. */
const FEED_SECTIONS = ['berita', 'kisah', 'evaluasi'];

/**
 * Every news, story and report page a build wrote, by absolute address (what its feeds must
 * list), with the date the page gives as its last change.
 */
const publishedIn = (dist: string) =>
  new Map(
    readPages(dist)
      .filter(({ url }) => FEED_SECTIONS.some((section) => isTemplate(section, url)))
      .map((page) => [
        `${ORIGIN}${page.url}`,
        page.root.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'),
      ]),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page on `origin`, so that `fetch` and the XML parser below run against that site. */
async function pageAt(origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  return page;
}

/** Parses an XML file with the browser's own parser and returns the text of every `selector`. */
async function xmlTexts(page: Page, file: string, selector: string): Promise<string[]> {
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

/** `lastmod` of every sitemap address that has one. */
function lastmods(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const xml = new DOMParser().parseFromString(
      await (await fetch('/sitemap-0.xml')).text(),
      'application/xml',
    );
    return Object.fromEntries(
      [...xml.querySelectorAll('url')].flatMap((url) => {
        const lastmod = url.querySelector('lastmod')?.textContent;
        return lastmod ? [[url.querySelector('loc')?.textContent ?? '', lastmod]] : [];
      }),
    );
  });
}

describe.each(SITES)(
  'umpan RSS dan peta situs ($name, diurai oleh Chromium)',
  ({ origin, dist }) => {
    const modified = publishedIn(dist);
    const published = [...modified.keys()].sort();
    let page: Page;
    beforeAll(async () => {
      page = await pageAt(origin);
    });

    // The real site may have published nothing yet; the fixture's entries are counted in
    // tests/build/site.test.ts, so these checks never pass on an empty fixture.
    it('/rss.xml memuat tepat semua berita, kisah, dan evaluasi yang terbit, terbaru dulu', async () => {
      expect((await xmlTexts(page, '/rss.xml', 'item > link')).sort()).toEqual(published);
      expect(await xmlTexts(page, '/rss.xml', 'rss > channel > language')).toEqual(['id']);
      const dates = (await xmlTexts(page, '/rss.xml', 'item > pubDate')).map(Date.parse);
      expect(dates).toHaveLength(published.length);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
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
      expect(enclosures).toHaveLength(published.length);
      for (const enclosure of enclosures) {
        expect(enclosure.description.length).toBeGreaterThan(40);
        expect(enclosure.url).toMatch(
          /^http:\/\/127\.0\.0\.1:4321\/og\/(berita|kisah|evaluasi)\/.+\.jpg$/,
        );
        expect(enclosure.type).toBe('image/jpeg');
        const response = await fetch(origin + new URL(enclosure.url).pathname);
        expect(Number(response.headers.get('content-length'))).toBe(enclosure.length);
      }
    });

    it.each([
      ['/berita/rss.xml', 'berita'],
      ['/kisah/rss.xml', 'kisah'],
      ['/evaluasi/rss.xml', 'evaluasi'],
    ])('%s memuat bagiannya saja', async (file, section) => {
      const links = (await xmlTexts(page, file, 'item > link')).sort();
      expect(links).toEqual(published.filter((url) => url.includes(`/${section}/`)));
    });

    it('peta situs memuat setiap halaman, tanpa 404, dengan lastmod tanggal perubahan entri', async () => {
      // Evaluation downloads have a sitemap of their own, once there is one to list.
      expect(await xmlTexts(page, '/sitemap-index.xml', 'sitemap > loc')).toEqual([
        `${ORIGIN}/sitemap-0.xml`,
        ...(existsSync(path.join(dist, 'sitemap-data.xml')) ? [`${ORIGIN}/sitemap-data.xml`] : []),
      ]);
      const locations = await xmlTexts(page, '/sitemap-0.xml', 'url > loc');
      for (const url of published) expect(locations).toContain(url);
      expect(locations.some((url) => url.includes('404'))).toBe(false);
      const dates = await lastmods(page);
      for (const url of published) {
        expect(modified.get(url), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dates[url]?.slice(0, 10), url).toBe(modified.get(url));
      }
    });

    it('robots.txt menyebut peta situs dengan alamat absolut', async () => {
      const robots = await (await fetch(`${origin}/robots.txt`)).text();
      expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    });
  },
);

describe('umpan dan peta situs fixture baik: entri yang diketahui', () => {
  /** Entries of the good fixture that must never appear: a draft and two scheduled for 2099. */
  const UNPUBLISHED = ['berita/draf', 'berita/terjadwal', 'kisah/kisah-terjadwal'];
  let page: Page;
  beforeAll(async () => {
    page = await pageAt(inject('fixtureUrl'));
  });

  it('/rss.xml memuat setiap folder berita, kisah, dan evaluasi fixture kecuali draf dan terjadwal', async () => {
    const expected = FEED_SECTIONS.flatMap((collection) =>
      readdirSync(path.join(GOOD_SITE, collection)).map((id) => `${collection}/${id}`),
    )
      .filter((entry) => !UNPUBLISHED.includes(entry))
      .map((entry) => `${ORIGIN}/${entry}/`)
      .sort();
    expect((await xmlTexts(page, '/rss.xml', 'item > link')).sort()).toEqual(expected);
  });

  it('lastmod: tanggal pembaruan bila ada, selain itu tanggal terbit', async () => {
    const dates = await lastmods(page);
    expect(dates[`${ORIGIN}/berita/terbit/`]).toMatch(/^2026-11-28/);
    expect(dates[`${ORIGIN}/berita/nota-kesepahaman/`]).toMatch(/^2026-11-20/);
  });
});
