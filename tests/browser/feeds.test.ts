import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST, GOOD_DIST, GOOD_SITE } from '../setup/sites.ts';
import { isTemplate, readPages } from '../build/distFiles.ts';
import { SITE } from '../../src/lib/site.ts';
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
 * Every news, story and report page a build wrote, by absolute address (what its feeds may list),
 * with the dates the page gives for its publication and its last change.
 */
const publishedIn = (dist: string) =>
  new Map(
    readPages(dist)
      .filter(({ url }) => FEED_SECTIONS.some((section) => isTemplate(section, url)))
      .map((page) => {
        const meta = (property: string) =>
          page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
        return [
          `${ORIGIN}${page.url}`,
          {
            published: Date.parse(meta('article:published_time')),
            modified: meta('article:modified_time'),
          },
        ];
      }),
  );

/**
 * A feed lists the newest `SITE.feedSize` of its entries: `links` must be that many, all among
 * `entries`, and hold every entry newer than the oldest one listed (entries of one day tie).
 */
function expectNewest(
  links: string[],
  entries: string[],
  dates: ReturnType<typeof publishedIn>,
): void {
  const at = (url: string) => dates.get(url)?.published ?? Number.NaN;
  expect(links).toHaveLength(Math.min(entries.length, SITE.feedSize));
  for (const link of links) expect(entries).toContain(link);
  const oldest = Math.min(...links.map(at));
  for (const url of entries) if (at(url) > oldest) expect(links, url).toContain(url);
}

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
    const entryDates = publishedIn(dist);
    const published = [...entryDates.keys()].sort();
    let page: Page;
    beforeAll(async () => {
      page = await pageAt(origin);
    });

    // The real site may have published nothing yet; the fixture's entries of each kind are
    // counted under "entri yang diketahui" below, so these checks never pass on an empty fixture.
    it(`/rss.xml memuat ${SITE.feedSize} berita, kisah, dan evaluasi terbaru yang terbit, terbaru dulu`, async () => {
      const links = await xmlTexts(page, '/rss.xml', 'item > link');
      expectNewest(links, published, entryDates);
      expect(await xmlTexts(page, '/rss.xml', 'rss > channel > language')).toEqual(['id']);
      const dates = (await xmlTexts(page, '/rss.xml', 'item > pubDate')).map(Date.parse);
      expect(dates).toHaveLength(links.length);
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
      expect(enclosures).toHaveLength(Math.min(published.length, SITE.feedSize));
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
      const links = await xmlTexts(page, file, 'item > link');
      expectNewest(
        links,
        published.filter((url) => url.includes(`/${section}/`)),
        entryDates,
      );
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
        expect(entryDates.get(url)?.modified, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dates[url]?.slice(0, 10), url).toBe(entryDates.get(url)?.modified);
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
