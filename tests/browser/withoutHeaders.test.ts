import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPageOf, sitemapPaths } from '../../scripts/lib/pages.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';
import { DIST, OUT } from '../setup/sites.ts';
import { launchChromium } from './chromium.ts';
import {
  type Construct,
  FOREIGN_BASE,
  FORM_ACTION,
  foreignFiles,
  HIT_NAMES,
  hostileConstructs,
  INJECTED_COLOR,
} from './hostileMarkup.ts';

/**
 * GitHub Pages sends none of the headers in `_headers`: this serves the built site without them,
 * so that only the <meta> policy of each page stands between injected markup and readers.
 */
const SITE_DIR = path.join(OUT, 'tanpa-header');
const FOREIGN_DIR = path.join(OUT, 'tanpa-header-asal-lain');
/** Whichever article the built site has first: the test is about the page, not its content. */
const ARTICLE = `${(firstPageOf(sitemapPaths(DIST), 'berita') ?? '/').slice(1)}index.html`;
const META_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

type Server = Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let site: Server;
let foreign: Server;
let constructs: Construct[];
/** Paths each server has answered since the current test began. */
const siteRequests: string[] = [];
const foreignRequests: string[] = [];

/** The built article with `markup` at the start of <main>, where an entry's body would put it. */
function withInjection(article: string, markup: string): string {
  const injected = article.replace(/<main[^>]*>/, (main) => main + markup);
  if (injected === article) throw new Error(`${ARTICLE} tidak punya <main>.`);
  return injected;
}

async function writePage(pathname: string, html: string): Promise<void> {
  await mkdir(path.join(SITE_DIR, pathname), { recursive: true });
  await writeFile(path.join(SITE_DIR, pathname, 'index.html'), html);
}

beforeAll(async () => {
  await Promise.all(
    [SITE_DIR, FOREIGN_DIR].map((dir) => rm(dir, { recursive: true, force: true })),
  );
  await Promise.all([SITE_DIR, FOREIGN_DIR].map((dir) => mkdir(dir, { recursive: true })));
  // Links instead of copies: the real site, minus `_headers`, without copying every image.
  for (const entry of await readdir(DIST)) {
    if (entry !== '_headers') await symlink(path.join(DIST, entry), path.join(SITE_DIR, entry));
  }
  site = await startServer({
    root: SITE_DIR,
    port: 0,
    onResponse: (pathname) => siteRequests.push(pathname),
  });
  foreign = await startServer({
    root: FOREIGN_DIR,
    port: 0,
    onResponse: (pathname) => foreignRequests.push(pathname),
  });
  for (const [name, text] of Object.entries(foreignFiles(site.url))) {
    await writeFile(path.join(FOREIGN_DIR, name), text);
  }
  constructs = hostileConstructs(site.url, foreign.url);
  const hostile = withInjection(
    await readFile(path.join(DIST, ARTICLE), 'utf8'),
    constructs.map((construct) => construct.html).join('\n'),
  );
  if (!META_CSP.test(hostile)) throw new Error(`${ARTICLE} tidak membawa CSP meta.`);
  await writePage('uji-konten', hostile);
  await writePage('uji-konten-tanpa-meta', hostile.replace(META_CSP, ''));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), foreign?.close()]);
});

interface Visit {
  page: Page;
  /** `effective-directive blocked-uri` of every violation, from every frame. */
  violations: string[];
  /** Requests to any origin but the two local servers; each is answered locally, never sent. */
  outside: string[];
  /** The content-security-policy header of the page's response. */
  headerPolicy: string | null;
}

async function visit(pathname: string): Promise<Visit> {
  siteRequests.length = 0;
  foreignRequests.length = 0;
  const page = await browser.newPage();
  const violations: string[] = [];
  const outside: string[] = [];
  const local = [site.url, foreign.url].map((url) => new URL(url).origin);
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (local.includes(new URL(url).origin)) return route.continue();
    outside.push(url);
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Di luar situs</p>' });
  });
  await page.exposeBinding('laporkanCsp', (_source, violation: string) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { laporkanCsp: (violation: string) => void })
        .laporkanCsp;
      report(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(site.url + pathname, { waitUntil: 'load' });
  return {
    page,
    violations,
    outside,
    headerPolicy: response?.headers()['content-security-policy'] ?? null,
  };
}

/** What injected markup managed to do on the page, short of submitting the form. */
async function effects(page: Page) {
  await page.click('#tautan-javascript');
  return page.evaluate(() => ({
    baseURI: document.baseURI,
    link: document.querySelector<HTMLAnchorElement>('header a[href="/berita/"]')?.href,
    styleAttribute: getComputedStyle(document.querySelector('#gaya-atribut') as Element).color,
    styleElement: getComputedStyle(document.querySelector('#gaya-elemen') as Element).color,
  }));
}

describe('situs tanpa _headers (seperti di GitHub Pages): CSP dari tag meta', () => {
  it('pencarian di /cari/ berjalan tanpa pelanggaran CSP', async () => {
    const { page, violations, headerPolicy } = await visit('/cari/?q=bina');
    try {
      expect(headerPolicy).toBeNull();
      await page.waitForFunction(() =>
        /^\d+ hasil untuk/.test(document.querySelector('#status')?.textContent ?? ''),
      );
      expect(await page.locator('#hasil li').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('markup sisipan di artikel tidak berjalan dan dilaporkan sebagai pelanggaran', async () => {
    const { page, violations, outside, headerPolicy } = await visit('/uji-konten/');
    try {
      expect(headerPolicy).toBeNull();
      const seen = await effects(page);
      await page.click('#formulir button', { noWaitAfter: true });
      const expected = constructs.map((construct) => construct.violation);
      // Blocking is what raises a violation, so once all are in, nothing is left to run.
      await expect
        .poll(() => expected.filter((violation) => !violations.includes(violation)))
        .toEqual([]);
      // Chromium reports a blocked <object> or <embed> again when it retries the load.
      expect(new Set(violations)).toEqual(new Set(expected));
      const inlineScripts = (list: string[]) =>
        list.filter((violation) => violation === 'script-src-elem inline').length;
      expect(inlineScripts(violations)).toBe(inlineScripts(expected));

      expect(siteRequests.filter((pathname) => pathname.startsWith('/__kena/'))).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(outside).toEqual([]);
      expect(seen.baseURI).toBe(`${site.url}/uji-konten/`);
      expect(seen.link).toBe(`${site.url}/berita/`);
      expect(seen.styleAttribute).not.toBe(INJECTED_COLOR);
      expect(seen.styleElement).not.toBe(INJECTED_COLOR);
      expect(page.url()).toBe(`${site.url}/uji-konten/`);
    } finally {
      await page.close();
    }
  });

  it('tanpa tag meta, markup yang sama berjalan: uji di atas dapat gagal', async () => {
    const { page, violations, outside, headerPolicy } = await visit('/uji-konten-tanpa-meta/');
    try {
      expect(headerPolicy).toBeNull();
      const seen = await effects(page);
      await page.click('#formulir button', { noWaitAfter: true });
      await expect
        .poll(() => HIT_NAMES.filter((name) => !siteRequests.includes(`/__kena/${name}`)))
        .toEqual([]);
      await expect.poll(() => outside).toContain(`${FORM_ACTION}?isi=rahasia`);
      expect(foreignRequests).toEqual(expect.arrayContaining(['/jahat.js', '/piksel.svg']));
      expect(seen.baseURI).toBe(FOREIGN_BASE);
      expect(seen.link).toBe(`${FOREIGN_BASE}berita/`);
      expect(seen.styleAttribute).toBe(INJECTED_COLOR);
      expect(seen.styleElement).toBe(INJECTED_COLOR);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('editor web tidak berjalan di dalam bingkai situs lain, walau tanpa frame-ancestors', async () => {
    await writeFile(
      path.join(FOREIGN_DIR, 'bingkai.html'),
      `<!doctype html><title>Bingkai</title><iframe src="${site.url}/admin/"></iframe>`,
    );
    const page = await browser.newPage();
    try {
      await page.goto(`${foreign.url}/bingkai.html`);
      const frame = page.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('body').innerText())
        .toContain('tidak dapat dibuka di dalam bingkai');
      const editor = page.frames().find((candidate) => candidate.url().includes('/admin/'));
      expect(await editor?.evaluate(() => 'CMS' in window)).toBe(false);
    } finally {
      await page.close();
    }
  });
});
