/**
 * A synthetic site for benchmarks: N news articles of realistic length in Indonesian-like text,
 * the real programs, stories and pages, covers drawn from a small pool of the real camera-size
 * covers. Written outside `content/` so benchmarks never touch what editors publish.
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../lib/random.mjs';

const WORDS =
  `warga binaan pembinaan pelatihan keterampilan lembaga pemasyarakatan kota ambon maluku
kerja sama program kegiatan peserta pendamping kelompok usaha mikro produk hasil laut ikan asap
kerajinan anyaman kerang dapur tata boga bengkel motor las kebun sayur hidroponik konseling
keluarga masyarakat tetangga penerimaan kembali bekal kemandirian kepercayaan diri petugas jadwal
minggu bulan tahun pagi siang materi praktik latihan modal pemasaran kemasan label harga pembeli
pasar pameran bimbingan keagamaan nilai moral tanggung jawab disiplin kebersihan keselamatan kerja
evaluasi berkala laporan rencana tujuan harapan sinergi lintas sektor dukungan fasilitas pelatih`
    .split(/\s+/)
    .filter(Boolean);
const CONNECTORS = [
  'dan',
  'yang',
  'untuk',
  'dengan',
  'di',
  'dari',
  'agar',
  'serta',
  'pada',
  'dalam',
];
const TAGS = [
  'pelatihan vokasional',
  'reintegrasi sosial',
  'usaha mikro',
  'pembinaan',
  'tata boga',
  'hasil laut',
  'kerajinan tangan',
  'konseling',
  'pertanian urban',
  'perbengkelan',
];

function sentence(next, min = 8, max = 18) {
  const length = min + Math.floor(next() * (max - min));
  const words = Array.from({ length }, (_, index) =>
    index % 4 === 3
      ? CONNECTORS[Math.floor(next() * CONNECTORS.length)]
      : WORDS[Math.floor(next() * WORDS.length)],
  );
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** One sentence of 50–150 characters, as the schema asks of a description. */
function description(next) {
  let text = sentence(next, 9, 14);
  while (text.length < 50) text = `${text.slice(0, -1)} ${sentence(next, 3, 6).toLowerCase()}`;
  return text.length <= 150 ? text : `${text.slice(0, 149).replace(/\s+\S*$/, '')}.`;
}

function paragraph(next) {
  return Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(next)).join(' ');
}

/** Newest article a month before the MoU news; older ones a day apart, or closer for huge corpora. */
const NEWEST = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

function article(index, count, programs, next) {
  const step = Math.min(1, 6800 / count);
  const day = new Date(NEWEST - Math.floor(index * step) * DAY);
  const chosen = programs.filter(() => next() < 0.2).slice(0, 3);
  const tags = [...new Set([TAGS[index % TAGS.length], TAGS[Math.floor(next() * TAGS.length)]])];
  const title = sentence(next, 5, 9).replace(/\.$/, '');
  const body = [
    paragraph(next),
    `## ${sentence(next, 3, 6).replace(/\.$/, '')}`,
    paragraph(next),
    paragraph(next),
    index % 5 === 0
      ? `<FaktaKunci>\n\n- ${sentence(next, 4, 8)}\n- ${sentence(next, 4, 8)}\n\n</FaktaKunci>`
      : '',
    `## ${sentence(next, 3, 6).replace(/\.$/, '')}`,
    paragraph(next),
    index % 7 === 0 ? `<Kutipan>${sentence(next)}</Kutipan>` : '',
    paragraph(next),
  ].filter(Boolean);
  return `---
title: "Berita uji ${index + 1}: ${title}"
description: "${description(next)}"
publishDate: ${day.toISOString().slice(0, 10)}
author: "Tim Redaksi"
cover:
  image: ../_sampul/sampul-${index % 6}.jpg
  alt: "Ilustrasi sampul berita uji nomor ${index + 1}"
tags: ${JSON.stringify(tags)}
programs: ${JSON.stringify(chosen)}
illustrative: true
---

${body.join('\n\n')}
`;
}

/**
 * Writes the corpus into `dir` (emptied first) and returns the number of articles. Programs,
 * stories and pages are copied from `content/` so that references resolve.
 */
export async function writeCorpus({ dir, articles, root = process.cwd(), seed = 2026 }) {
  await rm(dir, { recursive: true, force: true });
  for (const collection of ['program', 'kisah', 'halaman']) {
    await cp(path.join(root, 'content', collection), path.join(dir, collection), {
      recursive: true,
    });
  }
  const programs = (await readdir(path.join(root, 'content/program'))).sort();
  const pool = path.join(dir, 'berita/_sampul');
  await mkdir(pool, { recursive: true });
  const covers = (await readdir(path.join(root, 'content/program'))).sort().slice(0, 6);
  await Promise.all(
    covers.map((program, index) =>
      cp(
        path.join(root, 'content/program', program, 'cover.jpg'),
        path.join(pool, `sampul-${index}.jpg`),
      ),
    ),
  );
  // Seeded, so every run of a benchmark builds the same site.
  const next = mulberry32(seed);
  for (let index = 0; index < articles; index += 1) {
    const folder = path.join(dir, 'berita', `berita-uji-${String(index + 1).padStart(5, '0')}`);
    await mkdir(folder, { recursive: true });
    const text = article(index, articles, programs, next);
    // Articles without components are plain Markdown, as the editor guide recommends.
    const file = /<[A-Z]/.test(text) ? 'index.mdx' : 'index.md';
    await writeFile(path.join(folder, file), text);
  }
  return articles;
}
