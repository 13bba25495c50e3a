import { C, mix, shade, tint } from './palettes.ts';
import { H, W, g, n, type Scene } from './svg.ts';

export function backdrop(s: Scene, { glow = true, decor = true, bg = s.p.bg } = {}) {
  const out = [`<rect width="${W}" height="${H}" fill="${s.linear(bg)}"/>`];
  if (glow) {
    const cx = s.range(250, 950);
    const cy = s.range(140, 360);
    const r = s.range(420, 600);
    const fill = s.radial([
      [s.p.glow, 0.6],
      [s.p.glow, 0],
    ]);
    out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"/>`);
  }
  if (decor) out.push(decorShapes(s));
  return out.join('');
}

// Large faint rings and a dot grid give the flat backgrounds some depth and make each seed look
// different at thumbnail size, without competing with the motif.
export function decorShapes(s: Scene, { dots = true } = {}) {
  const { p } = s;
  const out = [];
  const rings = s.int(2, 3);
  for (let i = 0; i < rings; i += 1) {
    const side = i % 2 === 0 ? s.range(-80, 220) : s.range(980, 1280);
    const cy = s.range(-60, 860);
    const r = s.range(120, 260);
    const color = s.pick([p.accent2, p.accent, p.soft]);
    if (s.chance(0.5)) {
      out.push(
        `<circle cx="${n(side)}" cy="${n(cy)}" r="${n(r)}" fill="none" stroke="${color}" stroke-width="${n(s.range(10, 26))}" opacity="${n(s.range(0.08, 0.14))}"/>`,
      );
    } else {
      out.push(
        `<circle cx="${n(side)}" cy="${n(cy)}" r="${n(r)}" fill="${color}" opacity="${n(s.range(0.06, 0.11))}"/>`,
      );
    }
  }
  if (dots) {
    const x0 = s.pick([s.range(50, 160), s.range(930, 1040)]);
    const y0 = s.pick([s.range(50, 120), s.range(560, 640)]);
    const cols = s.int(4, 6);
    const rows = s.int(3, 4);
    const color = p.dark ? p.ink : p.accent2;
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) {
        out.push(
          `<circle cx="${n(x0 + c * 24)}" cy="${n(y0 + r * 24)}" r="4" fill="${color}" opacity="0.18"/>`,
        );
      }
    }
  }
  return out.join('');
}

// Island silhouettes follow a sine hump with a second harmonic, which reads as the steep green
// hills of Ambon and the Lease islands rather than as generic mountains.
export function island(
  s: Scene,
  {
    x,
    width,
    height,
    base,
    color,
  }: { x: number; width: number; height: number; base: number; color: string },
) {
  const steps = 36;
  const phase = s.range(0, Math.PI * 2);
  const freq = s.range(2, 4);
  const pts = [];
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const hump = Math.pow(Math.sin(Math.PI * t), 0.9);
    const ripple = 1 + 0.16 * Math.sin(freq * Math.PI * t + phase);
    pts.push(`${n(x + t * width)},${n(base - height * hump * ripple)}`);
  }
  return `<path d="M${pts.join(' L')} Z" fill="${color}"/>`;
}

export function waves(
  s: Scene,
  {
    top,
    bottom,
    color,
    opacity = 0.35,
    width = 3,
    density = 1,
  }: {
    top: number;
    bottom: number;
    color: string;
    opacity?: number;
    width?: number;
    density?: number;
  },
) {
  const out = [];
  for (let y = top + 14; y < bottom; y += s.range(20, 34) / density) {
    const count = s.int(3, 6);
    const depth = (y - top) / Math.max(1, bottom - top);
    const size = 14 + depth * 22;
    for (let i = 0; i < count; i += 1) {
      const x = s.range(-40, W);
      out.push(
        `<path d="M${n(x)},${n(y)} q${n(size)},${n(-size * 0.45)} ${n(size * 2)},0 t${n(size * 2)},0" fill="none" stroke="${color}" stroke-width="${n(width * (0.7 + depth))}" stroke-linecap="round" opacity="${n(opacity)}"/>`,
      );
    }
  }
  return out.join('');
}

export function sun(
  s: Scene,
  { cx, cy, r, color = '#fff4dc' }: { cx: number; cy: number; r: number; color?: string },
) {
  const halo = s.radial([
    [color, 0.7],
    [color, 0],
  ]);
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 2.6)}" fill="${halo}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${color}"/>`;
}

export function seascape(
  s: Scene,
  {
    horizon = 470,
    sky,
    seaTop,
    seaBottom,
    islands = 2,
    sunOn = true,
  }: {
    horizon?: number;
    sky?: [string, string];
    seaTop?: string;
    seaBottom?: string;
    islands?: number;
    sunOn?: boolean;
  } = {},
) {
  const skyStops = sky ?? ['#bfe1e0', '#f6ead6'];
  const out = [`<rect width="${W}" height="${H}" fill="${s.linear(skyStops)}"/>`];
  if (sunOn)
    out.push(
      sun(s, { cx: s.range(220, 980), cy: s.range(150, horizon - 150), r: s.range(44, 64) }),
    );
  const far = mix(seaTop ?? C.teal, skyStops[0], 0.55);
  const near = mix(C.leaf, seaTop ?? C.teal, 0.35);
  for (let i = 0; i < islands; i += 1) {
    const width = s.range(380, 700);
    out.push(
      island(s, {
        x: s.range(-200, W - width * 0.6),
        width,
        height: s.range(60, 130) * (i === 0 ? 0.8 : 1.1),
        base: horizon + 2,
        color: i === 0 ? far : near,
      }),
    );
  }
  const seaFill = s.linear([seaTop ?? C.teal, seaBottom ?? C.sea]);
  out.push(`<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${seaFill}"/>`);
  out.push(waves(s, { top: horizon, bottom: H, color: '#ffffff', opacity: 0.22 }));
  return out.join('');
}

export function surface(
  s: Scene,
  {
    y,
    color = s.p.ground,
    edge = s.p.groundShade,
    grain = true,
  }: { y: number; color?: string; edge?: string; grain?: boolean },
) {
  const out = [
    `<rect y="${n(y)}" width="${W}" height="${n(H - y)}" fill="${s.linear([tint(color, 0.12), color, shade(color, 0.1)])}"/>`,
    `<rect y="${n(y)}" width="${W}" height="10" fill="${edge}"/>`,
  ];
  if (grain) {
    // Wood-grain strokes: just enough texture to say "table" instead of "floor".
    for (let i = 0; i < 9; i += 1) {
      const yy = y + 26 + i * ((H - y - 30) / 9) + s.range(-4, 4);
      const x = s.range(-100, 700);
      out.push(
        `<path d="M${n(x)},${n(yy)} h${n(s.range(180, 520))}" stroke="${edge}" stroke-width="3" stroke-linecap="round" opacity="0.35"/>`,
      );
    }
  }
  return out.join('');
}

export function roofline(
  s: Scene,
  {
    base,
    count = 12,
    colors,
    roofColors,
    minH = 50,
    maxH = 110,
  }: {
    base: number;
    count?: number;
    colors: string[];
    roofColors: string[];
    minH?: number;
    maxH?: number;
  },
) {
  const out = [];
  let x = s.range(-60, -10);
  let i = 0;
  while (x < W + 40 && i < count * 2) {
    const w = s.range(80, 150);
    const h = s.range(minH, maxH);
    const wall = s.pick(colors);
    const roof = s.pick(roofColors);
    const overhang = 10;
    const peak = s.range(32, 52);
    out.push(
      `<rect x="${n(x)}" y="${n(base - h)}" width="${n(w)}" height="${n(h + 40)}" fill="${wall}"/>`,
      `<path d="M${n(x - overhang)},${n(base - h)} L${n(x + w / 2)},${n(base - h - peak)} L${n(x + w + overhang)},${n(base - h)} Z" fill="${roof}"/>`,
    );
    const windows = Math.max(1, Math.floor(w / 48));
    for (let k = 0; k < windows; k += 1) {
      const wx = x + 16 + k * ((w - 32) / windows);
      out.push(
        `<rect x="${n(wx)}" y="${n(base - h + 20)}" width="18" height="22" rx="2" fill="${shade(wall, 0.35)}" opacity="0.55"/>`,
      );
    }
    x += w + s.range(-10, 18);
    i += 1;
  }
  return out.join('');
}

export function palm(
  s: Scene,
  {
    x,
    base,
    height = 260,
    lean = 12,
    color = C.leaf,
    trunk = C.woodDark,
  }: { x: number; base: number; height?: number; lean?: number; color?: string; trunk?: string },
) {
  const topX = x + lean * 3;
  const topY = base - height;
  const out = [
    `<path d="M${n(x - 7)},${n(base)} Q${n(x + lean)},${n(base - height / 2)} ${n(topX - 4)},${n(topY)} L${n(topX + 4)},${n(topY)} Q${n(x + lean + 10)},${n(base - height / 2)} ${n(x + 7)},${n(base)} Z" fill="${trunk}"/>`,
  ];
  const fronds = 7;
  for (let i = 0; i < fronds; i += 1) {
    const angle = -170 + (i * 160) / (fronds - 1) + s.range(-8, 8);
    const len = s.range(90, 130);
    // Fronds on the left are mirrored so both sides droop towards the ground.
    const bend = angle < -90 ? -24 : 24;
    out.push(
      g(
        `<path d="M0,0 Q${n(len * 0.5)},${n(-bend)} ${n(len)},${n(bend)} Q${n(len * 0.5)},${n(bend / 10)} 0,0 Z" fill="${i % 2 ? color : shade(color, 0.15)}"/>`,
        { x: topX, y: topY, r: angle },
      ),
    );
  }
  return out.join('');
}

export function bunting({
  y,
  sag = 30,
  colors,
  from = -20,
  to = W + 20,
}: {
  y: number;
  sag?: number;
  colors: string[];
  from?: number;
  to?: number;
}) {
  const out = [
    `<path d="M${from},${y} Q${W / 2},${y + sag * 2} ${to},${y}" fill="none" stroke="${C.clove}" stroke-width="3" opacity="0.6"/>`,
  ];
  const count = 16;
  for (let i = 0; i <= count; i += 1) {
    const t = i / count;
    const x = from + (to - from) * t;
    // Point on the quadratic curve so the flags hang from the string.
    const yy = (1 - t) * (1 - t) * y + 2 * (1 - t) * t * (y + sag * 2) + t * t * y;
    out.push(
      `<path d="M${n(x - 20)},${n(yy)} L${n(x + 20)},${n(yy)} L${n(x)},${n(yy + 40)} Z" fill="${colors[i % colors.length]}"/>`,
    );
  }
  return out.join('');
}

export function vignette(s: Scene, strength = 0.2) {
  const fill = s.radial(
    [
      [C.ink, 0, 0.55],
      [C.ink, strength, 1],
    ],
    { r: 0.75 },
  );
  return `<rect width="${W}" height="${H}" fill="${fill}"/>`;
}
