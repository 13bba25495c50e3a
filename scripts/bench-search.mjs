#!/usr/bin/env node
/**
 * Search benchmark: builds a synthetic site of N articles (default 1,000) outside content/, then
 * measures in Chromium the bytes the first query moves over the wire and the time from the last
 * keystroke to painted results. Prints figures; it is not a test.
 *
 *   npm run bench:search -- --n 1000
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { writeCorpus } from './bench/corpus.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { startServer } from './lib/serve.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--n') + 1] ?? 1000) || 1000;
const QUERIES = ['pelatihan keterampilan', 'ikan asap', 'konseling keluarga'];
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
 * Bytes are counted by the server as it sends them (bodies after compression): browsers do not
 * report the size of a worker's own script, and Pagefind loads its index from a worker.
 */
async function measure(server, query) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const byKind = new Map();
  server.listen((pathname, bytes) => {
    const kind = kindOf(pathname);
    if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
  });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.goto(`${server.url}/cari/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const list = document.querySelector('#hasil');
      window.painted = new Promise((resolve) => {
        new MutationObserver(() => {
          if (list.children.length > 0)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        }).observe(list, { childList: true });
      });
    });
    await page.focus('#q');
    await page.keyboard.type(query.slice(0, -1));
    const lastKeystroke = await page.evaluate(() => performance.now());
    await page.keyboard.type(query.slice(-1));
    const painted = await page.evaluate(() => window.painted);
    await page.waitForLoadState('networkidle');
    return { ms: painted - lastKeystroke, byKind };
  } finally {
    server.listen(undefined);
    await browser.close();
  }
}

async function main() {
  console.log(`Korpus sintetis: ${count} berita di ${corpus}/`);
  await writeCorpus({ dir: corpus, articles: count, root: ROOT });
  const seconds = build();
  console.log(`Build dengan indeks pencarian: ${seconds.toFixed(1)} s`);
  let listener;
  const started = await startServer({
    root: outDir,
    port: 0,
    onResponse: (pathname, bytes) => listener?.(pathname, bytes),
  });
  const server = { ...started, listen: (next) => (listener = next) };
  try {
    console.log(
      `Jeda ketik (debounce): ${TYPING_DELAY_MS} ms; target: ≤ 100 KB, ≤ ${150 + TYPING_DELAY_MS} ms`,
    );
    for (const query of QUERIES) {
      const { ms, byKind } = await measure(server, query);
      const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
      const total = [...byKind.values()].reduce((sum, bytes) => sum + bytes, 0);
      const parts = [...byKind].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ');
      console.log(
        `“${query}”: ${kb(total)} terkirim untuk kueri pertama (${parts}); ` +
          `hasil tergambar ${ms.toFixed(0)} ms setelah ketukan terakhir (${(ms - TYPING_DELAY_MS).toFixed(0)} ms di luar jeda)`,
      );
    }
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(new Error('Benchmark pencarian gagal.', { cause: error }));
  process.exit(1);
});
