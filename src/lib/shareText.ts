/**
 * Text for share images, drawn with Pango: whatever an editor wrote ends up inside its box, in
 * any script, however long its words, and visible.
 */
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { codePoint, isInvisible } from './content/textRules.ts';

/** Bundled, so the image looks the same on every machine and the build needs no network. */
const FONT_FILE = fileURLToPath(new URL('../assets/fonts/NotoSans-Bold.ttf', import.meta.url));
const FONT = 'Noto Sans Bold';

/** Decoded pixels: layers stay raw so nothing is encoded and decoded again before compositing. */
export interface Layer {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

export const raw = (image: sharp.Sharp): Promise<Layer> =>
  image.raw().toBuffer({ resolveWithObject: true }) as Promise<Layer>;

/** Where a text may go. Layers are as tall as their ink, so the box bounds what is drawn. */
export interface TextBox {
  /** Font sizes in pixels, largest first; the largest whose layout fits the box is used. */
  sizes: readonly [number, ...number[]];
  width: number;
  maxHeight: number;
  color: string;
  /** Extra space between lines, as a share of the font size. */
  lineSpacing?: number;
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

/**
 * The text as one flowing paragraph: line breaks (a pasted Shift+Enter, say) would stack lines the
 * box has no room for, and Pango refuses markup holding U+0000.
 */
export function flowingText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
}

/**
 * The characters' code points, for text with no ink at all (zero-width or blank characters only):
 * Pango has nothing to draw, and an image without the title would hide that the field is wrong.
 */
export function codePoints(text: string): string {
  return Array.from(text, codePoint).join(' ');
}

const draw = (text: string, size: number, box: TextBox): Promise<Layer> =>
  raw(
    sharp({
      text: {
        text: `<span foreground="${box.color}">${escapeMarkup(text)}</span>`,
        font: `${FONT} ${size}`,
        fontfile: FONT_FILE,
        width: box.width,
        rgba: true,
        // Breaks inside a word only when the word alone is wider than the box (a long address).
        wrap: 'word-char',
        spacing: Math.round(size * (box.lineSpacing ?? 0)),
      },
    }),
  );

/** libvips' words when the layout has no ink. */
const NOTHING_TO_DRAW = /no text to render/;

async function drawVisible(text: string, size: number, box: TextBox): Promise<Layer> {
  // Text known to show nothing is not given to Pango: libvips keeps one error buffer for all
  // pipelines and each clears it as it ends, so with share images drawn side by side its "no text
  // to render" was sometimes lost, and sharp threw a bare "Warning treated as error" instead.
  const flowing = flowingText(text);
  if (isInvisible(flowing)) return draw(codePoints(text), size, box);
  try {
    return await draw(flowing, size, box);
  } catch (error) {
    if (!(error instanceof Error) || !NOTHING_TO_DRAW.test(error.message)) throw error;
    return draw(codePoints(text), size, box);
  }
}

const fits = (layer: Layer, box: TextBox) =>
  layer.info.width <= box.width && layer.info.height <= box.maxHeight;

/**
 * `text` at the largest size from `size` down that fits `box`. When even the smallest overflows
 * (a tall stack of combining marks, say), its pixels are scaled down: smaller, never cut.
 */
export async function fitText(text: string, box: TextBox, size = box.sizes[0]): Promise<Layer> {
  const layer = await drawVisible(text, size, box);
  if (fits(layer, box)) return layer;
  const smaller = box.sizes.find((candidate) => candidate < size);
  if (smaller !== undefined) return fitText(text, box, smaller);
  return raw(
    sharp(layer.data, { raw: layer.info }).resize(box.width, box.maxHeight, { fit: 'inside' }),
  );
}
