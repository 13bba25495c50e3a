import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** The formats astro:assets turns into AVIF and WebP variants, named as editors know them. */
export type ImageFormat = 'JPEG' | 'PNG' | 'WebP' | 'AVIF';

export type ImageVerdict =
  | { ok: true; format: ImageFormat; width: number; height: number }
  | { ok: false; problem: string; fix: string };

const REUPLOAD =
  'Buka gambarnya di aplikasi foto, simpan atau ekspor ulang sebagai JPEG atau PNG, lalu unggah lagi.';

/** What the first bytes of a file say it is; the name says nothing. */
function formatOf(head: Buffer): ImageFormat | string | undefined {
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'PNG';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP';
  if (ascii(4, 8) === 'ftyp') {
    const brands = [
      ascii(8, 12),
      ...Array.from({ length: 6 }, (_, i) => ascii(16 + i * 4, 20 + i * 4)),
    ];
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'AVIF';
    if (brands.some((brand) => /^(?:heic|heix|mif1|hevc)$/.test(brand))) return 'HEIC';
    return 'video atau berkas lain';
  }
  if (ascii(0, 4) === 'GIF8') return 'GIF';
  if (ascii(0, 2) === 'BM') return 'BMP';
  if (/^\s*(?:<\?xml|<!DOCTYPE svg|<svg)/i.test(ascii(0, head.length))) return 'SVG';
  if (/^\s*<(?:!DOCTYPE html|html|script)/i.test(ascii(0, head.length))) return 'HTML';
  if (ascii(0, 4) === '%PDF') return 'PDF';
  return undefined;
}

/** The first `length` bytes of a file, or fewer when it is shorter. */
export async function readStart(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const start = Buffer.alloc(length);
    const { bytesRead } = await handle.read(start, 0, length, 0);
    return start.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What the bytes of a file are, found once per distinct content. */
interface Reading {
  format: ImageFormat | string | undefined;
  /** Set when the file is one of the four formats and decodes completely. */
  size?: { width: number; height: number };
}

/**
 * Decoding is the slow part, and the answer depends on the bytes alone: files with the same bytes
 * (the same photo in two entries, the shared covers of the test fixtures) are decoded once.
 */
const readings = new Map<string, Promise<Reading>>();

async function read(file: string): Promise<Reading> {
  const format = formatOf(await readStart(file, 64));
  if (format !== 'JPEG' && format !== 'PNG' && format !== 'WebP' && format !== 'AVIF') {
    return { format };
  }
  try {
    // Decoding every pixel is the only way to know the file is whole; `failOn: 'truncated'`
    // turns libvips' warning about a cut-off file into an error.
    const { info } = await sharp(file, { failOn: 'truncated', limitInputPixels: 268_402_689 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { format, size: { width: info.width, height: info.height } };
  } catch {
    return { format };
  }
}

/**
 * Whether a file an editor uploaded is a JPEG, PNG, WebP or AVIF image that decodes completely.
 * Judged by its bytes, never its name: an SVG (which can carry a script) renamed `.png`, or a
 * photo cut short by a failed upload, is refused before astro:assets could ship or choke on it.
 */
export async function inspectImage(file: string, name: string): Promise<ImageVerdict> {
  const digest = createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
  let reading = readings.get(digest);
  if (!reading) {
    reading = read(file);
    readings.set(digest, reading);
  }
  const { format, size } = await reading;
  if (format !== 'JPEG' && format !== 'PNG' && format !== 'WebP' && format !== 'AVIF') {
    return {
      ok: false,
      problem: format
        ? `"${name}" sebenarnya berkas ${format}, bukan gambar JPEG, PNG, WebP, atau AVIF; nama filenya tidak mengubah isinya.`
        : `"${name}" bukan gambar JPEG, PNG, WebP, atau AVIF.`,
      fix: format === 'SVG' ? 'Ekspor gambar itu sebagai PNG, lalu unggah hasilnya.' : REUPLOAD,
    };
  }
  if (!size) {
    return {
      ok: false,
      problem: `"${name}" adalah berkas ${format} yang rusak atau terpotong (mungkin unggahannya tidak selesai), sehingga tidak dapat diolah.`,
      fix: REUPLOAD,
    };
  }
  return { ok: true, format, ...size };
}
