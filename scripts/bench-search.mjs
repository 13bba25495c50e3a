#!/usr/bin/env node
/**
 * Search benchmark: builds a synthetic site of N articles (default 1,000) outside content/, then
 * measures in Chromium, for every query of a fixed list, the bytes the first query moves over the
 * wire and the time from the last keystroke to painted results; then, on a throttled phone link,
 * the time from opening `/cari/?q=…` to painted results. Prints each query and the median and
 * maximum; it is not a test.
 *
 *   npm run bench:search -- --n 1000
 *   npm run bench:search -- --n 1000 --skip-build     (measure the last build again)
 *   npm run bench:search -- --n 1000 --kali 3         (each typed query three times)
 *
 * The machine is shared: another process taking a core for a moment adds tens of milliseconds to
 * one search. With `--kali K` each typed query runs K times, each in a fresh browser, and the
 * time reported for it is its fastest run, the one least disturbed; the median of every run is
 * printed beside it. Bytes do not depend on load and are the same in every run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { writeCorpus } from './bench/corpus.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { startServer } from './lib/serve.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--n') + 1] ?? 1000) || 1000;
const SKIP_BUILD = args.includes('--skip-build');
const RUNS = args.includes('--kali')
  ? Math.max(1, Number(args[args.indexOf('--kali') + 1]) || 1)
  : 1;
/**
 * Typed as a reader types them, each in a fresh browser: one and two words, frequent and rare
 * words of the corpus vocabulary (scripts/bench/corpus.mjs), stems and inflected forms.
 */
const QUERIES = [
  'pelatihan keterampilan',
  'ikan asap',
  'konseling keluarga',
  'bina',
  'maluku',
  'pelatihan',
  'ikan',
  'tata boga',
  'usaha mikro',
  'kerajinan anyaman',
  'bengkel motor',
  'hidroponik',
  'warga binaan',
  'evaluasi berkala',
];
/** Opened by address on a throttled phone: a shared link, the slowest path to results. */
const LINK_QUERIES = ['bina', 'pelatihan keterampilan', 'ikan asap'];
/**
 * Lighthouse's mobile profile (lighthouse/core/config/constants.js): "Slow 4G", 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, applied by Chromium to every request, and a mid-range phone's
 * processor, four times slower than this machine's.
 */
const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
/** Must match TYPING_DELAY_MS in src/scripts/searchPage.ts. */
const TYPING_DELAY_MS = 120;
const ROOT = process.cwd();
const corpus = path.join('.bench', `korpus-${count}`);
const outDir = path.join('.bench', `dist-${count}`);

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_CONTENT_DIR: corpus,
      SITE_OUT_DIR: outDir,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`Build korpus gagal:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** What each search download is, for the printed breakdown. */
function kindOf(pathname) {
  if (pathname.startsWith('/_astro/cari') || /^\/pagefind\/pagefind[\w-]*\.js$/.test(pathname))
    return 'skrip';
  if (pathname.startsWith('/pagefind/wasm.')) return 'WebAssembly';
  if (/^\/pagefind\/pagefind[\w.-]*\.(?:pf_meta|json)$/.test(pathname)) return 'metadata';
  if (pathname.startsWith('/pagefind/filter/')) return 'filter';
  if (pathname.startsWith('/pagefind/index/')) return 'indeks';
  if (pathname.startsWith('/pagefind/fragment/')) return 'cuplikan';
  return undefined;
}

/**
 * Resolves with the time the first results of `query` are painted (after the frame that shows
 * them). On a loaded machine a keystroke can arrive after the typing delay, so a search for the
 * query's beginning may paint first; the page puts the query it searches into the address.
 */
function watchPaint(query) {
  const list = document.querySelector('#hasil');
  window.painted = new Promise((resolve) => {
    new MutationObserver(() => {
      if (list.children.length > 0 && new URLSearchParams(location.search).get('q') === query)
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    }).observe(list, { childList: true });
  });
}

/**
 * Bytes are counted by the server as it sends them (bodies after compression): browsers do not
 * report the size of a worker's own script, and Pagefind may load its index from a worker.
 */
async function measureTyped(server, query) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const byKind = new Map();
  server.listen((pathname, bytes) => {
    const kind = kindOf(pathname);
    if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(`${server.url}/cari/`, { waitUntil: 'networkidle' });
    await page.evaluate(watchPaint, query);
    await page.focus('#q');
    await page.keyboard.type(query.slice(0, -1));
    const lastKeystroke = await page.evaluate(() => performance.now());
    await page.keyboard.type(query.slice(-1));
    const painted = await page.evaluate(() => window.painted);
    await page.waitForLoadState('networkidle');
    const bytes = [...byKind.values()].reduce((sum, value) => sum + value, 0);
    return { ms: painted - lastKeystroke - TYPING_DELAY_MS, bytes, byKind };
  } finally {
    server.listen(undefined);
    await browser.close();
  }
}

/** From the start of navigation to `/cari/?q=…` until its results are painted, on a slow phone. */
async function measureLink(server, query) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(
      `addEventListener('DOMContentLoaded', () => (${watchPaint.toString()})(${JSON.stringify(query)}))`,
    );
    await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`);
    return await page.evaluate(() => window.painted);
  } finally {
    await browser.close();
  }
}

const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  if (SKIP_BUILD && existsSync(outDir)) {
    console.log(`Memakai build yang ada di ${outDir}/`);
  } else {
    console.log(`Korpus sintetis: ${count} berita di ${corpus}/`);
    await writeCorpus({ dir: corpus, articles: count, root: ROOT });
    console.log(`Build dengan indeks pencarian: ${build().toFixed(1)} s`);
  }
  let listener;
  const started = await startServer({
    root: outDir,
    port: 0,
    onResponse: (pathname, bytes) => listener?.(pathname, bytes),
  });
  const server = { ...started, listen: (next) => (listener = next) };
  try {
    console.log(
      `Kueri diketik (ponsel 412 px, jeda ketik ${TYPING_DELAY_MS} ms); target ≤ 100 KB median, ≤ 130 KB maksimum, ≤ 150 ms di luar jeda`,
    );
    if (RUNS > 1) console.log(`Setiap kueri ${RUNS} kali; waktu yang dicatat: yang tercepat`);
    const typed = [];
    const everyRun = [];
    for (const query of QUERIES) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await measureTyped(server, query));
      const result = runs.reduce((best, next) => (next.ms < best.ms ? next : best));
      typed.push(result);
      everyRun.push(...runs.map((run) => run.ms));
      const parts = [...result.byKind].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ');
      const others =
        RUNS > 1 ? ` (semua: ${runs.map((run) => run.ms.toFixed(0)).join(', ')} ms)` : '';
      console.log(
        `  “${query}”: ${kb(result.bytes)} (${parts}); hasil tergambar ${result.ms.toFixed(0)} ms sesudah jeda${others}`,
      );
    }
    const bytes = typed.map((result) => result.bytes);
    const times = typed.map((result) => result.ms);
    console.log(
      `Byte kueri pertama: median ${kb(median(bytes))}, maksimum ${kb(Math.max(...bytes))}; ` +
        `hasil tergambar sesudah jeda: median ${median(times).toFixed(0)} ms, maksimum ${Math.max(...times).toFixed(0)} ms` +
        (RUNS > 1
          ? `; median semua ${everyRun.length} kali: ${median(everyRun).toFixed(0)} ms`
          : ''),
    );

    console.log(
      `Alamat /cari/?q=… di ponsel lambat (Slow 4G: 1,6 Mbit/s, 150 ms; prosesor ${CPU_SLOWDOWN}× lebih lambat):`,
    );
    const links = [];
    for (const query of LINK_QUERIES) {
      const ms = await measureLink(server, query);
      links.push(ms);
      console.log(`  “${query}”: hasil tergambar ${(ms / 1000).toFixed(2)} s sesudah navigasi`);
    }
    console.log(`  median ${(median(links) / 1000).toFixed(2)} s`);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(new Error('Benchmark pencarian gagal.', { cause: error }));
  process.exit(1);
});
