// Renders the illustrative covers and inline images used by the content collections.
//
//   npm run covers                                  # only files that do not exist yet
//   npm run covers -- --force                       # re-render everything
//   npm run covers -- --only tata-boga
//   npm run covers -- --force --out /tmp/sampul     # into another folder, to compare
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

import * as m from './motifs.ts';
import { C, PALETTES } from './palettes.ts';
import { hashString, mulberry32 } from './random.ts';
import { vignette } from './scenery.ts';
import { H, W, createScene, type Scene } from './svg.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
type Size = readonly [width: number, height: number];
const COVER: Size = [2400, 1600];
const INLINE: Size = [2000, 1333];
// 4:4:4 chroma keeps thin coloured edges (flag, awning stripes, mace on the nutmeg) from bleeding,
// which 4:2:0 does visibly on flat-colour artwork.
const JPEG: sharp.JpegOptions = { quality: 82, mozjpeg: true, chromaSubsampling: '4:4:4' };
// Strong enough to add photographic weight to the file, weak enough to be invisible at card size.
const GRAIN_AMPLITUDE = 70;

/** One image to render: where it goes, how big, and what is drawn on its scene. */
interface Job {
  path: string;
  palette: keyof typeof PALETTES;
  size: Size;
  draw: (scene: Scene) => string;
}

/**
 * An image drawn by `motif` with `options`. The motif fixes the options' type, so a misspelt
 * option is a type error rather than a silently different picture.
 */
const job =
  (size: Size) =>
  <O>(
    path: string,
    motif: (scene: Scene, options?: O) => string,
    palette: Job['palette'],
    options?: NoInfer<O>,
  ): Job => ({ path, palette, size, draw: (scene) => motif(scene, options) });
const cover = job(COVER);
const inline = job(INLINE);

// Output path → motif. Related covers share a motif function and differ by options, palette and
// the seed derived from their path.
const IMAGES: Job[] = [
  cover(
    'content/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/cover.jpg',
    m.mouSigning,
    'teluk',
  ),
  cover(
    'content/berita/enam-pelatihan-vokasional-untuk-warga-binaan/cover.jpg',
    m.vocationalGrid,
    'pasir',
  ),
  cover('content/berita/empat-program-pembinaan-kepribadian/cover.jpg', m.fourCircles, 'laut'),
  cover('content/berita/kelas-tata-boga-menu-khas-maluku/cover.jpg', m.cookingSpices, 'senja'),
  inline(
    'content/berita/kelas-tata-boga-menu-khas-maluku/ilustrasi-dapur.jpg',
    m.kitchenTable,
    'pasir',
  ),
  cover('content/berita/kebun-sayur-hidroponik-di-lahan-sempit/cover.jpg', m.hydroponics, 'daun'),
  cover('content/berita/bengkel-las-dan-perawatan-motor/cover.jpg', m.workshopTools, 'laut'),
  cover(
    'content/berita/pengasapan-ikan-cakalang-skala-rumahan/cover.jpg',
    m.fishSmokingRack,
    'senja',
  ),
  cover('content/berita/anyaman-dan-kerajinan-kerang/cover.jpg', m.weaveCraft, 'teluk', {
    mode: 'shells',
  }),
  cover('content/berita/konseling-kelompok-menjelang-bebas/cover.jpg', m.circleOfChairs, 'pasir'),
  cover('content/berita/pelatihan-pembukuan-usaha-mikro/cover.jpg', m.bookkeeping, 'pasir'),
  cover('content/berita/bimbingan-keagamaan-lintas-iman/cover.jpg', m.bookOfLight, 'laut'),
  cover('content/berita/pekan-nilai-moral-dan-kerja-bakti/cover.jpg', m.growingPlant, 'daun', {
    hands: true,
  }),
  cover('content/berita/pameran-produk-karya-warga-binaan/cover.jpg', m.exhibition, 'pasir'),
  inline('content/berita/pameran-produk-karya-warga-binaan/galeri-1.jpg', m.basketsTable, 'teluk'),
  inline('content/berita/pameran-produk-karya-warga-binaan/galeri-2.jpg', m.snackJars, 'senja'),
  inline('content/berita/pameran-produk-karya-warga-binaan/galeri-3.jpg', m.marketStall, 'pasir'),
  cover(
    'content/berita/dialog-warga-menerima-mantan-warga-binaan/cover.jpg',
    m.speechOverHouses,
    'teluk',
  ),
  cover('content/program/kerajinan-tangan/cover.jpg', m.weaveCraft, 'pasir', { mode: 'needle' }),
  cover('content/program/pertanian-urban/cover.jpg', m.raisedBeds, 'daun', { setting: 'city' }),
  cover('content/program/perbengkelan/cover.jpg', m.workshopTools, 'pasir', { bench: true }),
  cover('content/program/tata-boga/cover.jpg', m.cookingSpices, 'rempah', { bowlOn: false }),
  cover('content/program/pengolahan-hasil-laut/cover.jpg', m.seaHarvest, 'teluk'),
  cover('content/program/pengembangan-usaha-mikro/cover.jpg', m.marketStall, 'teluk', {
    shop: true,
  }),
  cover('content/program/pendampingan-psikososial/cover.jpg', m.handsMeeting, 'senja'),
  cover('content/program/konseling/cover.jpg', m.speechPair, 'teluk'),
  cover('content/program/bimbingan-keagamaan/cover.jpg', m.bookOfLight, 'senja'),
  cover('content/program/penguatan-nilai-moral/cover.jpg', m.growingPlant, 'daun'),
  cover(
    'content/kisah/dari-bengkel-lapas-ke-bengkel-sendiri/cover.jpg',
    m.roadsideWorkshop,
    'teluk',
  ),
  cover('content/kisah/ikan-asap-dan-awal-yang-baru/cover.jpg', m.fishBasketShore, 'senja'),
  cover('content/kisah/dapur-kecil-dan-kepercayaan-keluarga/cover.jpg', m.kitchenWindow, 'pasir'),
  cover('content/kisah/kebun-di-halaman-rumah/cover.jpg', m.raisedBeds, 'daun', {
    setting: 'backyard',
  }),
];

function buildSvg(entry: Job): string {
  const [width, height] = entry.size;
  const scene = createScene(entry.path, PALETTES[entry.palette]);
  const body = entry.draw(scene);
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
function grain(width: number, height: number, seedKey: string): Buffer {
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

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function render(
  entry: Job,
  { force, out }: { force: boolean; out: string },
): Promise<{ written: false } | { written: true; bytes: number }> {
  const file = join(out, entry.path);
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
    throw new Error(`Gagal membuat ${entry.path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await rm(temp, { force: true });
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

async function main() {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: ROOT },
    },
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
  // One iterator shared by the workers: each takes the next image when it is done with one.
  const pending = queue.values();

  const worker = async () => {
    for (const entry of pending) {
      const result = await render(entry, { force: values.force, out: resolve(values.out) });
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

main().catch((error: Error) => {
  // The message names the file; the cause carries the sharp/librsvg detail needed to fix it.
  console.error(error.message);
  if (error.cause) console.error(error.cause);
  process.exitCode = 1;
});
