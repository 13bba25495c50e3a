/**
 * Defects readers met on real devices, checked in Chromium on every template page of the good
 * fixture site, so the checks hold whatever the editors publish.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths, templatePaths } from '../../scripts/lib/pages.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';
import { GOOD_DIST } from '../setup/sites.ts';
import { launchChromium } from './chromium.ts';
import { ReusedPage } from './reusedPage.ts';
import { measureFocusRing, type FocusRing } from './focusRing.ts';
import {
  assertFontInstalled,
  forceFont,
  PHONE_FONTS,
  platformFontsOf,
  type PhoneFont,
} from './fonts.ts';
import { indistinguishable, landmarksOf } from './landmarks.ts';

/** The search page with a query, so that its results are on the page too. */
const SEARCH_PATH = '/cari/?q=uji';
/** One fixture page per template: these defects come from templates, not from entries. */
const pages = templatePaths(sitemapPaths(GOOD_DIST)).map((pathname) =>
  pathname.startsWith('/cari/') ? SEARCH_PATH : pathname,
);
/** The narrowest phones still sold. */
const NARROW = 320;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let reused: ReusedPage;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ root: GOOD_DIST, port: 0 }),
  ]);
  reused = await ReusedPage.open(browser);
});
afterAll(async () => {
  await reused?.close();
  await browser?.close();
  await server?.close();
});

/** The view of the document the page still shows, while no test has changed it since it loaded. */
let shown: string | undefined;

/**
 * Opens `pathname` on the file's one page, as a fresh page would (tests/browser/reusedPage.ts).
 * The checks of one page that only read it, or only move focus, share one load of each view: 7
 * loads a template became 4, and the file took 52 s before, 44,5–45,4 s after (2026-12-02). A
 * check that changes the document (print media, an added link, another font) says so with
 * `changes`, and the next check loads the page again.
 */
async function open(
  pathname: string,
  {
    width = 1280,
    colorScheme = 'light',
    changes = false,
  }: { width?: number; colorScheme?: 'light' | 'dark'; changes?: boolean } = {},
): Promise<Page> {
  const view = `${pathname} ${width} ${colorScheme}`;
  if (shown !== view) {
    shown = undefined;
    const page = await reused.reset({ width, colorScheme });
    await page.goto(server.url + pathname, { waitUntil: 'load' });
    if (pathname === SEARCH_PATH) {
      await page.waitForFunction(() =>
        /hasil/.test(document.querySelector('#status')?.textContent ?? ''),
      );
    }
  }
  shown = changes ? undefined : view;
  return reused.page;
}

/** Presses Tab until focus leaves the page, measuring the ring at every stop. */
async function tabThrough(page: Page): Promise<FocusRing[]> {
  const rings: FocusRing[] = [];
  for (let stop = 0; stop < 300; stop++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(measureFocusRing);
    if (!ring) return rings;
    rings.push(ring);
  }
  throw new Error('Fokus tidak pernah meninggalkan halaman setelah 300 kali Tab.');
}

/** Focus ring 3:1 against what surrounds it at every Tab stop (WCAG 2.2). */
async function checkFocusRings(pathname: string, colorScheme: 'light' | 'dark'): Promise<void> {
  const page = await open(pathname, { colorScheme });
  const rings = await tabThrough(page);
  expect(rings.filter((ring) => ring.place === 'kepala').length).toBeGreaterThan(3);
  expect(rings.filter((ring) => ring.place === 'kaki').length).toBeGreaterThan(3);
  const weak = rings.filter(
    (ring) =>
      ring.outlineStyle === 'none' ||
      ring.outlineWidth < 2 ||
      ring.samples.length === 0 ||
      ring.samples.some((sample) => sample.contrast < 3),
  );
  expect(weak).toEqual([]);
}

/** No two landmarks with the same role and name. */
async function checkLandmarks(pathname: string): Promise<void> {
  const page = await open(pathname);
  const landmarks = await landmarksOf(page);
  expect(landmarks.filter(({ role }) => role === 'search').length).toBeGreaterThan(0);
  expect(indistinguishable(landmarks)).toEqual([]);
}

/** On paper, addresses only for external links, and no list of footer links. */
async function checkPrintedLinks(pathname: string): Promise<void> {
  const page = await open(pathname, { changes: true });
  const footerLinksOnScreen = await page.evaluate(
    () =>
      [...document.querySelectorAll('footer a[href^="/"]')].filter((a) => a.checkVisibility())
        .length,
  );
  expect(footerLinksOnScreen, 'tautan situs di kaki halaman pada layar').toBeGreaterThan(3);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    // An external source as an editor would cite it, to see what paper makes of one.
    const prose = document.querySelector('.prose');
    const external = document.createElement('a');
    external.href = 'https://contoh.example/sumber';
    external.textContent = 'sumber luar';
    prose?.append(' ', external);
    return [...document.querySelectorAll('a')]
      .filter((a) => a.checkVisibility())
      .map((a) => ({
        href: a.getAttribute('href') ?? '',
        inProse: !!a.closest('.prose'),
        inFooter: !!a.closest('footer'),
        after: getComputedStyle(a, '::after').content,
      }));
  });
  const relative = (href: string) => !/^[a-z][a-z\d+.-]*:/i.test(href);
  // Chromium gives generated content with attr() already resolved.
  const showsAddress = (link: { href: string; after: string }) => link.after.includes(link.href);
  expect(
    printed.filter((link) => relative(link.href) && showsAddress(link)),
    'tautan relatif yang mencetak alamatnya',
  ).toEqual([]);
  expect(
    printed.filter((link) => link.inProse && !relative(link.href) && !showsAddress(link)),
    'tautan luar di badan tulisan tanpa alamat tercetak',
  ).toEqual([]);
  expect(
    printed.filter((link) => link.inFooter && relative(link.href)),
    'tautan situs di kaki halaman cetak',
  ).toEqual([]);
}

/** Printed from a phone in dark mode, text stays dark on white paper. */
async function checkDarkPrint(pathname: string): Promise<void> {
  const page = await open(pathname, { colorScheme: 'dark', changes: true });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // Browsers leave backgrounds out of print: every visible text lands on white paper.
  const faint = await page.evaluate(() => {
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      const linear = (value: number) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
      // Charts have print colours of their own (unit-tested); a skip link is off paper.
      if (element.closest('svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      const contrast = 1.05 / (luminance(getComputedStyle(element).color) + 0.05);
      if (contrast < 4.5)
        found.add(`${element.tagName.toLowerCase()}: ${node.textContent.trim().slice(0, 40)}`);
    }
    return [...found];
  });
  expect(faint, 'teks pucat di kertas').toEqual([]);
}

/** At 320 px in a phone's fallback font, nothing scrolls sideways and no heading overflows. */
async function checkNarrowWithFont(pathname: string, font: PhoneFont): Promise<void> {
  assertFontInstalled(font);
  const page = await open(pathname, { width: NARROW, changes: true });
  await forceFont(page, font.family);
  expect(await platformFontsOf(page, 'h1'), 'fon yang benar-benar dipakai').toEqual([font.family]);
  const { scrollWidth, overflowing } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    overflowing: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      // A visually hidden heading (sr-only) is one pixel wide on purpose.
      .filter((heading) => heading.getBoundingClientRect().width > 1)
      .filter((heading) => heading.scrollWidth > heading.clientWidth)
      .map(
        (heading) =>
          `${heading.tagName} “${heading.textContent?.trim()}” ${heading.scrollWidth} > ${heading.clientWidth} px`,
      ),
  }));
  expect(scrollWidth, `lebar isi ${scrollWidth} px`).toBeLessThanOrEqual(NARROW);
  expect(overflowing).toEqual([]);
}

// Grouped by page, in the order that lets checks which only read a view, or only move focus,
// share its load with the next check of that view.
describe.each(pages)('%s', (pathname) => {
  it('tiada dua landmark dengan peran dan nama yang sama', () => checkLandmarks(pathname));
  it('skema terang: cincin fokus 3:1 di setiap hentian Tab, juga di kepala, kaki dan pita gelap', () =>
    checkFocusRings(pathname, 'light'));
  it('cetak: alamat hanya untuk tautan luar, tanpa daftar tautan kaki halaman', () =>
    checkPrintedLinks(pathname));
  it('skema gelap: cincin fokus 3:1 di setiap hentian Tab, juga di kepala, kaki dan pita gelap', () =>
    checkFocusRings(pathname, 'dark'));
  it('dicetak dari ponsel berskema gelap: teks tetap gelap di atas kertas putih', () =>
    checkDarkPrint(pathname));
  it.each(PHONE_FONTS)(
    'lebar 320 px dengan fon $family: tanpa gulir samping, tiada judul yang meluap',
    (font) => checkNarrowWithFont(pathname, font),
  );
});
