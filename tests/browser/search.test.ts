import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sitemapPaths } from '../../scripts/lib/pages.mjs';
import { isEntryPage, isTemplate, readPage } from '../build/distFiles.ts';
import { DIST } from '../setup/sites.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import { ReusedPage } from './reusedPage.ts';

const siteUrl = inject('siteUrl');
/**
 * Queries with known answers run on the good fixture, whose entries are written for them; the real
 * site gets one check that derives its query from what was built.
 */
const fixtureUrl = inject('fixtureUrl');
let browser: Browser;
let reused: ReusedPage;

interface SearchPage {
  page: Page;
  /** Console errors and Content-Security-Policy violations seen so far. */
  problems: string[];
  /** Sum of layout shifts not caused by the reader's own input. */
  layoutShift: () => Promise<number>;
  /** Every path the page requested, from its first request on. */
  fetched: string[];
}

/** What the current visit's page did; each `open` starts new lists. */
let current: Pick<SearchPage, 'problems' | 'fetched'> = { problems: [], fetched: [] };

beforeAll(async () => {
  browser = await launchChromium();
  reused = await ReusedPage.open(browser);
  const { page } = reused;
  page.on('request', (request) => current.fetched.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (message.type() === 'error') current.problems.push(message.text());
  });
  page.on('pageerror', (error) => current.problems.push(error.message));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP melanggar ${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
});
afterAll(async () => {
  await reused?.close();
  await browser?.close();
});

/**
 * Opens `pathname` on the file's one page, as a fresh page would (tests/browser/reusedPage.ts).
 * A test that adds a listener of its own removes it before it ends. Tests that need an init
 * script of their own or a blocked worker open a page of their own.
 */
async function open(pathname: string, width = 1280, origin = fixtureUrl): Promise<SearchPage> {
  const page = await reused.reset({ width });
  current = { problems: [], fetched: [] };
  const { problems, fetched } = current;
  await page.goto(origin + pathname);
  return {
    page,
    problems,
    fetched,
    layoutShift: () =>
      page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
      ),
  };
}

/** Waits until the status line reports a finished search, and returns it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('#hasil')?.dataset.state === 'siap' &&
      /hasil/.test(document.querySelector('#status')?.textContent ?? ''),
  );
  return (await page.textContent('#status')) ?? '';
}

const resultLinks = (page: Page) =>
  page.$$eval('#hasil h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
/** Type and date of each result, without the "Contoh" label that follows them. */
const resultKinds = (page: Page) =>
  page.$$eval('#hasil .eyebrow', (nodes) =>
    nodes.map((node) => node.firstChild?.textContent ?? ''),
  );
const MONTHS =
  'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  );
/** The dates of news results ("Berita · 27 November 2026"), as timestamps. */
const newsDates = async (page: Page) =>
  (await resultKinds(page)).map((kind) => {
    const [day, month, year] = kind.replace('Berita · ', '').split(' ');
    return Date.UTC(Number(year), MONTHS.indexOf(month ?? ''), Number(day));
  });
const newestFirst = (dates: number[]) => [...dates].sort((a, b) => b - a);

/** The word list for "Maksud Anda", fetched only when a search finds nothing. */
const VOCABULARY = '/pagefind/kosakata-id.json';

/**
 * Presses "Tampilkan lebih banyak" until every result is listed. Pressed from script, because
 * scrolling to it would let the page add the rest of the first page on its own (nearing the end
 * does that) and the button could be gone before the click lands.
 */
async function showAll(page: Page): Promise<void> {
  const listSettled = () =>
    page.waitForFunction(
      () => document.querySelector<HTMLElement>('#hasil')?.dataset.state === 'siap',
    );
  await listSettled();
  while (await page.$eval('#lebih', (button) => !(button as HTMLButtonElement).hidden)) {
    await page.$eval('#lebih', (button) => (button as HTMLButtonElement).click());
    await listSettled();
  }
}

describe('pencarian di /cari/ (Chromium, dengan CSP situs, atas fixture baik)', () => {
  it('kata dasar "bina" menemukan "pembinaan" dan "binaan", kata yang cocok ditandai', async () => {
    const { page, problems } = await open('/cari/?q=bina');
    expect(await settled(page)).toMatch(/^\d+ hasil untuk “bina”\.$/);
    const marked = await page.$$eval('#hasil mark', (marks) =>
      marks.map((mark) => mark.textContent?.toLowerCase() ?? ''),
    );
    expect(marked).toContain('pembinaan');
    expect(marked).toContain('binaan');
    expect(marked.every((word) => word.includes('bina'))).toBe(true);
    expect(await page.inputValue('#q')).toBe('bina');
    expect(problems).toEqual([]);
  });

  it('setiap hasil punya judul, jenis, tanggal bila ada, kutipan dan gambar kecil', async () => {
    const { page } = await open('/cari/?q=tata+boga');
    await settled(page);
    const first = await page.$eval('#hasil li', (item) => ({
      kind: item.querySelector('.eyebrow')?.firstChild?.textContent,
      title: item.querySelector('h3')?.textContent,
      excerpt: item.querySelector('p:last-child')?.innerHTML,
      image: item.querySelector('img')?.getAttribute('src'),
      alt: item.querySelector('img')?.getAttribute('alt'),
    }));
    expect(first.kind).toMatch(/^(Berita|Kisah|Program|Halaman)( · \d{1,2} \w+ \d{4})?$/);
    expect(first.title?.length).toBeGreaterThan(3);
    expect(first.excerpt).toContain('<mark>');
    expect(first.image).toMatch(/^\/_astro\/.+\.webp$/);
    expect(first.alt?.length).toBeGreaterThan(5);
  });

  it('hasil dari entri contoh berlabel "Contoh", hasil dari entri nyata tidak', async () => {
    const { page } = await open('/cari/?q=ikan+asap');
    await settled(page);
    await showAll(page);
    const labels = await page.$$eval('#hasil li', (items) =>
      Object.fromEntries(
        items.map((item) => [
          item.querySelector('h3 a')?.getAttribute('href'),
          item.querySelector('.eyebrow span')?.textContent ?? '',
        ]),
      ),
    );
    expect(labels['/program/pengolahan-ikan/']).toBe('');
    expect(labels['/kisah/kisah-ikan-asap/']).toBe('Contoh');
  });

  it('saringan jenis, tahun dan program membatasi hasil, dengan jumlah yang benar', async () => {
    const { page } = await open('/cari/?q=warga');
    await settled(page);
    for (const [filter, value, check] of [
      ['jenis', 'Kisah', (kind: string) => kind.startsWith('Kisah')],
      ['tahun', '2025', (kind: string) => kind.endsWith('2025')],
    ] as const) {
      const box = page.locator(`[data-filter="${filter}"] input[value="${value}"]`);
      const label = await page.textContent(`label[for="${await box.getAttribute('id')}"]`);
      const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
      await box.check();
      await page.waitForURL(new RegExp(`${filter}=${value}`));
      await settled(page);
      await showAll(page);
      const kinds = await resultKinds(page);
      expect(kinds.length).toBe(expected);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every(check)).toBe(true);
      await box.uncheck();
      await settled(page);
    }
    await showAll(page);
    expect(await resultLinks(page)).toContain('/program/konseling/');
    await page.check('[data-filter="program"] input[value="Tata Boga"]');
    await page.waitForURL(/program=Tata\+Boga/);
    await settled(page);
    await showAll(page);
    expect(await resultLinks(page)).toContain('/program/tata-boga/');
    expect(await resultLinks(page)).not.toContain('/program/konseling/');
  });

  /** A page that records what it asks Pagefind's worker (src/scripts/pagefindClient.ts). */
  async function pageRecordingWorker() {
    const page = await browser.newPage({ viewport: { width: 412, height: 800 } });
    await page.addInitScript(() => {
      const sent: { method: string; args: unknown[] }[] = [];
      (window as unknown as { sent: typeof sent }).sent = sent;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown) {
        sent.push(message as { method: string; args: unknown[] });
        post.call(this, message);
      };
    });
    const sent = (method: string) =>
      page.evaluate(
        (wanted) =>
          (window as unknown as { sent: { method: string; args: unknown[] }[] }).sent
            .filter((message) => message.method === wanted)
            .map((message) => message.args[0]),
        method,
      );
    return { page, sent };
  }

  it('kata yang selesai diketik dimuat lebih dulu sekali saja, bukan di setiap ketukan', async () => {
    const { page, sent } = await pageRecordingWorker();
    try {
      await page.goto(`${fixtureUrl}/cari/`, { waitUntil: 'networkidle' });
      await page.locator('#q').pressSequentially('pelatihan keterampilan vokasional');
      await settled(page);
      expect(await sent('preload')).toEqual(['pelatihan', 'pelatihan keterampilan']);
    } finally {
      await page.close();
    }
  });

  it('kata yang ada di situs dicari sekali; kata salah ketik diperiksa sendiri', async () => {
    const { page, sent } = await pageRecordingWorker();
    try {
      await page.goto(`${fixtureUrl}/cari/`, { waitUntil: 'networkidle' });
      // The first results mark both words, so no word needs an exact search of its own.
      await page.fill('#q', 'ikan asap');
      expect(await settled(page)).toMatch(/hasil untuk “ikan asap”/);
      expect(await sent('search')).toEqual(['ikan asap']);

      await page.goto(`${fixtureUrl}/cari/?q=ikan+konsling`, { waitUntil: 'networkidle' });
      expect(await settled(page)).toMatch(/Tidak ditemukan: “konsling”/);
      expect(await sent('search')).toContain('"konsling"');
    } finally {
      await page.close();
    }
  });

  it('di ponsel kueri pertama tidak mengunduh indeks saringan sebelum panelnya dibuka', async () => {
    const { page, problems, fetched } = await open('/cari/', 412);
    expect(await page.getAttribute('#saringan', 'open')).toBeNull();
    await page.fill('#q', 'warga');
    expect(await settled(page)).toMatch(/hasil untuk “warga”/);
    expect(fetched.filter((path) => path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    // Pagefind searches in its worker (src/scripts/pagefindOptions.ts).
    expect(fetched).toContain('/pagefind/pagefind-worker.js');

    await page.click('#saringan summary');
    const label = page.locator('[data-filter="jenis"] label', { hasText: 'Berita' });
    await expect.poll(() => label.textContent()).toMatch(/^Berita \(\d+\)$/);
    expect(Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1])).toBeGreaterThan(0);
    expect(fetched.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('di ponsel kueri pertama mengunduh cuplikan layar pertama saja; sisanya saat didekati', async () => {
    const { page, problems } = await open('/cari/', 412);
    const fragments: string[] = [];
    const onRequest = (request: Request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/fragment/')) fragments.push(pathname);
    };
    page.on('request', onRequest);
    const shown = () => page.locator('#hasil li').count();
    try {
      await page.fill('#q', 'warga');
      const total = Number(/^(\d+)/.exec(await settled(page))?.[1]);
      expect(total).toBeGreaterThan(10);
      await page.waitForLoadState('networkidle');
      expect(await shown()).toBe(3);
      expect(fragments).toHaveLength(3);
      // Nearing the end of the list adds the rest of the first page by itself.
      await page.locator('#lebih').scrollIntoViewIfNeeded();
      await expect.poll(shown).toBe(10);
      expect(fragments).toHaveLength(10);
      // Nearing it again fetches the next page ahead, and pressing the button adds it at once.
      const next = Math.min(total, 20);
      await page.locator('#lebih').scrollIntoViewIfNeeded();
      await expect.poll(() => fragments.length).toBe(next);
      expect(await shown()).toBe(10);
      await page.click('#lebih');
      await page.waitForFunction(
        (count) => document.querySelectorAll('#hasil li').length === count,
        next,
      );
      expect(fragments).toHaveLength(next);
      expect(new Set(fragments).size).toBe(next);
      const links = await resultLinks(page);
      expect(new Set(links).size).toBe(links.length);
      expect(problems).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('Pagefind berjalan di worker tanpa pagefind.js; setiap berkasnya diunduh sekali', async () => {
    const { page, problems, fetched } = await open('/cari/?q=bina', 412);
    const warnings: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'warning') warnings.push(message.text());
    };
    page.on('console', onConsole);
    try {
      await settled(page);
      expect(await page.locator('#hasil li').count()).toBeGreaterThan(0);
      const pagefindFiles = fetched.filter((path) => path.startsWith('/pagefind/'));
      expect(pagefindFiles).toContain('/pagefind/pagefind-worker.js');
      expect(pagefindFiles.some((path) => /^\/pagefind\/wasm\.id\.pagefind$/.test(path))).toBe(
        true,
      );
      // The page script talks to the worker itself (src/scripts/pagefindClient.ts).
      expect(pagefindFiles).not.toContain('/pagefind/pagefind.js');
      expect(pagefindFiles.length).toBe(new Set(pagefindFiles).size);
      // With the worker there is nothing the page could preload (src/lib/build/searchPreload.ts).
      expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
      expect(warnings.filter((text) => /pagefind|preload/i.test(text))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      page.off('console', onConsole);
    }
  });

  it('bila worker tidak dapat dimuat, pencarian berjalan di halaman lewat pagefind.js', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 800 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort('blockedbyclient'));
    try {
      await page.goto(`${fixtureUrl}/cari/?q=bina`);
      expect(await settled(page)).toMatch(/hasil untuk “bina”/);
      expect(await page.locator('#hasil li').count()).toBeGreaterThan(0);
      expect(fetched).toContain('/pagefind/pagefind.js');
    } finally {
      await page.close();
    }
  });

  it('di ponsel, alamat dengan saringan membuka panelnya', async () => {
    const { page } = await open('/cari/?q=ikan&jenis=Program', 412);
    await settled(page);
    expect(await page.getAttribute('#saringan', 'open')).toBe('');
    expect(await page.isChecked('[data-filter="jenis"] input[value="Program"]')).toBe(true);
  });

  it('urutan terbaru menyusun tanggal dari yang terbaru, juga di hasil berikutnya', async () => {
    const { page } = await open('/cari/?q=pelatihan&jenis=Berita');
    await settled(page);
    await showAll(page);
    const relevant = await newsDates(page);
    // More than one batch of results, and the oldest article mentions "pelatihan" most often, so
    // by relevance the order is not already newest first.
    expect(relevant.length).toBeGreaterThan(10);
    expect(relevant).not.toEqual(newestFirst(relevant));
    await page.selectOption('#urut', 'terbaru');
    await page.waitForURL(/urut=terbaru/);
    await settled(page);
    await showAll(page);
    const dates = await newsDates(page);
    expect(dates).toHaveLength(relevant.length);
    expect(dates).toEqual(newestFirst(relevant));
  });

  it('alamat ?q= dengan saringan membuka pencarian yang sama, dan tombol kembali memulihkannya', async () => {
    const { page, layoutShift } = await open('/cari/?q=ikan&jenis=Program');
    await settled(page);
    expect(await page.inputValue('#q')).toBe('ikan');
    expect(await page.isChecked('[data-filter="jenis"] input[value="Program"]')).toBe(true);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith('/program/'))).toBe(true);
    expect(await layoutShift()).toBeLessThan(0.01);

    await page.uncheck('[data-filter="jenis"] input[value="Program"]');
    await page.waitForURL((url) => !url.search.includes('jenis='));
    await settled(page);
    expect((await resultLinks(page)).length).toBeGreaterThan(links.length);
    await page.goBack();
    await page.waitForURL(/jenis=Program/);
    await page.waitForFunction(
      (count) => document.querySelectorAll('#hasil li').length === count,
      links.length,
    );
    expect(await page.isChecked('[data-filter="jenis"] input[value="Program"]')).toBe(true);
  });

  it('alamat mengikuti ketikan', async () => {
    const { page } = await open('/cari/');
    await page.fill('#q', 'konseling');
    await page.waitForURL(/\?q=konseling$/);
    expect(await settled(page)).toMatch(/^\d+ hasil untuk “konseling”\.$/);
  });

  it('kotak cari di kepala halaman lain mengirim ke /cari/?q= tanpa skrip', async () => {
    const { page } = await open('/berita/');
    expect(await page.$$eval('script[src]', (scripts) => scripts.length)).toBe(0);
    await page.fill('#cari-situs', 'nota kesepahaman');
    await page.press('#cari-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=nota\+kesepahaman$/);
    expect(await settled(page)).toMatch(/hasil untuk “nota kesepahaman”/);
    await showAll(page);
    expect(await resultLinks(page)).toContain('/berita/nota-kesepahaman/');
  });

  it('judul bagian templat tidak mengangkat halaman: halaman yang membahas katanya di atas', async () => {
    // The four fixture programs share the heading "Dukungan dalam nota kesepahaman" and the
    // sentence under it, as the real programs do; Pagefind alone weighs an h2's words six times
    // (36 times in the ranking), so the programs would outrank the article that talks of
    // "dukungan" in its own sentences.
    const { page } = await open('/cari/?q=dukungan');
    await settled(page);
    await showAll(page);
    const links = await resultLinks(page);
    expect(links[0]).toBe('/berita/kerja-bakti/');
    expect(links.filter((link) => link.startsWith('/program/'))).toHaveLength(4);
  });

  it('“nota kesepahaman”: berita penandatanganan di atas program yang menyebutnya di templat', async () => {
    const { page } = await open('/cari/?q=nota+kesepahaman');
    await settled(page);
    expect((await resultLinks(page))[0]).toBe('/berita/nota-kesepahaman/');
  });

  it.each(['ikan asap', 'tata boga', 'konseling'])(
    '“%s”: entri yang judulnya memuat kata itu di atas entri yang hanya menyebutnya',
    async (query) => {
      const { page } = await open(`/cari/?q=${encodeURIComponent(query)}`);
      await settled(page);
      await showAll(page);
      const titles = await page.$$eval('#hasil h3 a', (links) =>
        links.map((link) => link.textContent?.toLowerCase() ?? ''),
      );
      const inTitle = titles.map((title) => query.split(' ').every((word) => title.includes(word)));
      expect(inTitle.filter(Boolean).length).toBeGreaterThan(0);
      expect(inTitle.includes(false)).toBe(true);
      // Every title match first, then the rest: no false before a true.
      expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
    },
  );

  it('topik entri ikut dicari: kisah bertopik “reintegrasi sosial” tanpa kata itu di teksnya', async () => {
    const { page } = await open('/cari/?q=reintegrasi+sosial');
    expect(await settled(page)).toBe('2 hasil untuk “reintegrasi sosial”.');
    expect((await resultLinks(page)).sort()).toEqual([
      '/kisah/kisah-dapur-kecil/',
      '/kisah/kisah-ikan-asap/',
    ]);
    // The tag chips are out of the indexed text, so they never become the excerpt.
    const excerpts = await page.$$eval('#hasil li p:last-child', (nodes) =>
      nodes.map((node) => node.textContent ?? ''),
    );
    expect(excerpts.some((text) => /Topik|reintegrasi/i.test(text))).toBe(false);
  });

  it('dapat dipakai dengan papan ketik saja, sampai membuka hasil', async () => {
    const { page } = await open('/cari/');
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('perbengkelan');
    await page.keyboard.press('Enter');
    await settled(page);
    let focused = '';
    for (let presses = 0; presses < 40 && !focused.startsWith('/'); presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.closest('#hasil')
          ? (document.activeElement.getAttribute('href') ?? '')
          : '',
      );
    }
    expect(focused).toMatch(/^\/(berita|program|kisah)\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${focused}$`));
  });

  it('kata pembaca menemukan istilah situs, dan halaman mengatakannya', async () => {
    const { page, problems, fetched } = await open('/cari/?q=napi');
    expect(await settled(page)).toMatch(
      /^\d+ hasil untuk “napi”\. Menampilkan hasil untuk “warga binaan”, padanan “napi”\.$/,
    );
    await showAll(page);
    const links = await resultLinks(page);
    expect(links).toContain('/berita/nota-kesepahaman/');
    // Every result holds the site's term as a phrase: its excerpt marks both words.
    const marked = await page.$$eval('#hasil li', (items) =>
      items.map((item) =>
        [...item.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase()),
      ),
    );
    expect(marked.every((words) => words.some((word) => word?.startsWith('binaan')))).toBe(true);
    expect(fetched).not.toContain(VOCABULARY);
    expect(problems).toEqual([]);
  });

  it('"MoU" menemukan nota kesepahaman, bukan kisah berinisial "M."', async () => {
    const { page } = await open('/cari/?q=MoU');
    expect(await settled(page)).toContain(
      'Menampilkan hasil untuk “nota kesepahaman”, padanan “mou”.',
    );
    await showAll(page);
    const links = await resultLinks(page);
    expect(links[0]).toBe('/berita/nota-kesepahaman/');
    expect(links).not.toContain('/kisah/kisah-ikan-asap/');
  });

  it('kata yang tidak ditemukan disebut, tidak dibuang diam-diam', async () => {
    // On no page of the fixture; Pagefind alone matches it to the initial "M." of a story.
    const { page, fetched } = await open('/cari/?q=napi+kemnaker');
    const status = await settled(page);
    expect(status).toMatch(/^\d+ hasil untuk “napi kemnaker”\./);
    expect(status).toContain('Tidak ditemukan: “kemnaker”, jadi kata itu tidak ikut dicari.');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(fetched).not.toContain(VOCABULARY);
  });

  it('kata yang hanya cocok dengan kata pendek di awalnya tidak menghasilkan halaman acak', async () => {
    // Pagefind alone answers "dinsos" with every page that says "di".
    const { page } = await open('/cari/?q=dinsos');
    expect(await settled(page)).toBe('Tidak ada hasil untuk “dinsos”.');
    expect(await resultLinks(page)).toEqual([]);
  });

  it('padanan yang istilahnya tidak ada di situs: dikatakan, tanpa hasil karangan', async () => {
    const { page } = await open('/cari/?q=rutan');
    expect(await settled(page)).toBe(
      'Tidak ada hasil untuk “rutan”. Padanannya, “rumah tahanan negara”, juga tidak ditemukan.',
    );
    expect(await resultLinks(page)).toEqual([]);
  });

  it('salah ketik mendapat "Maksud Anda", dan mengekliknya mencari kata itu', async () => {
    const { page, problems, fetched } = await open('/cari/?q=konsling');
    expect(await settled(page)).toBe('Tidak ada hasil untuk “konsling”. Maksud Anda konseling?');
    expect(fetched.filter((path) => path === VOCABULARY)).toHaveLength(1);
    const suggestion = page.locator('#status a', { hasText: 'konseling' });
    expect(await suggestion.getAttribute('href')).toBe('/cari/?q=konseling');
    await suggestion.click();
    await page.waitForURL(/\?q=konseling$/);
    expect(await settled(page)).toMatch(/^\d+ hasil untuk “konseling”\.$/);
    expect(await resultLinks(page)).toContain('/program/konseling/');
    expect(await page.inputValue('#q')).toBe('konseling');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('judul-hasil');
    // The word list was fetched once, for the search that found nothing.
    expect(fetched.filter((path) => path === VOCABULARY)).toHaveLength(1);
    await page.goBack();
    await page.waitForURL(/\?q=konsling$/);
    expect(await settled(page)).toContain('Maksud Anda konseling?');
    expect(problems).toEqual([]);
  });

  it('dua istilah digabung: jumlah per saringan tetap benar', async () => {
    const { page } = await open('/cari/?q=pelatihan+kerja');
    expect(await settled(page)).toContain(
      'Menampilkan hasil untuk “pelatihan vokasional” atau “pelatihan keterampilan”, padanan “pelatihan kerja”.',
    );
    await showAll(page);
    const all = await resultLinks(page);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('/berita/konseling-kelompok/');
    const box = page.locator('[data-filter="jenis"] input[value="Berita"]');
    const label = await page.textContent(`label[for="${await box.getAttribute('id')}"]`);
    const expected = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    await box.check();
    await page.waitForURL(/jenis=Berita/);
    await settled(page);
    await showAll(page);
    const kinds = await resultKinds(page);
    expect(kinds.length).toBe(expected);
    expect(kinds.every((kind) => kind.startsWith('Berita'))).toBe(true);
  });

  it('tanpa hasil: pesan membantu, diumumkan, dengan tautan ke arsip dan topik', async () => {
    const { page } = await open('/cari/?q=zzqxv');
    expect(await settled(page)).toBe('Tidak ada hasil untuk “zzqxv”.');
    expect(await page.getAttribute('#status', 'aria-live')).toBe('polite');
    expect(await page.isVisible('#tanpa-hasil')).toBe(true);
    const hrefs = await page.$$eval('#tanpa-hasil a', (links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toEqual(['/berita/arsip/', '/topik/']);
  });

  it.each([
    [360, 'bina'],
    [1280, 'bina'],
    [360, 'konsling'],
  ])('lolos axe WCAG 2.2 AA (%i px, “%s”)', async (width, query) => {
    const { page, problems } = await open(`/cari/?q=${query}`, width);
    await settled(page);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(problems).toEqual([]);
  });
});

describe('pencarian di situs asli', () => {
  // An article when there is one; otherwise a story, a program or an evaluation, whatever the
  // editors have published; with none, the page about the cooperation, which every site has.
  it('judul berita (atau entri lain) pertama di peta situs menemukan halamannya', async () => {
    const entries = sitemapPaths(DIST).filter(isEntryPage);
    const url = entries.find((path) => isTemplate('berita', path)) ?? entries[0] ?? '/tentang/';
    const title = readPage(DIST, url).root.querySelector('h1')?.text.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    const { page, problems } = await open(`/cari/?q=${encodeURIComponent(title)}`, 1280, siteUrl);
    expect(await settled(page)).toMatch(/^\d+ hasil untuk/);
    await showAll(page);
    expect(await resultLinks(page)).toContain(url);
    expect(problems).toEqual([]);
  });
});
