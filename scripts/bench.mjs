#!/usr/bin/env node
/**
 * Build benchmark: generates N synthetic articles outside content/ (default 1,000), builds the
 * whole site with search from a cold cache, then again after editing one article, and prints wall
 * time by phase, peak memory, pages, dist size and search-index size. Figures, not a test.
 *
 *   npm run bench -- --n 1000
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeCorpus } from './bench/corpus.mjs';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--n') + 1] ?? 1000) || 1000;
const ROOT = process.cwd();
const corpus = path.join('.bench', `korpus-${count}`);
const outDir = path.join('.bench', `dist-${count}`);
const cacheDir = path.join('.bench', `cache-${count}`);

/**
 * Runs `npm run build`, the build editors and CI run, with its Node options, under GNU time;
 * returns its output, wall seconds and peak memory (the largest process, which is the build).
 */
function build() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'PUNCAK_MEMORI_KB=%M', 'npm', 'run', '--silent', 'build'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          SITE_CONTENT_DIR: corpus,
          SITE_OUT_DIR: outDir,
          SITE_CACHE_DIR: cacheDir,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`Build gagal (kode ${code}):\n${output.slice(-4000)}`));
      const peakKb = Number(/PUNCAK_MEMORI_KB=(\d+)/.exec(output)?.[1] ?? 0);
      resolve({ output, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 });
    });
  });
}

/** Phase durations from Astro's own log lines, in the order Astro runs them. */
function phases(output) {
  const seconds = (pattern) => {
    const match = pattern.exec(output);
    if (!match) return undefined;
    return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
  };
  return [
    [
      'kode dan MDX (Vite)',
      seconds(/Building static entrypoints[\s\S]*?Completed in ([\d.]+)(m?s)/),
    ],
    ['halaman', seconds(/generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/)],
    ['gambar', seconds(/generating optimized images[\s\S]*?Completed in ([\d.]+)(m?s)/)],
    ['indeks pencarian', seconds(/indeks pencarian berisi \d+ halaman \(([\d.]+) (s)\)/)],
  ];
}

async function sizeOf(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function report(label, result) {
  console.log(
    `\n${label}: ${result.seconds.toFixed(1)} s, puncak memori ${result.peakMb.toFixed(0)} MB`,
  );
  for (const [name, seconds] of phases(result.output)) {
    if (seconds !== undefined) console.log(`  ${name.padEnd(22)} ${seconds.toFixed(1)} s`);
  }
}

async function main() {
  console.log(`Korpus sintetis: ${count} berita di ${corpus}/ (cache build di ${cacheDir}/)`);
  await writeCorpus({ dir: corpus, articles: count, root: ROOT });
  await rm(cacheDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });

  const cold = await build();
  report('Build dingin', cold);
  const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  ).length;
  const dist = await sizeOf(outDir);
  const index = await sizeOf(path.join(outDir, 'pagefind'));
  console.log(
    `  halaman ${pages}; dist ${mb(dist.bytes)} dalam ${dist.files} berkas; indeks pencarian ${mb(index.bytes)}`,
  );

  // Article 2 is plain Markdown, like most of the corpus (article 1 uses components).
  const edited = path.join(corpus, 'berita', 'berita-uji-00002', 'index.md');
  const text = await readFile(edited, 'utf8');
  await writeFile(edited, `${text}\nParagraf tambahan untuk mengukur build ulang.\n`);
  const warm = await build();
  report('Build ulang setelah satu berita diubah', warm);
  console.log(
    `  ${((warm.seconds / cold.seconds) * 100).toFixed(0)}% dari build dingin (target ≤ 30%)`,
  );
}

main().catch((error) => {
  console.error(new Error('Benchmark build gagal.', { cause: error }));
  process.exit(1);
});
