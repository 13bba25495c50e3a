#!/usr/bin/env node
/**
 * Relevance benchmark: runs every query of scripts/bench/relevance.json on the built real site's
 * search page in Chromium, the way a reader would (`/cari/?q=…`, the page's own ranking options),
 * and prints the share of queries whose expected pages are in the top three, and every miss with
 * the three results it got instead. Figures, not a test: content changes may move them.
 *
 *   npm run bench:relevance                       (builds first)
 *   node scripts/bench-relevance.mjs              (uses the existing dist/)
 *   node scripts/bench-relevance.mjs --q "ikan"   (one query, its top ten)
 *   node scripts/bench-relevance.mjs --dist .bench/dist-1000
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { startServer } from './lib/serve.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIST = option('--dist') ?? 'dist';
const ONE_QUERY = option('--q');
const TOP = 3;
const LIST = new URL('./bench/relevance.json', import.meta.url);

/** The addresses of the results the search page shows, in order, after it settles. */
async function results(page, origin, query, count) {
  const settled = () =>
    page.waitForFunction(
      () =>
        document.querySelector('#hasil')?.dataset.state === 'siap' &&
        /hasil/.test(document.querySelector('#status')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
  await page.goto(`${origin}/cari/?q=${encodeURIComponent(query)}`);
  await settled();
  // Pressed from script: scrolling to the button lets the page complete its first page by itself,
  // and the button can be gone before a scrolled click lands.
  while (
    (await page.$$('#hasil h3 a')).length < count &&
    (await page.$eval('#lebih', (button) => !button.hidden))
  ) {
    await page.$eval('#lebih', (button) => button.click());
    await settled();
  }
  const links = await page.$$eval('#hasil h3 a', (anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  return links.slice(0, count);
}

/**
 * Ranks (1-based, 21 when not in the first twenty) of what a query expects: every required page,
 * and the best of the pages of which one is enough.
 */
function expectedRanks(entry, ranked) {
  const rank = (url) => (ranked.includes(url) ? ranked.indexOf(url) + 1 : 21);
  return [
    ...(entry.harus ?? []).map(rank),
    ...(entry.salah_satu ? [Math.min(...entry.salah_satu.map(rank))] : []),
  ];
}

/** Whether a query's expectations hold for its top three. */
function judge(entry, top) {
  const missingRequired = (entry.harus ?? []).filter((url) => !top.includes(url));
  const anyOk = !entry.salah_satu || entry.salah_satu.some((url) => top.includes(url));
  return { hit: missingRequired.length === 0 && anyOk, missingRequired, anyOk };
}

async function main() {
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (ONE_QUERY) {
      const top = await results(page, server.url, ONE_QUERY, 10);
      top.forEach((url, index) => console.log(`${String(index + 1).padStart(2)}. ${url}`));
      return;
    }
    const { kueri } = JSON.parse(readFileSync(LIST, 'utf8'));
    let hits = 0;
    const misses = [];
    const ranks = [];
    for (const entry of kueri) {
      // Twenty results show where an expected page landed when it missed the top three.
      const ranked = await results(page, server.url, entry.q, 20);
      const top = ranked.slice(0, TOP);
      const verdict = judge(entry, top);
      ranks.push(...expectedRanks(entry, ranked));
      if (verdict.hit) hits += 1;
      else misses.push({ entry, ranked, verdict });
    }
    const rate = (100 * hits) / kueri.length;
    console.log(
      `Relevansi: ${hits} dari ${kueri.length} kueri (${rate.toFixed(0)}%) punya halaman yang diharapkan di tiga teratas.`,
    );
    // Finer than the hit rate: moves when a page climbs from 14th to 5th, still outside the top.
    const reciprocal = ranks.reduce((sum, rank) => sum + (rank > 20 ? 0 : 1 / rank), 0);
    console.log(
      `Peringkat rata-rata halaman yang diharapkan: ${(ranks.reduce((a, b) => a + b, 0) / ranks.length).toFixed(2)}; ` +
        `MRR ${(reciprocal / ranks.length).toFixed(3)} (${ranks.length} halaman, 21 = di luar 20 teratas).`,
    );
    for (const { entry, ranked, verdict } of misses) {
      const place = (url) => {
        const index = ranked.indexOf(url);
        return index < 0 ? `${url} (tidak di 20 teratas)` : `${url} (ke-${index + 1})`;
      };
      const wanted = [
        ...verdict.missingRequired.map(place),
        ...(verdict.anyOk ? [] : [`salah satu dari: ${entry.salah_satu.map(place).join(', ')}`]),
      ];
      console.log(`\n  meleset: “${entry.q}”`);
      console.log(`    diharapkan: ${wanted.join('; ')}`);
      console.log(`    tiga teratas: ${ranked.slice(0, TOP).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(new Error('Benchmark relevansi gagal.', { cause: error }));
  process.exit(1);
});
