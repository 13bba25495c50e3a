#!/usr/bin/env node
// Renders the illustrative covers and inline images used by the content collections.
//
//   npm run covers                        # only files that do not exist yet
//   npm run covers -- --force             # re-render everything
//   npm run covers -- --only tata-boga
//
// The images are drawn, not photographed, so the site never shows a real person from a prison
// setting. They are deliberately "camera sized" so the Astro image pipeline is exercised the same
// way it will be once real photos replace some of them.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import sharp from 'sharp';

import * as m from './motifs.mjs';
import { C, PALETTES } from './palettes.mjs';
import { hashString, mulberry32 } from './random.mjs';
import { vignette } from './scenery.mjs';
import { H, W, createScene } from './svg.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const COVER = [2400, 1600];
const INLINE = [2000, 1333];
// 4:4:4 chroma keeps thin coloured edges (flag, awning stripes, mace on the nutmeg) from bleeding,
// which 4:2:0 does visibly on flat-colour artwork.
const JPEG = { quality: 82, mozjpeg: true, chromaSubsampling: '4:4:4' };
// Strong enough to add photographic weight to the file, weak enough to be invisible at card size.
const GRAIN_AMPLITUDE = 70;

// Output path → motif. Related covers share a motif function and differ by options, palette and
// the seed derived from their path.
const IMAGES = [
  [
    'content/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/cover.jpg',
    m.mouSigning,
    'teluk',
  ],
  [
    'content/berita/enam-pelatihan-vokasional-untuk-warga-binaan/cover.jpg',
    m.vocationalGrid,
    'pasir',
  ],
  ['content/berita/empat-program-pembinaan-kepribadian/cover.jpg', m.fourCircles, 'laut'],
  ['content/berita/kelas-tata-boga-menu-khas-maluku/cover.jpg', m.cookingSpices, 'senja'],
  [
    'content/berita/kelas-tata-boga-menu-khas-maluku/ilustrasi-dapur.jpg',
    m.kitchenTable,
    'pasir',
    { size: INLINE },
  ],
  ['content/berita/kebun-sayur-hidroponik-di-lahan-sempit/cover.jpg', m.hydroponics, 'daun'],
  ['content/berita/bengkel-las-dan-perawatan-motor/cover.jpg', m.workshopTools, 'laut'],
  ['content/berita/pengasapan-ikan-cakalang-skala-rumahan/cover.jpg', m.fishSmokingRack, 'senja'],
  [
    'content/berita/anyaman-dan-kerajinan-kerang/cover.jpg',
    m.weaveCraft,
    'teluk',
    { mode: 'shells' },
  ],
  ['content/berita/konseling-kelompok-menjelang-bebas/cover.jpg', m.circleOfChairs, 'pasir'],
  ['content/berita/pelatihan-pembukuan-usaha-mikro/cover.jpg', m.bookkeeping, 'pasir'],
  ['content/berita/bimbingan-keagamaan-lintas-iman/cover.jpg', m.bookOfLight, 'laut'],
  [
    'content/berita/pekan-nilai-moral-dan-kerja-bakti/cover.jpg',
    m.growingPlant,
    'daun',
    { hands: true },
  ],
  ['content/berita/pameran-produk-karya-warga-binaan/cover.jpg', m.exhibition, 'pasir'],
  [
    'content/berita/pameran-produk-karya-warga-binaan/galeri-1.jpg',
    m.basketsTable,
    'teluk',
    { size: INLINE },
  ],
  [
    'content/berita/pameran-produk-karya-warga-binaan/galeri-2.jpg',
    m.snackJars,
    'senja',
    { size: INLINE },
  ],
  [
    'content/berita/pameran-produk-karya-warga-binaan/galeri-3.jpg',
    m.marketStall,
    'pasir',
    { size: INLINE },
  ],
  [
    'content/berita/dialog-warga-menerima-mantan-warga-binaan/cover.jpg',
    m.speechOverHouses,
    'teluk',
  ],
  ['content/program/kerajinan-tangan/cover.jpg', m.weaveCraft, 'pasir', { mode: 'needle' }],
  ['content/program/pertanian-urban/cover.jpg', m.raisedBeds, 'daun', { setting: 'city' }],
  ['content/program/perbengkelan/cover.jpg', m.workshopTools, 'pasir', { bench: true }],
  ['content/program/tata-boga/cover.jpg', m.cookingSpices, 'rempah', { bowlOn: false }],
  ['content/program/pengolahan-hasil-laut/cover.jpg', m.seaHarvest, 'teluk'],
  ['content/program/pengembangan-usaha-mikro/cover.jpg', m.marketStall, 'teluk', { shop: true }],
  ['content/program/pendampingan-psikososial/cover.jpg', m.handsMeeting, 'senja'],
  ['content/program/konseling/cover.jpg', m.speechPair, 'teluk'],
  ['content/program/bimbingan-keagamaan/cover.jpg', m.bookOfLight, 'senja'],
  ['content/program/penguatan-nilai-moral/cover.jpg', m.growingPlant, 'daun'],
  ['content/kisah/dari-bengkel-lapas-ke-bengkel-sendiri/cover.jpg', m.roadsideWorkshop, 'teluk'],
  ['content/kisah/ikan-asap-dan-awal-yang-baru/cover.jpg', m.fishBasketShore, 'senja'],
  ['content/kisah/dapur-kecil-dan-kepercayaan-keluarga/cover.jpg', m.kitchenWindow, 'pasir'],
  ['content/kisah/kebun-di-halaman-rumah/cover.jpg', m.raisedBeds, 'daun', { setting: 'backyard' }],
].map(([path, motif, palette, { size = COVER, ...options } = {}]) => ({
  path,
  motif,
  palette,
  size,
  options,
}));

export function buildSvg(entry) {
  const [width, height] = entry.size;
  const scene = createScene(entry.path, PALETTES[entry.palette]);
  const body = entry.motif(scene, entry.options);
  const shade = vignette(scene, PALETTES[entry.palette].dark ? 0.28 : 0.16);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">`,
    `<defs>${scene.defs.join('')}</defs>`,
    body,
    shade,
    '</svg>',
  ].join('');
}

// Grey noise around mid-grey: under soft-light it lightens and darkens by a few levels, like film
// grain. Per-pixel noise averages out when the site scales the image down, so covers look clean
// on the page while the full-size file keeps a photo-like weight.
function grain(width, height, seedKey) {
  const rand = mulberry32(hashString(`grain:${seedKey}`));
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    // Sum of two uniforms: a triangular distribution looks softer than flat white noise.
    const value = 128 + Math.round((rand() + rand() - 1) * GRAIN_AMPLITUDE);
    pixels[i] = value;
    pixels[i + 1] = value;
    pixels[i + 2] = value;
  }
  return pixels;
}

async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
}

async function render(entry, { force }) {
  const file = join(ROOT, entry.path);
  if (!force && (await exists(file))) return { written: false };
  const [width, height] = entry.size;
  // Write to a sibling temp file first: an interrupted run must not leave a truncated JPEG that
  // the next run would then skip as "already exists".
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    const jpeg = await sharp(Buffer.from(buildSvg(entry)))
      .composite([
        {
          input: grain(width, height, entry.path),
          raw: { width, height, channels: 3 },
          blend: 'soft-light',
        },
      ])
      .flatten({ background: C.sand })
      .jpeg(JPEG)
      .toBuffer();
    await writeFile(temp, jpeg);
    await rename(temp, file);
    return { written: true, bytes: jpeg.length };
  } catch (error) {
    throw new Error(`Gagal membuat ${entry.path}: ${error.message}`, { cause: error });
  } finally {
    await rm(temp, { force: true });
  }
}

const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

async function main() {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const started = performance.now();
  const queue = IMAGES.filter((entry) => !values.only || entry.path.includes(values.only));
  if (queue.length === 0)
    throw new Error(`Tidak ada gambar yang cocok dengan --only ${values.only}`);
  // libvips already uses several threads per image; two images in flight keeps the CPU busy
  // without holding many 15 MB raster buffers at once.
  const workers = Math.min(2, availableParallelism());
  let written = 0;
  let skipped = 0;
  let total = 0;
  let next = 0;

  const worker = async () => {
    while (next < queue.length) {
      const entry = queue[next];
      next += 1;
      const result = await render(entry, { force: values.force });
      const [width, height] = entry.size;
      if (result.written) {
        written += 1;
        total += result.bytes;
        console.log(`dibuat: ${entry.path} (${width}×${height}, ${kb(result.bytes)})`);
      } else {
        skipped += 1;
        console.log(`dilewati (sudah ada): ${entry.path}`);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));

  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  console.log(
    `selesai: ${written} dibuat (${mb(total)}), ${skipped} dilewati, ${seconds} detik` +
      (skipped > 0 ? ' (pakai --force untuk membuat ulang)' : ''),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    // The message names the file; the cause carries the sharp/librsvg detail needed to fix it.
    console.error(error.message);
    if (error.cause) console.error(error.cause);
    process.exitCode = 1;
  });
}

export { IMAGES };
