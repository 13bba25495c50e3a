import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { SITE } from './site.ts';

/** The size WhatsApp, Facebook, X and Telegram all show as a large preview. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Bundled, so the image looks the same on every machine and the build needs no network. */
const FONT_FILE = fileURLToPath(new URL('../assets/fonts/NotoSans-Bold.ttf', import.meta.url));
const FONT = 'Noto Sans Bold';
/** Kept beside Astro's own image cache, which CI already saves between runs. */
const CACHE_DIR = path.resolve('node_modules/.astro/gambar-bagikan');
/** Bump when the design changes, so cached images are redrawn. */
const DESIGN_VERSION = 2;

const COLORS = { sea: '#0b3954', sand: '#f4ede1', spice: '#e07a3f', label: '#f0a27f' };
const PADDING = 64;
const TEXT_WIDTH = 620;
const COVER_WIDTH = 470;

export interface ShareImageInput {
  /** The entry's headline, as written. */
  title: string;
  /** Small label above the title: "Berita", "Kisah", "Program". */
  kind: string;
  /** Absolute path of the cover's original file, when the entry has one. */
  coverFile?: string | undefined;
}

/** Pango markup is XML: text from editors must not be able to open a tag. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

async function textLayer(markup: string, size: number, width: number, spacing = 0) {
  return sharp({
    text: {
      text: markup,
      font: `${FONT} ${size}`,
      fontfile: FONT_FILE,
      width,
      rgba: true,
      wrap: 'word',
      spacing,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
}

/** The largest title size that still fits in the space left of the cover. */
async function titleLayer(title: string) {
  const markup = `<span foreground="#ffffff">${escapeMarkup(title)}</span>`;
  for (const size of [60, 54, 48, 42, 36, 32]) {
    const layer = await textLayer(markup, size, TEXT_WIDTH, Math.round(size / 5));
    if (layer.info.height <= 330) return layer;
  }
  return textLayer(markup, 28, TEXT_WIDTH, 6);
}

function brandMark(): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 40 40">
    <circle cx="20" cy="20" r="19" fill="${COLORS.sand}"/>
    <path d="M5 24c5-4 10-4 15 0s10 4 15 0v6a15 15 0 0 1-30 0z" fill="#138a8a"/>
    <circle cx="20" cy="14" r="6" fill="#c8553d"/></svg>`);
}

/** A fade from the sea colour into the cover, so the title never sits on a busy photo. */
function coverFade(): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${SHARE_HEIGHT}">
    <defs><linearGradient id="f" x1="0" x2="1"><stop offset="0" stop-color="${COLORS.sea}"/>
    <stop offset="0.45" stop-color="${COLORS.sea}" stop-opacity="0"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#f)"/></svg>`);
}

async function render({ title, kind, coverFile }: ShareImageInput): Promise<Buffer> {
  const [label, heading, name, tagline] = await Promise.all([
    textLayer(
      `<span foreground="${COLORS.label}">${escapeMarkup(kind.toUpperCase())}</span>`,
      24,
      TEXT_WIDTH,
    ),
    titleLayer(title),
    textLayer(`<span foreground="${COLORS.sand}">${escapeMarkup(SITE.name)}</span>`, 26, 520),
    textLayer(
      `<span foreground="#a9d0e2">${escapeMarkup('Pemkot Ambon · Kanwil Ditjenpas Maluku')}</span>`,
      19,
      520,
    ),
  ]);
  const layers: sharp.OverlayOptions[] = [];
  if (!coverFile) {
    const mark = await sharp(brandMark(), { density: 600 }).resize(300, 300).png().toBuffer();
    layers.push({ input: mark, left: SHARE_WIDTH - 300 - PADDING * 2, top: 150 });
  }
  if (coverFile) {
    const cover = await sharp(coverFile)
      .resize(COVER_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: 'attention' })
      .toBuffer();
    layers.push({ input: cover, left: SHARE_WIDTH - COVER_WIDTH, top: 0 });
    layers.push({ input: coverFade(), left: SHARE_WIDTH - COVER_WIDTH, top: 0 });
  }
  const titleTop = PADDING + label.info.height + 20;
  layers.push(
    { input: label.data, left: PADDING, top: PADDING },
    { input: heading.data, left: PADDING, top: titleTop },
    { input: brandMark(), left: PADDING, top: SHARE_HEIGHT - PADDING - 56 },
    { input: name.data, left: PADDING + 72, top: SHARE_HEIGHT - PADDING - 58 },
    { input: tagline.data, left: PADDING + 72, top: SHARE_HEIGHT - PADDING - 24 },
    {
      input: { create: { width: SHARE_WIDTH, height: 10, channels: 4, background: COLORS.spice } },
      left: 0,
      top: SHARE_HEIGHT - 10,
    },
  );
  return sharp({
    create: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 4, background: COLORS.sea },
  })
    .composite(layers)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

const inBuild = new Map<string, Promise<Buffer>>();

/**
 * The share image for an entry, drawn once: repeated requests in one build share the work, and
 * later builds reuse the file while title, label and cover are unchanged.
 */
export function shareImage(input: ShareImageInput): Promise<Buffer> {
  const key = JSON.stringify([DESIGN_VERSION, input.title, input.kind, input.coverFile ?? '']);
  const cached = inBuild.get(key);
  if (cached) return cached;
  const pending = (async () => {
    const coverStamp = input.coverFile ? (await stat(input.coverFile)).mtimeMs : 0;
    const hash = createHash('sha256').update(`${key}${coverStamp}`).digest('hex').slice(0, 24);
    const file = path.join(CACHE_DIR, `${hash}.jpg`);
    const onDisk = await readFile(file).catch(() => undefined);
    if (onDisk) return onDisk;
    try {
      const image = await render(input);
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(file, image);
      return image;
    } catch (error) {
      throw new Error(`Gambar bagikan untuk "${input.title}" tidak dapat dibuat.`, {
        cause: error,
      });
    }
  })();
  inBuild.set(key, pending);
  return pending;
}
