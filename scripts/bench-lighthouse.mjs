#!/usr/bin/env node
/**
 * Lighthouse 12 on the built site served with its own headers, in Debian's Chromium, for mobile
 * and desktop. Prints the four category scores, LCP, CLS, TBT and bytes transferred. Figures, not
 * a test: the target is 100 in every category on mobile.
 *
 *   npm run bench:lighthouse            (builds first)
 *   node scripts/bench-lighthouse.mjs   (uses the existing dist/)
 *   node scripts/bench-lighthouse.mjs --halaman cari --kali 3 [--ponsel] [--dist dir]
 *                                       (one page, three runs each and their median: the machine
 *                                        is shared, and total blocking time varies between runs)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { startServer } from './lib/serve.mjs';

const PAGES = [
  ['beranda', '/'],
  ['artikel', '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/'],
  ['program', '/program/tata-boga/'],
  ['kisah', '/kisah/dari-bengkel-lapas-ke-bengkel-sendiri/'],
  ['cari', '/cari/?q=bina'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ONLY = option('--halaman');
const RUNS = Number(option('--kali') ?? 1) || 1;
const DIST = option('--dist') ?? 'dist';
const MOBILE_ONLY = args.includes('--ponsel');

const score = (category) => String(Math.round((category?.score ?? 0) * 100)).padStart(3);
const ms = (audit) => `${Math.round(audit?.numericValue ?? 0)} ms`.padStart(8);
const kb = (audit) => `${((audit?.numericValue ?? 0) / 1024).toFixed(0)} KB`.padStart(7);

async function main() {
  // Port 4321 is the address canonical links point at, so SEO audits see a consistent site.
  const server = await startServer({ root: DIST, port: Number(process.env.PORT ?? 4321) });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    console.log('halaman   perangkat  perf  a11y  bp  seo       LCP     CLS      TBT   bobot');
    for (const [name, pathname] of PAGES.filter(([page]) => !ONLY || page === ONLY)) {
      for (const [formFactor, config] of [
        ['ponsel', undefined],
        ...(MOBILE_ONLY ? [] : [['desktop', desktopConfig]]),
      ]) {
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) {
          const result = await lighthouse(
            server.url + pathname,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            config,
          );
          if (!result) throw new Error(`Lighthouse tidak memberi hasil untuk ${pathname}`);
          runs.push(result.lhr);
        }
        // The run with the median total blocking time stands for all of them.
        const tbt = (lhr) => lhr.audits['total-blocking-time']?.numericValue ?? 0;
        runs.sort((a, b) => tbt(a) - tbt(b));
        if (RUNS > 1)
          console.log(
            `          ${name} ${formFactor}: TBT setiap run ${runs.map((lhr) => `${Math.round(tbt(lhr))} ms`).join(', ')}`,
          );
        const { categories, audits } = runs[Math.floor(runs.length / 2)] ?? runs[0];
        console.log(
          [
            name.padEnd(9),
            formFactor.padEnd(9),
            score(categories.performance),
            ` ${score(categories.accessibility)}`,
            score(categories['best-practices']),
            score(categories.seo),
            ms(audits['largest-contentful-paint']),
            (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3).padStart(7),
            ms(audits['total-blocking-time']),
            kb(audits['total-byte-weight']),
          ].join(' '),
        );
        const failing = Object.values(audits).filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
        );
        for (const audit of failing)
          console.log(`          belum lolos: ${audit.id} (${audit.title})`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

main().catch((error) => {
  console.error(new Error('Benchmark Lighthouse gagal.', { cause: error }));
  process.exit(1);
});
