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
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
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

async function measure(url, query) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    // Pagefind fetches its index from a worker too; context events see those requests as well.
    // Bodies only: HTTP/2 compresses repeated response headers to a few bytes each.
    let bytes = 0;
    let searchBytes = 0;
    page.context().on('requestfinished', async (request) => {
      const requested = request.url();
      if (!requested.includes('/pagefind/') && !requested.includes('/_astro/cari')) return;
      const { responseBodySize } = await request.sizes();
      bytes += responseBodySize;
      searchBytes += responseBodySize;
    });
    await page.goto(`${url}/cari/`, { waitUntil: 'networkidle' });
    const beforeQuery = bytes;
    const uiBytes = searchBytes;
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
    return { ms: painted - lastKeystroke, searchBytes, uiBytes, queryBytes: bytes - beforeQuery };
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log(`Korpus sintetis: ${count} berita di ${corpus}/`);
  await writeCorpus({ dir: corpus, articles: count, root: ROOT });
  const seconds = build();
  console.log(`Build dengan indeks pencarian: ${seconds.toFixed(1)} s`);
  const server = await startServer({ root: outDir, port: 0 });
  try {
    console.log(
      `Jeda ketik (debounce): ${TYPING_DELAY_MS} ms; target: ≤ 100 KB, ≤ ${150 + TYPING_DELAY_MS} ms`,
    );
    for (const query of QUERIES) {
      const { ms, searchBytes, uiBytes, queryBytes } = await measure(server.url, query);
      const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
      console.log(
        `“${query}”: ${kb(searchBytes)} terkirim untuk kueri pertama ` +
          `(${kb(uiBytes)} saat halaman dibuka: skrip, WebAssembly, filter; ${kb(queryBytes)} indeks dan cuplikan); ` +
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
