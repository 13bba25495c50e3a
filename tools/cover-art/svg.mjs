import { hashString, mulberry32 } from './random.mjs';

// Every motif is drawn on this 3:2 canvas; the root <svg> scales it to the requested pixels, so
// the 2400×1600 covers and 2000×1333 inline images share one coordinate system.
export const W = 1200;
export const H = 800;

// Rounding keeps the SVG small and avoids float noise like 0.30000000000000004 in the markup.
export const n = (value) => Math.round(value * 100) / 100;

export function g(content, { x = 0, y = 0, s = 1, sy = s, r = 0, flip = false, opacity } = {}) {
  const transforms = [];
  if (x || y) transforms.push(`translate(${n(x)} ${n(y)})`);
  if (r) transforms.push(`rotate(${n(r)})`);
  if (s !== 1 || sy !== s || flip) transforms.push(`scale(${n(flip ? -s : s)} ${n(sy)})`);
  const transform = transforms.length ? ` transform="${transforms.join(' ')}"` : '';
  const alpha = opacity === undefined ? '' : ` opacity="${n(opacity)}"`;
  const body = Array.isArray(content) ? content.join('') : content;
  return `<g${transform}${alpha}>${body}</g>`;
}

function stopsXml(stops) {
  return stops
    .map((stop, i) => {
      const [color, opacity = 1, offset = stops.length === 1 ? 0 : i / (stops.length - 1)] =
        Array.isArray(stop) ? stop : [stop];
      const alpha = opacity < 1 ? ` stop-opacity="${n(opacity)}"` : '';
      return `<stop offset="${n(offset)}" stop-color="${color}"${alpha}/>`;
    })
    .join('');
}

export function createScene(seedKey, palette) {
  const rand = mulberry32(hashString(seedKey));
  const defs = [];
  const blurs = new Map();
  let counter = 0;
  const uid = (prefix) => `${prefix}${(counter += 1)}`;

  const scene = {
    p: palette,
    defs,
    rand,
    uid,
    range: (min, max) => min + (max - min) * rand(),
    int: (min, max) => min + Math.floor(rand() * (max - min + 1)),
    pick: (items) => items[Math.floor(rand() * items.length)],
    chance: (probability) => rand() < probability,
    jitter: (value, amount) => value + (rand() * 2 - 1) * amount,
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(rand() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    linear(stops, { x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false } = {}) {
      const id = uid('lg');
      const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
      defs.push(
        `<linearGradient id="${id}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${units}>${stopsXml(stops)}</linearGradient>`,
      );
      return `url(#${id})`;
    },
    radial(stops, { cx = 0.5, cy = 0.5, r = 0.5, user = false } = {}) {
      const id = uid('rg');
      const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
      defs.push(
        `<radialGradient id="${id}" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${units}>${stopsXml(stops)}</radialGradient>`,
      );
      return `url(#${id})`;
    },
    // Blur is the most expensive filter at 2400 px, so identical radii share one definition.
    blur(deviation) {
      if (!blurs.has(deviation)) {
        const id = uid('bl');
        defs.push(
          `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`,
        );
        blurs.set(deviation, `url(#${id})`);
      }
      return blurs.get(deviation);
    },
    clip(shapes) {
      const id = uid('cp');
      defs.push(`<clipPath id="${id}">${shapes}</clipPath>`);
      return `url(#${id})`;
    },
  };
  return scene;
}
