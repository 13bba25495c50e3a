import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { SITE } from './site.ts';
import { fitText, raw, type Layer, type TextBox } from './shareText.ts';

/** The size WhatsApp, Facebook, X and Telegram all show as a large preview. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Kept inside Astro's own cache folder, which CI already saves between runs. */
const CACHE_DIR = path.resolve(
  process.env.SITE_CACHE_DIR ?? 'node_modules/.astro',
  'gambar-bagikan',
);
/** Bump when the design changes, so cached images are redrawn. */
const DESIGN_VERSION = 5;

const COLORS = { sea: '#0b3954', sand: '#f4ede1', spice: '#e07a3f', label: '#f0a27f' };
const PADDING = 64;
const TEXT_WIDTH = 620;
const COVER_WIDTH = 470;
/** The site's name and tagline sit on two lines beside the small mark, above the spice bar. */
const NAME_TOP = SHARE_HEIGHT - PADDING - 58;
const TAGLINE_TOP = SHARE_HEIGHT - PADDING - 24;

export interface ShareImageInput {
  /** The entry's headline, as written. */
  title: string;
  /** Small label above the title: "Berita", "Kisah", "Program". */
  kind: string;
  /** Absolute path of the cover's original file, when the entry has one. */
  coverFile?: string | undefined;
}

const overlay = (layer: Layer, left: number, top: number): sharp.OverlayOptions => ({
  input: layer.data,
  raw: { width: layer.info.width, height: layer.info.height, channels: layer.info.channels },
  left,
  top,
});

/** One line above the title; its height moves the title down, so it is bounded too. */
const LABEL_BOX: TextBox = { sizes: [24], width: TEXT_WIDTH, maxHeight: 36, color: COLORS.label };
const LABEL_GAP = 20;

/** Beside the cover, between the label and the site's name, whatever the title's length. */
export const TITLE_BOX = {
  sizes: [60, 54, 48, 42, 36, 32, 28],
  width: TEXT_WIDTH,
  maxHeight: 330,
  color: '#ffffff',
  lineSpacing: 0.2,
} as const satisfies TextBox;

/**
 * The title at the largest size that fits beside the cover. The first guess comes from the title's
 * length, so most titles are laid out once.
 */
export function titleLayer(title: string): Promise<Layer> {
  const guess = title.length <= 40 ? 60 : title.length <= 70 ? 48 : title.length <= 100 ? 42 : 36;
  return fitText(title, TITLE_BOX, guess);
}

/** Parts that are the same on every image, drawn once per build. */
const once = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};
const siteName = once(() =>
  fitText(SITE.name, {
    sizes: [26],
    width: 520,
    maxHeight: TAGLINE_TOP - NAME_TOP - 2,
    color: COLORS.sand,
  }),
);
const siteTagline = once(() =>
  fitText('Pemkot Ambon · Kanwil Ditjenpas Maluku', {
    sizes: [19],
    width: 520,
    maxHeight: 28,
    color: '#a9d0e2',
  }),
);
const bigMark = once(() => raw(sharp(brandMark(), { density: 600 }).resize(300, 300)));
const smallMark = once(() => raw(sharp(brandMark())));
const fade = once(() => raw(sharp(coverFade())));
const kindLabels = new Map<string, Promise<Layer>>();
const kindLabel = (kind: string) => {
  const label = kindLabels.get(kind) ?? fitText(kind.toUpperCase(), LABEL_BOX);
  kindLabels.set(kind, label);
  return label;
};

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

/**
 * Everything but the title: background, cover, label and identity. Compositing is most of the
 * work, so it is done once per kind and cover and every image of that pair only adds its title.
 */
async function backdrop(kind: string, coverFile: string | undefined): Promise<Layer> {
  const [label, name, tagline, mark] = await Promise.all([
    kindLabel(kind),
    siteName(),
    siteTagline(),
    smallMark(),
  ]);
  const layers: sharp.OverlayOptions[] = coverFile
    ? [
        overlay(
          await raw(
            sharp(coverFile).resize(COVER_WIDTH, SHARE_HEIGHT, {
              fit: 'cover',
              position: 'centre',
            }),
          ),
          SHARE_WIDTH - COVER_WIDTH,
          0,
        ),
        overlay(await fade(), SHARE_WIDTH - COVER_WIDTH, 0),
      ]
    : [overlay(await bigMark(), SHARE_WIDTH - 300 - PADDING * 2, 150)];
  layers.push(
    overlay(label, PADDING, PADDING),
    overlay(mark, PADDING, SHARE_HEIGHT - PADDING - 56),
    overlay(name, PADDING + 72, NAME_TOP),
    overlay(tagline, PADDING + 72, TAGLINE_TOP),
    {
      input: { create: { width: SHARE_WIDTH, height: 10, channels: 4, background: COLORS.spice } },
      left: 0,
      top: SHARE_HEIGHT - 10,
    },
  );
  return raw(
    sharp({
      create: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3, background: COLORS.sea },
    }).composite(layers),
  );
}

/** Entries come in collection order and share a small pool of covers; a few backdrops suffice. */
const backdrops = new Map<string, Promise<Layer>>();
const BACKDROPS_KEPT = 12;

function backdropFor(kind: string, coverFile: string | undefined): Promise<Layer> {
  const key = JSON.stringify([kind, coverFile ?? '']);
  const cached = backdrops.get(key);
  if (cached) return cached;
  const layer = backdrop(kind, coverFile);
  backdrops.set(key, layer);
  const oldest = backdrops.keys().next().value;
  if (backdrops.size > BACKDROPS_KEPT && oldest !== undefined) backdrops.delete(oldest);
  return layer;
}

/** The image as JPEG bytes, drawn now; `shareImageFile` keeps what was drawn. */
export async function drawShareImage({ title, kind, coverFile }: ShareImageInput): Promise<Buffer> {
  const [base, heading, label] = await Promise.all([
    backdropFor(kind, coverFile),
    titleLayer(title),
    kindLabel(kind),
  ]);
  return (
    sharp(base.data, { raw: base.info })
      .composite([overlay(heading, PADDING, PADDING + label.info.height + LABEL_GAP)])
      // Plain libjpeg-turbo: several times faster than mozjpeg for a few percent more bytes.
      .jpeg({ quality: 82 })
      .toBuffer()
  );
}

/** Cache files already drawn or found in this build, by input; only paths are kept in memory. */
const inBuild = new Map<string, Promise<string>>();

/**
 * The file holding an entry's share image, drawn once: repeated requests in one build share the
 * work, and later builds reuse the file while title, label and cover are unchanged.
 */
export function shareImageFile(input: ShareImageInput): Promise<string> {
  const key = JSON.stringify([DESIGN_VERSION, input.title, input.kind, input.coverFile ?? '']);
  const cached = inBuild.get(key);
  if (cached) return cached;
  const pending = (async () => {
    const coverStamp = input.coverFile ? (await stat(input.coverFile)).mtimeMs : 0;
    const hash = createHash('sha256').update(`${key}${coverStamp}`).digest('hex').slice(0, 24);
    const file = path.join(CACHE_DIR, `${hash}.jpg`);
    if (await stat(file).catch(() => undefined)) return file;
    try {
      const image = await drawShareImage(input);
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(file, image);
      return file;
    } catch (error) {
      throw new Error(`Gambar bagikan untuk "${input.title}" tidak dapat dibuat.`, {
        cause: error,
      });
    }
  })();
  inBuild.set(key, pending);
  return pending;
}

/** The share image's bytes, for the endpoint that publishes it. */
export async function shareImage(input: ShareImageInput): Promise<Buffer> {
  return readFile(await shareImageFile(input));
}

/** The share image's size in bytes, for feed enclosures. */
export async function shareImageSize(input: ShareImageInput): Promise<number> {
  return (await stat(await shareImageFile(input))).size;
}
