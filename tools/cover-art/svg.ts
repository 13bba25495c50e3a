import type { Palette } from './palettes.ts';
import { hashString, mulberry32 } from './random.ts';

// Every motif is drawn on this 3:2 canvas; the root <svg> scales it to the requested pixels, so
// the 2400×1600 covers and 2000×1333 inline images share one coordinate system.
export const W = 1200;
export const H = 800;

// Rounding keeps the SVG small and avoids float noise like 0.30000000000000004 in the markup.
export const n = (value: number) => Math.round(value * 100) / 100;

/** The item at `index`, starting again from the first when the list runs out: stripes, bands. */
export const cycle = <T>(items: readonly T[], index: number) => items[index % items.length] as T;

/** A colour, or a colour with its opacity and, when not evenly spaced, its offset (0–1). */
export type Stop = string | [color: string, opacity?: number, offset?: number];

export interface GroupOptions {
  x?: number;
  y?: number;
  s?: number;
  sy?: number;
  r?: number;
  flip?: boolean;
  opacity?: number | undefined;
}

export function g(
  content: string | string[],
  { x = 0, y = 0, s = 1, sy = s, r = 0, flip = false, opacity }: GroupOptions = {},
): string {
  const transforms = [];
  if (x || y) transforms.push(`translate(${n(x)} ${n(y)})`);
  if (r) transforms.push(`rotate(${n(r)})`);
  if (s !== 1 || sy !== s || flip) transforms.push(`scale(${n(flip ? -s : s)} ${n(sy)})`);
  const transform = transforms.length ? ` transform="${transforms.join(' ')}"` : '';
  const alpha = opacity === undefined ? '' : ` opacity="${n(opacity)}"`;
  const body = Array.isArray(content) ? content.join('') : content;
  return `<g${transform}${alpha}>${body}</g>`;
}

function stopsXml(stops: Stop[]): string {
  return stops
    .map((stop, i) => {
      const [color, opacity = 1, offset = stops.length === 1 ? 0 : i / (stops.length - 1)] =
        Array.isArray(stop) ? stop : [stop];
      const alpha = opacity < 1 ? ` stop-opacity="${n(opacity)}"` : '';
      return `<stop offset="${n(offset)}" stop-color="${color}"${alpha}/>`;
    })
    .join('');
}

export function createScene(seedKey: string, palette: Palette) {
  const rand = mulberry32(hashString(seedKey));
  const defs: string[] = [];
  const blurs = new Map<number, string>();
  let counter = 0;
  const uid = (prefix: string) => `${prefix}${(counter += 1)}`;

  const scene = {
    p: palette,
    defs,
    rand,
    uid,
    range: (min: number, max: number) => min + (max - min) * rand(),
    int: (min: number, max: number) => min + Math.floor(rand() * (max - min + 1)),
    // Motifs only ever pick from lists they wrote out, so the index always hits an item.
    pick: <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T,
    chance: (probability: number) => rand() < probability,
    jitter: (value: number, amount: number) => value + (rand() * 2 - 1) * amount,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(rand() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    linear(stops: Stop[], { x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false } = {}) {
      const id = uid('lg');
      const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
      defs.push(
        `<linearGradient id="${id}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${units}>${stopsXml(stops)}</linearGradient>`,
      );
      return `url(#${id})`;
    },
    radial(stops: Stop[], { cx = 0.5, cy = 0.5, r = 0.5, user = false } = {}) {
      const id = uid('rg');
      const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
      defs.push(
        `<radialGradient id="${id}" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${units}>${stopsXml(stops)}</radialGradient>`,
      );
      return `url(#${id})`;
    },
    // Blur is the most expensive filter at 2400 px, so identical radii share one definition.
    blur(deviation: number): string {
      let url = blurs.get(deviation);
      if (!url) {
        const id = uid('bl');
        defs.push(
          `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`,
        );
        url = `url(#${id})`;
        blurs.set(deviation, url);
      }
      return url;
    },
    clip(shapes: string) {
      const id = uid('cp');
      defs.push(`<clipPath id="${id}">${shapes}</clipPath>`);
      return `url(#${id})`;
    },
  };
  return scene;
}

/** The canvas a motif draws on: its palette, seeded randomness and shared definitions. */
export type Scene = ReturnType<typeof createScene>;
