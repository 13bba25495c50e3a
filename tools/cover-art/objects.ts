import { C, shade, tint } from './palettes.ts';
import { cycle, g, n, type Scene } from './svg.ts';

// Objects are drawn around their own origin (usually bottom-centre) so motifs can place, scale
// and mirror them with a single transform.

export const shadow = (cx: number, cy: number, rx: number, ry: number, opacity = 0.14) =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${C.ink}" opacity="${n(opacity)}"/>`;

const leafPath = (len: number, width: number) =>
  `M0,0 C${n(len * 0.28)},${n(-width)} ${n(len * 0.72)},${n(-width)} ${n(len)},0 C${n(len * 0.72)},${n(width)} ${n(len * 0.28)},${n(width)} 0,0 Z`;

export function leaf(len: number, width: number, color: string, { vein = true } = {}) {
  const veinLine = vein
    ? `<path d="M${n(len * 0.06)},0 L${n(len * 0.86)},0" stroke="${tint(color, 0.35)}" stroke-width="${n(Math.max(1.5, width * 0.12))}" stroke-linecap="round" opacity="0.7"/>`
    : '';
  return `<path d="${leafPath(len, width)}" fill="${color}"/>${veinLine}`;
}

export function pot(s: Scene, { color = C.sea, lid = false, broth = C.broth } = {}) {
  const body = s.linear([tint(color, 0.2), color, shade(color, 0.3)], { x2: 1, y2: 0 });
  const dark = shade(color, 0.35);
  const top = lid
    ? `<path d="M-128,-44 Q-118,-112 0,-114 Q118,-112 128,-44 Z" fill="${s.linear([tint(color, 0.25), shade(color, 0.1)], { x2: 1, y2: 0 })}"/><rect x="-132" y="-52" width="264" height="14" rx="7" fill="${shade(color, 0.15)}"/><rect x="-16" y="-134" width="32" height="24" rx="10" fill="${C.clove}"/>`
    : `<ellipse cy="-44" rx="128" ry="20" fill="${tint(color, 0.15)}"/><ellipse cy="-42" rx="114" ry="13" fill="${shade(color, 0.5)}"/><ellipse cy="-40" rx="108" ry="10" fill="${broth}"/>`;
  return g(
    [
      `<rect x="-164" y="-36" width="50" height="18" rx="9" fill="${dark}"/>`,
      `<rect x="114" y="-36" width="50" height="18" rx="9" fill="${dark}"/>`,
      `<path d="M-120,-44 H120 V34 Q120,92 62,92 H-62 Q-120,92 -120,34 Z" fill="${body}"/>`,
      `<path d="M-120,6 H120" stroke="${dark}" stroke-width="5" opacity="0.45"/>`,
      `<path d="M-90,-16 V50" stroke="#fff" stroke-opacity="0.22" stroke-width="14" stroke-linecap="round"/>`,
      top,
    ],
    { y: -92 },
  );
}

export function steam(
  s: Scene,
  { count = 3, height = 200, spread = 60, color = '#ffffff', opacity = 0.6, width = 13 } = {},
) {
  const fade = s.linear(
    [
      [color, opacity],
      [color, 0],
    ],
    { x1: 0, y1: 0, x2: 0, y2: -height, user: true },
  );
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const x = (i - (count - 1) / 2) * spread + s.range(-6, 6);
    const a = s.range(14, 24) * (i % 2 ? -1 : 1);
    const h = height * s.range(0.8, 1);
    out.push(
      `<path d="M${n(x)},0 c${n(-a)},${n(-h * 0.17)} ${n(a)},${n(-h * 0.33)} 0,${n(-h * 0.5)} s${n(-a)},${n(-h * 0.33)} 0,${n(-h * 0.5)}" fill="none" stroke="${fade}" stroke-width="${width}" stroke-linecap="round"/>`,
    );
  }
  return out.join('');
}

export function bowl(s: Scene, { color = C.teal, fill = C.broth, band = C.sand } = {}) {
  const body = s.linear([tint(color, 0.2), color, shade(color, 0.25)], { x2: 1, y2: 0 });
  return g(
    [
      `<ellipse cy="0" rx="104" ry="24" fill="${shade(color, 0.3)}"/>`,
      `<ellipse cy="2" rx="94" ry="18" fill="${fill}"/>`,
      `<rect x="-30" y="88" width="60" height="18" rx="6" fill="${shade(color, 0.3)}"/>`,
      `<path d="M-104,0 A104,24 0 0 0 104,0 C100,66 52,96 0,96 C-52,96 -100,66 -104,0 Z" fill="${body}"/>`,
      `<path d="M-96,34 Q0,66 96,34" fill="none" stroke="${band}" stroke-width="7" opacity="0.75"/>`,
    ],
    { y: -106 },
  );
}

// A halved nutmeg fruit with its red mace is the spice symbol of Banda and Maluku; it anchors the
// food and spice covers to the region more than any generic pepper or chilli would.
export function nutmegHalf({ r = 44 } = {}) {
  const lace = [
    'M-10,-19 C-16,-8 -6,0 -12,10 S-8,18 -6,20',
    'M0,-21 C-6,-10 6,-2 0,8 S2,18 0,21',
    'M10,-19 C16,-8 6,0 12,10 S8,18 6,20',
    'M-12,-6 C-4,-10 4,-2 12,-6',
    'M-13,8 C-4,4 4,12 13,8',
  ]
    .map(
      (d) =>
        `<path d="${d}" fill="none" stroke="${C.mace}" stroke-width="3.4" stroke-linecap="round"/>`,
    )
    .join('');
  return g(
    [
      `<circle r="44" fill="#c9ad5f"/>`,
      `<circle r="39" fill="${C.fruit}"/>`,
      `<circle r="30" fill="#f6ead0" opacity="0.6"/>`,
      `<ellipse rx="17" ry="22" fill="#6b3f26"/>`,
      lace,
      `<ellipse cx="-6" cy="-10" rx="4" ry="6" fill="#fff" opacity="0.2"/>`,
    ],
    { s: r / 44 },
  );
}

export function nutmegSeed(s: Scene, { r = 20 } = {}) {
  const fill = s.radial([tint(C.clove, 0.35), C.clove, shade(C.clove, 0.2)], {
    cx: 0.35,
    cy: 0.3,
    r: 0.8,
  });
  return g(
    [
      `<ellipse rx="22" ry="18" fill="${fill}"/>`,
      `<path d="M-14,-4 C-6,2 4,-8 14,0 M-10,8 C-2,4 6,10 12,6" fill="none" stroke="${tint(C.clove, 0.35)}" stroke-width="2.2" stroke-linecap="round"/>`,
    ],
    { s: r / 20, r: s.range(-40, 40) },
  );
}

export function clove(s: Scene, { size = 1 } = {}) {
  return g(
    [
      `<path d="M-4.5,-2 L4.5,-2 L2,50 Q0,54 -2,50 Z" fill="#6e4631"/>`,
      `<path d="M-12,-8 Q-6,2 0,2 Q6,2 12,-8 L6,4 L-6,4 Z" fill="${C.clove}"/>`,
      `<circle cy="-9" r="7.5" fill="#7e5139"/>`,
      `<circle cx="-2" cy="-11" r="2.5" fill="#fff" opacity="0.2"/>`,
    ],
    { s: size, r: s.range(0, 360) },
  );
}

export function cinnamon(s: Scene, { len = 120 } = {}) {
  return g(
    [
      `<rect x="${n(-len / 2)}" y="-9" width="${n(len)}" height="18" rx="9" fill="#9a5a33"/>`,
      `<path d="M${n(-len / 2 + 8)},-2 H${n(len / 2 - 8)}" stroke="#c07c4b" stroke-width="3" stroke-linecap="round"/>`,
      `<circle cx="${n(len / 2 - 6)}" r="8" fill="#c07c4b"/><circle cx="${n(len / 2 - 6)}" r="4" fill="#7a4424"/>`,
    ],
    { r: s.range(-30, 30) },
  );
}

export function spiceScatter(
  s: Scene,
  { count = 9, spreadX = 160, spreadY = 40, halves = 1 } = {},
) {
  // Every item gets its own slot along the row: cloves lying across round seeds read as insects.
  const kinds = s.shuffle([
    ...Array.from({ length: halves }, () => 'half' as const),
    ...Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? ('seed' as const) : ('clove' as const),
    ),
  ]);
  const weight = { half: 2.4, seed: 1.1, clove: 1 };
  const unit = (spreadX * 2) / kinds.reduce((sum, kind) => sum + weight[kind], 0);
  let cursor = -spreadX;
  return kinds
    .map((kind) => {
      const width = weight[kind] * unit;
      const x = cursor + width / 2 + s.range(-0.12, 0.12) * width;
      cursor += width;
      const y = s.range(-spreadY, spreadY);
      if (kind === 'half') return g(nutmegHalf({ r: s.range(36, 44) }), { x, y });
      if (kind === 'seed') return g(nutmegSeed(s, { r: s.range(15, 20) }), { x, y });
      return g(clove(s, { size: s.range(0.65, 0.85) }), { x, y });
    })
    .join('');
}

export function leafyGreen(s: Scene, { size = 1 } = {}) {
  const colors = [C.leaf, C.leafMid, C.leafLight] as const;
  const out = [];
  const count = s.int(6, 8);
  for (let i = 0; i < count; i += 1) {
    const t = i / (count - 1);
    const angle = -160 + t * 140 + s.range(-8, 8);
    const len = s.range(62, 92) * (1 - Math.abs(t - 0.5) * 0.5);
    out.push(g(leaf(len, len * 0.34, cycle(colors, i)), { r: angle }));
  }
  out.push(g(leaf(70, 26, colors[2]), { r: -90 }));
  return g(out, { s: size });
}

export function sprout(
  s: Scene,
  { height = 180, color = C.leaf, light = C.leafLight, pairs = 1 } = {},
) {
  const bend = s.range(-18, 18);
  const out = [
    `<path d="M0,0 Q${n(bend)},${n(-height / 2)} 0,${n(-height)}" fill="none" stroke="${color}" stroke-width="8" stroke-linecap="round"/>`,
    g(leaf(92, 34, light), { y: -height, r: -28 }),
    g(leaf(92, 34, color), { y: -height, r: -152 }),
  ];
  for (let i = 0; i < pairs - 1; i += 1) {
    const y = -height * (0.45 + i * 0.2);
    out.push(
      g(leaf(64, 24, color), { x: bend * 0.4, y, r: -20 }),
      g(leaf(64, 24, light), { x: bend * 0.4, y: y + 20, r: -160 }),
    );
  }
  return out.join('');
}

// Skipjack (cakalang): dark blue back, silver belly with the dark stripes that identify it.
export function fish(s: Scene, { smoked = false, stripes = true } = {}) {
  const colors = smoked
    ? ([C.clove, '#8a4f2a', '#c98a46', '#e4b36e'] as const)
    : ([C.deep, C.sea, '#a9c3cc', '#eef3f2'] as const);
  const body = s.linear([colors[0], [colors[1], 1, 0.35], [colors[2], 1, 0.58], colors[3]]);
  const fin = smoked ? shade(C.clove, 0.1) : C.deep;
  const stripeColor = smoked ? C.clove : '#3c5868';
  const finlets = [];
  for (let i = 0; i < 5; i += 1) {
    const x = 62 + i * 13;
    finlets.push(`M${x},${-34 + i * 5} l6,-9 l4,9 Z`, `M${x},${34 - i * 5} l6,9 l4,-9 Z`);
  }
  const stripeLines = stripes
    ? [10, 20, 30, 40]
        .map(
          (y, i) =>
            `<path d="M${-96 + i * 10},${y - 6} Q0,${y + 4} ${110 - i * 12},${n(y * 0.35)}" fill="none" stroke="${stripeColor}" stroke-width="4" stroke-linecap="round" opacity="${smoked ? 0.28 : 0.55}"/>`,
        )
        .join('')
    : '';
  return [
    `<path d="M122,-5 L178,-58 Q162,0 178,58 L122,5 Z" fill="${fin}"/>`,
    `<path d="M-44,-48 L-8,-90 L24,-48 Z" fill="${fin}"/>`,
    `<path d="M-10,50 L14,78 L30,46 Z" fill="${fin}"/>`,
    `<path d="${finlets.join(' ')}" fill="${fin}"/>`,
    `<path d="M-164,4 C-134,-42 -64,-58 8,-53 C70,-47 110,-24 130,-7 L130,7 C110,24 70,47 8,53 C-64,58 -134,44 -164,4 Z" fill="${body}"/>`,
    stripeLines,
    `<path d="M-104,-30 Q-88,0 -104,30" fill="none" stroke="${shade(colors[1], 0.2)}" stroke-width="4" opacity="0.5" stroke-linecap="round"/>`,
    `<path d="M-80,2 L-34,-6 L-62,20 Z" fill="${fin}" opacity="0.85"/>`,
    `<circle cx="-128" cy="-8" r="10" fill="${smoked ? '#f3d9a6' : '#f4f1ea'}"/><circle cx="-128" cy="-8" r="5.5" fill="${C.ink}"/>`,
    smoked
      ? `<path d="M-120,-34 C-60,-46 20,-44 90,-22" fill="none" stroke="#f6c77d" stroke-width="6" stroke-linecap="round" opacity="0.45"/>`
      : `<path d="M-120,-34 C-60,-46 20,-44 90,-22" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.2"/>`,
  ].join('');
}

export function wrench(s: Scene, { color = C.steel } = {}) {
  const fill = s.linear([tint(color, 0.35), color, shade(color, 0.25)]);
  return [
    `<path d="M-150,-15 H150 V15 H-150 Z" fill="${fill}"/>`,
    `<path d="M183.6,-13 A36,36 0 1 0 183.6,13 L152,13 L152,-13 Z" fill="${fill}"/>`,
    `<path d="M-186,0 a34,34 0 1,0 68,0 a34,34 0 1,0 -68,0 Z M-168,0 l8,-14 h16 l8,14 l-8,14 h-16 Z" fill="${fill}" fill-rule="evenodd"/>`,
    `<path d="M-100,-4 H100" stroke="${shade(color, 0.3)}" stroke-width="6" stroke-linecap="round" opacity="0.5"/>`,
  ].join('');
}

export function gear(s: Scene, { teeth = 10, r = 120, color = C.nutmeg, hole = 0.32 } = {}) {
  const outer = r;
  const inner = r * 0.8;
  const pts: [radius: number, angle: number][] = [];
  const step = (Math.PI * 2) / teeth;
  for (let i = 0; i < teeth; i += 1) {
    const a = i * step;
    pts.push(
      [inner, a - step * 0.32],
      [outer, a - step * 0.2],
      [outer, a + step * 0.2],
      [inner, a + step * 0.32],
    );
  }
  const d = pts
    .map(([rad, a], i) => `${i ? 'L' : 'M'}${n(Math.cos(a) * rad)},${n(Math.sin(a) * rad)}`)
    .join(' ');
  const h = r * hole;
  const fill = s.linear([tint(color, 0.25), color, shade(color, 0.2)]);
  return [
    `<path d="${d} Z M${n(-h)},0 a${n(h)},${n(h)} 0 1,0 ${n(h * 2)},0 a${n(h)},${n(h)} 0 1,0 ${n(-h * 2)},0 Z" fill="${fill}" fill-rule="evenodd"/>`,
    `<circle r="${n(r * 0.6)}" fill="none" stroke="${shade(color, 0.25)}" stroke-width="${n(r * 0.05)}" opacity="0.45"/>`,
  ].join('');
}

export function wheel({
  r = 120,
  tire = '#23323a',
  rim = C.steel,
  spokes = 5,
  hub = C.nutmeg,
} = {}) {
  const out = [
    `<circle r="${n(r)}" fill="${tire}"/>`,
    `<circle r="${n(r * 0.8)}" fill="${shade(tire, 0.1)}"/>`,
    `<circle r="${n(r * 0.74)}" fill="none" stroke="${rim}" stroke-width="${n(r * 0.07)}"/>`,
  ];
  for (let i = 0; i < spokes; i += 1) {
    const a = (i / spokes) * Math.PI * 2 - Math.PI / 2;
    out.push(
      `<path d="M0,0 L${n(Math.cos(a) * r * 0.72)},${n(Math.sin(a) * r * 0.72)}" stroke="${rim}" stroke-width="${n(r * 0.08)}" stroke-linecap="round"/>`,
    );
  }
  for (let i = 0; i < 24; i += 1) {
    const a = (i / 24) * Math.PI * 2;
    out.push(
      `<path d="M${n(Math.cos(a) * r * 0.86)},${n(Math.sin(a) * r * 0.86)} L${n(Math.cos(a + 0.08) * r * 0.97)},${n(Math.sin(a + 0.08) * r * 0.97)}" stroke="${tint(tire, 0.18)}" stroke-width="${n(r * 0.05)}" stroke-linecap="round"/>`,
    );
  }
  out.push(
    `<circle r="${n(r * 0.34)}" fill="none" stroke="${tint(rim, 0.2)}" stroke-width="${n(r * 0.05)}"/>`,
    `<circle r="${n(r * 0.16)}" fill="${hub}"/>`,
    `<circle r="${n(r * 0.06)}" fill="${shade(hub, 0.4)}"/>`,
  );
  return out.join('');
}

// A generic underbone motorbike, the everyday vehicle of Ambon's small workshops.
export function motorbike(s: Scene, { color = C.spice, seat = '#2a2f33' } = {}) {
  const body = s.linear([tint(color, 0.2), color, shade(color, 0.2)]);
  return [
    `<path d="M-150,-92 L-40,-44 L10,-44" fill="none" stroke="${C.steelDark}" stroke-width="10" stroke-linecap="round"/>`,
    g(wheel({ r: 62, spokes: 5, hub: C.steel, rim: C.steel }), { x: -150, y: -62 }),
    g(wheel({ r: 62, spokes: 5, hub: C.steel, rim: C.steel }), { x: 160, y: -62 }),
    `<path d="M160,-62 L112,-198" stroke="${C.steelDark}" stroke-width="12" stroke-linecap="round"/>`,
    `<path d="M-60,-60 Q-50,-100 -10,-100 L40,-100 Q60,-100 62,-80 L58,-52 Q20,-40 -40,-46 Z" fill="${shade(C.steelDark, 0.2)}"/>`,
    `<path d="M-216,-112 Q-200,-150 -150,-148 L-40,-142 Q-10,-140 0,-118 L10,-96 L-120,-92 Q-190,-88 -216,-112 Z" fill="${body}"/>`,
    `<path d="M-190,-152 Q-120,-176 -40,-162 Q-30,-150 -40,-142 L-190,-140 Z" fill="${seat}"/>`,
    `<path d="M40,-96 Q70,-150 96,-190 L132,-186 Q108,-120 84,-70 Q60,-60 40,-96 Z" fill="${body}"/>`,
    `<path d="M86,-212 L150,-222" stroke="#2a2f33" stroke-width="11" stroke-linecap="round"/>`,
    `<ellipse cx="134" cy="-194" rx="14" ry="18" fill="#f6e7c1"/>`,
    `<path d="M-230,-118 L-208,-118" stroke="${C.nutmeg}" stroke-width="10" stroke-linecap="round"/>`,
    `<path d="M-100,-40 L-20,-32" stroke="${C.steel}" stroke-width="12" stroke-linecap="round"/>`,
  ].join('');
}

export function house({
  w = 160,
  h = 120,
  wall = C.sand,
  roof = C.spice,
  door = C.clove,
  stilts = false,
} = {}) {
  const lift = stilts ? 34 : 0;
  const peak = w * 0.38;
  const out = [];
  if (stilts) {
    for (const x of [-w / 2 + 12, -6, w / 2 - 24]) {
      out.push(
        `<rect x="${n(x)}" y="${n(-lift)}" width="12" height="${lift}" fill="${C.woodDark}"/>`,
      );
    }
  }
  out.push(
    `<rect x="${n(-w / 2)}" y="${n(-h - lift)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>`,
    `<rect x="${n(-w / 2)}" y="${n(-h - lift)}" width="${n(w * 0.16)}" height="${n(h)}" fill="${shade(wall, 0.08)}"/>`,
    `<path d="M${n(-w / 2 - 16)},${n(-h - lift + 4)} L0,${n(-h - lift - peak)} L${n(w / 2 + 16)},${n(-h - lift + 4)} Z" fill="${roof}"/>`,
    `<path d="M${n(-w / 2 - 16)},${n(-h - lift + 4)} L${n(w / 2 + 16)},${n(-h - lift + 4)}" stroke="${shade(roof, 0.25)}" stroke-width="6"/>`,
    `<rect x="${n(-w * 0.12)}" y="${n(-h * 0.58 - lift)}" width="${n(w * 0.24)}" height="${n(h * 0.58)}" rx="3" fill="${door}"/>`,
    `<rect x="${n(-w * 0.4)}" y="${n(-h * 0.72 - lift)}" width="${n(w * 0.18)}" height="${n(h * 0.26)}" rx="3" fill="${shade(wall, 0.45)}" opacity="0.7"/>`,
    `<rect x="${n(w * 0.22)}" y="${n(-h * 0.72 - lift)}" width="${n(w * 0.18)}" height="${n(h * 0.26)}" rx="3" fill="${shade(wall, 0.45)}" opacity="0.7"/>`,
  );
  return out.join('');
}

export function bubble({
  w = 300,
  h = 180,
  color = C.paper,
  tail = 'left',
  content = 'dots',
  ink = C.teal,
} = {}) {
  const r = Math.min(48, h / 2.4);
  const x = -w / 2;
  const y = -h / 2;
  const tx = tail === 'left' ? x + w * 0.25 : x + w * 0.75;
  const dir = tail === 'left' ? -1 : 1;
  const out = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" fill="${color}"/>`,
    `<path d="M${n(tx - 26)},${n(y + h - 2)} L${n(tx + dir * 34)},${n(y + h + 56)} L${n(tx + 30)},${n(y + h - 2)} Z" fill="${color}"/>`,
  ];
  if (content === 'dots') {
    for (let i = -1; i <= 1; i += 1) {
      out.push(`<circle cx="${n(i * w * 0.2)}" cy="0" r="${n(h * 0.09)}" fill="${ink}"/>`);
    }
  } else if (content === 'lines') {
    const lines = [0.7, 0.5];
    lines.forEach((len, i) => {
      const ly = (i - 0.5) * h * 0.26;
      out.push(
        `<path d="M${n(-w * 0.32)},${n(ly)} h${n(w * 0.64 * len)}" stroke="${ink}" stroke-width="${n(h * 0.09)}" stroke-linecap="round" opacity="${i ? 0.55 : 0.9}"/>`,
      );
    });
  } else if (content === 'heart') {
    out.push(
      g(
        `<path d="M0,18 C-30,-4 -30,-26 -15,-30 C-6,-32 0,-24 0,-18 C0,-24 6,-32 15,-30 C30,-26 30,-4 0,18 Z" fill="${ink}"/>`,
        { s: h / 110, y: h * 0.05 },
      ),
    );
  }
  return out.join('');
}

export function awning({ w = 400, depth = 70, c1 = C.spice, c2 = C.paper, stripes = 8 } = {}) {
  const sw = w / stripes;
  const out = [
    `<rect x="${n(-w / 2 - 8)}" y="-16" width="${n(w + 16)}" height="18" rx="6" fill="${shade(c1, 0.3)}"/>`,
  ];
  for (let i = 0; i < stripes; i += 1) {
    const x = -w / 2 + i * sw;
    out.push(
      `<path d="M${n(x)},0 h${n(sw)} v${n(depth)} a${n(sw / 2)},${n(sw / 2)} 0 0 1 ${n(-sw)},0 Z" fill="${i % 2 ? c2 : c1}"/>`,
    );
  }
  out.push(
    `<rect x="${n(-w / 2)}" y="0" width="${n(w)}" height="${n(depth * 0.22)}" fill="${C.ink}" opacity="0.08"/>`,
  );
  return out.join('');
}

export function openBook(
  s: Scene,
  { cover = C.sea, page = C.paper, content = 'lines', width = 260 } = {},
) {
  const k = width / 260;
  const pageFill = s.linear([shade(page, 0.12), page, page], { x1: 1, y1: 0, x2: 0, y2: 0 });
  const pageFillR = s.linear([shade(page, 0.12), page, page], { x1: 0, y1: 0, x2: 1, y2: 0 });
  const lines = [];
  if (content === 'lines') {
    for (let i = 0; i < 7; i += 1) {
      const y = -2 + i * 18;
      const len = i === 6 ? 0.55 : s.range(0.8, 1);
      lines.push(
        `<path d="M-228,${y + 10} Q-130,${y - 8} ${n(-230 + 200 * len)},${y + 14}" fill="none" stroke="${shade(page, 0.3)}" stroke-width="5" stroke-linecap="round" opacity="0.5"/>`,
        `<path d="M30,${y + 14} Q130,${y - 8} ${n(30 + 200 * len)},${y + 10}" fill="none" stroke="${shade(page, 0.3)}" stroke-width="5" stroke-linecap="round" opacity="0.5"/>`,
      );
    }
  } else if (content === 'ledger') {
    for (let i = 0; i < 7; i += 1) {
      const y = 6 + i * 17;
      lines.push(
        `<path d="M-226,${y} L-24,${y + 6}" stroke="${C.teal}" stroke-width="2" opacity="0.45"/>`,
        `<path d="M24,${y + 6} L226,${y}" stroke="${C.teal}" stroke-width="2" opacity="0.45"/>`,
      );
    }
    for (const x of [-170, -80, 90, 170]) {
      lines.push(
        `<path d="M${x},-6 L${x},124" stroke="${C.spice}" stroke-width="2" opacity="0.5"/>`,
      );
    }
    for (let i = 0; i < 6; i += 1) {
      const y = 10 + i * 17;
      lines.push(
        `<path d="M-160,${y} h${n(s.range(30, 70))}" stroke="${C.deep}" stroke-width="5" stroke-linecap="round" opacity="0.55"/>`,
        `<path d="M100,${y + 4} h${n(s.range(24, 60))}" stroke="${C.deep}" stroke-width="5" stroke-linecap="round" opacity="0.55"/>`,
      );
    }
  }
  return g(
    [
      `<path d="M0,-10 C-90,-44 -190,-44 -276,-22 L-276,150 C-190,130 -90,132 0,168 C90,132 190,130 276,150 L276,-22 C190,-44 90,-44 0,-10 Z" fill="${cover}"/>`,
      `<path d="M0,-20 C-80,-52 -180,-52 -260,-32 L-260,136 C-180,118 -80,120 0,152 Z" fill="${pageFill}"/>`,
      `<path d="M0,-20 C80,-52 180,-52 260,-32 L260,136 C180,118 80,120 0,152 Z" fill="${pageFillR}"/>`,
      `<path d="M0,-20 L0,152" stroke="${shade(page, 0.22)}" stroke-width="3"/>`,
      lines.join(''),
    ],
    { s: k, y: -160 * k },
  );
}

export function calculator({ color = C.deep, screen = '#9fd3c7', keys = C.sand } = {}) {
  const out = [
    `<rect x="-80" y="-115" width="160" height="230" rx="18" fill="${color}"/>`,
    `<rect x="-80" y="-115" width="160" height="230" rx="18" fill="#fff" opacity="0.06"/>`,
    `<rect x="-60" y="-95" width="120" height="46" rx="8" fill="${screen}"/>`,
  ];
  for (let r = 0; r < 4; r += 1) {
    for (let c = 0; c < 4; c += 1) {
      const accent = c === 3;
      out.push(
        `<rect x="${-60 + c * 31}" y="${-34 + r * 34}" width="24" height="24" rx="6" fill="${accent ? C.nutmeg : keys}" opacity="${accent ? 1 : 0.9}"/>`,
      );
    }
  }
  return out.join('');
}

export function coins(s: Scene, { count = 4, color = '#e3b04b' } = {}) {
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const y = -i * 12;
    out.push(
      `<ellipse cx="${n(s.range(-3, 3))}" cy="${y}" rx="40" ry="13" fill="${shade(color, 0.2)}"/>`,
      `<ellipse cx="0" cy="${y - 4}" rx="40" ry="13" fill="${color}"/>`,
    );
  }
  out.push(
    `<ellipse cx="0" cy="${-count * 12 + 8 - 4}" rx="26" ry="7" fill="none" stroke="${shade(color, 0.2)}" stroke-width="3"/>`,
  );
  return out.join('');
}

export function documentSheet(s: Scene, { seal = C.spice, lines = C.deep, paper = C.paper } = {}) {
  const out = [
    `<rect x="-116" y="-150" width="232" height="300" rx="8" fill="${shade(paper, 0.12)}" transform="translate(6 8)"/>`,
    `<rect x="-116" y="-150" width="232" height="300" rx="8" fill="${paper}"/>`,
    `<rect x="-80" y="-118" width="160" height="12" rx="6" fill="${lines}" opacity="0.75"/>`,
  ];
  for (let i = 0; i < 7; i += 1) {
    const len = i === 6 ? 90 : s.range(130, 168);
    out.push(
      `<rect x="-84" y="${-84 + i * 24}" width="${n(len)}" height="7" rx="3.5" fill="${lines}" opacity="0.3"/>`,
    );
  }
  out.push(
    `<circle cx="56" cy="104" r="24" fill="none" stroke="${seal}" stroke-width="5" opacity="0.85"/>`,
    `<circle cx="56" cy="104" r="13" fill="${seal}" opacity="0.6"/>`,
    `<path d="M-86,110 c14,-22 22,-22 18,0 s16,-18 24,-6 s10,6 22,-4" fill="none" stroke="${C.sea}" stroke-width="4" stroke-linecap="round"/>`,
  );
  return out.join('');
}

export function pen({ color = C.deep, trim = '#e0b15a' } = {}) {
  return [
    `<path d="M-150,-13 H110 L150,0 L110,13 H-150 Q-164,13 -164,0 Q-164,-13 -150,-13 Z" fill="${color}"/>`,
    `<path d="M110,-13 L150,0 L110,13 Z" fill="${trim}"/>`,
    `<path d="M132,-4 L150,0 L132,4 Z" fill="${C.ink}"/>`,
    `<rect x="40" y="-13" width="10" height="26" fill="${trim}"/>`,
    `<path d="M-120,-19 H-40 Q-34,-19 -34,-13 H-126 Q-126,-19 -120,-19 Z" fill="${trim}"/>`,
    `<path d="M-150,-6 H90" stroke="#fff" stroke-width="4" stroke-linecap="round" opacity="0.2"/>`,
  ].join('');
}

// A generic civic building (portico, wings, stairs): it stands for "the city government"
// without copying any specific real building.
export function cityHall({ wall = C.paper, roof = C.sea, accent = C.teal } = {}) {
  const out = [
    `<rect x="-400" y="-24" width="800" height="24" fill="${shade(wall, 0.12)}"/>`,
    `<rect x="-360" y="-210" width="720" height="186" fill="${wall}"/>`,
    `<path d="M-384,-210 L-340,-262 L340,-262 L384,-210 Z" fill="${roof}"/>`,
  ];
  for (const side of [-1, 1]) {
    for (let i = 0; i < 3; i += 1) {
      for (let r = 0; r < 2; r += 1) {
        const x = side * (150 + i * 70) - 22;
        out.push(
          `<rect x="${x}" y="${-182 + r * 78}" width="44" height="54" rx="4" fill="${accent}" opacity="0.75"/>`,
        );
      }
    }
  }
  out.push(
    `<rect x="-130" y="-250" width="260" height="226" fill="${tint(wall, 0.3)}"/>`,
    `<path d="M-160,-250 L0,-340 L160,-250 Z" fill="${roof}"/>`,
    `<path d="M-110,-262 L0,-322 L110,-262 Z" fill="${tint(roof, 0.2)}"/>`,
    `<circle cx="0" cy="-284" r="14" fill="${C.nutmeg}"/>`,
    `<rect x="-150" y="-252" width="300" height="14" fill="${shade(wall, 0.15)}"/>`,
  );
  for (let i = 0; i < 6; i += 1) {
    out.push(
      `<rect x="${-118 + i * 46}" y="-236" width="18" height="200" fill="${shade(wall, 0.06)}"/>`,
    );
  }
  out.push(
    `<rect x="-34" y="-150" width="68" height="126" rx="4" fill="${shade(roof, 0.2)}"/>`,
    `<rect x="-180" y="-36" width="360" height="12" fill="${shade(wall, 0.18)}"/>`,
    `<rect x="-200" y="-24" width="400" height="12" fill="${shade(wall, 0.24)}"/>`,
    `<rect x="-220" y="-12" width="440" height="12" fill="${shade(wall, 0.3)}"/>`,
    `<path d="M0,-340 V-410" stroke="${C.steelDark}" stroke-width="5"/>`,
    `<rect x="2" y="-410" width="44" height="14" fill="#d23b33"/><rect x="2" y="-396" width="44" height="14" fill="#ffffff"/>`,
  );
  return out.join('');
}

export function chairTop({ color = C.teal } = {}) {
  return [
    `<rect x="-38" y="-32" width="76" height="72" rx="14" fill="${C.ink}" opacity="0.12" transform="translate(6 8)"/>`,
    `<rect x="-38" y="-32" width="76" height="72" rx="14" fill="${color}"/>`,
    `<rect x="-30" y="-24" width="60" height="56" rx="10" fill="#fff" opacity="0.12"/>`,
    `<rect x="-46" y="-56" width="92" height="22" rx="11" fill="${shade(color, 0.25)}"/>`,
  ].join('');
}

// Hands only, with sleeves, so the covers can suggest people without showing anyone who could be
// recognised (the site's rule for images of warga binaan).
export function cuppedHand({ skin = C.skin, sleeve = C.teal } = {}) {
  const line = shade(skin, 0.28);
  // Fingers are four stacked rounded lobes on the outer edge: that silhouette is what makes the
  // shape read as a cupped hand rather than as a bowl.
  return [
    `<path d="M-100,186 L-4,186 L4,420 L-118,420 Z" fill="${sleeve}"/>`,
    `<rect x="-110" y="174" width="112" height="28" rx="9" fill="${shade(sleeve, 0.2)}"/>`,
    `<path d="M3,184 L-96,184 C-120,164 -142,140 -154,118 Q-184,112 -176,88 Q-196,76 -186,52 Q-204,36 -190,14 Q-202,-8 -178,-14 Q-160,-16 -150,0 C-120,34 -72,50 3,54 Z" fill="${skin}"/>`,
    `<path d="M0,60 V184" stroke="${line}" stroke-width="4" opacity="0.5"/>`,
    `<path d="M-156,116 Q-140,110 -136,96 M-170,86 Q-150,80 -146,66 M-180,50 Q-160,46 -154,32" fill="none" stroke="${line}" stroke-width="5" stroke-linecap="round" opacity="0.6"/>`,
    `<path d="M-150,2 C-120,38 -72,54 -2,58" fill="none" stroke="${tint(skin, 0.3)}" stroke-width="7" stroke-linecap="round" opacity="0.55"/>`,
  ].join('');
}

export function reachingHand({ skin = C.skin, sleeve = C.teal } = {}) {
  const line = shade(skin, 0.25);
  return [
    `<path d="M-760,-46 H-40 V46 H-760 Z" fill="${sleeve}"/>`,
    `<rect x="-56" y="-52" width="34" height="104" rx="10" fill="${shade(sleeve, 0.2)}"/>`,
    `<path d="M-30,-32 C10,-38 60,-40 110,-32 C145,-27 170,-20 170,-8 C170,4 150,8 118,8 L78,10 C96,14 114,18 120,26 C124,34 112,38 98,36 C70,34 48,34 20,32 L-30,32 Z" fill="${skin}"/>`,
    `<path d="M70,-20 L160,-14 M74,-6 L156,-2" fill="none" stroke="${line}" stroke-width="4" stroke-linecap="round" opacity="0.45"/>`,
    `<path d="M80,12 C96,16 110,22 114,28" fill="none" stroke="${line}" stroke-width="3" stroke-linecap="round" opacity="0.45"/>`,
    `<path d="M-20,-28 C30,-34 80,-36 120,-30" fill="none" stroke="${tint(skin, 0.25)}" stroke-width="6" stroke-linecap="round" opacity="0.5"/>`,
  ].join('');
}

export function weavePattern({
  x,
  y,
  w,
  h,
  cell = 48,
  colors = [C.rattan, C.rattanDark],
  accent,
  clip,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  cell?: number;
  colors?: string[];
  /** Colour of the middle strand in every fifth row and seventh column: woven-in bands. */
  accent?: string;
  /** A clip path from `scene.clip`, to weave inside a shape. */
  clip?: string;
}) {
  const out = [];
  const cols = Math.ceil(w / cell) + 1;
  const rows = Math.ceil(h / cell) + 1;
  const bar = cell / 3;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const cx = x + c * cell;
      const cy = y + r * cell;
      const horizontal = (r + c) % 2 === 0;
      const band = accent && (r % 5 === 2 || c % 7 === 3);
      for (let k = 0; k < 3; k += 1) {
        const color = band && k === 1 ? accent : colors[(k + (horizontal ? 0 : 1)) % colors.length];
        const rect = horizontal
          ? `<rect x="${n(cx + 1)}" y="${n(cy + k * bar + 1)}" width="${n(cell - 2)}" height="${n(bar - 2)}" rx="${n(bar / 3)}" fill="${color}"/>`
          : `<rect x="${n(cx + k * bar + 1)}" y="${n(cy + 1)}" width="${n(bar - 2)}" height="${n(cell - 2)}" rx="${n(bar / 3)}" fill="${color}"/>`;
        out.push(rect);
      }
    }
  }
  const body = out.join('');
  return clip ? `<g clip-path="${clip}">${body}</g>` : body;
}

export function scallop(s: Scene, { color = '#f2c9a0', rib = C.spice } = {}) {
  const fill = s.radial([tint(color, 0.3), color, shade(color, 0.12)], {
    cx: 0.5,
    cy: 0.9,
    r: 0.9,
  });
  const ribs = [];
  for (let i = 0; i < 9; i += 1) {
    const a = (-150 + i * 15) * (Math.PI / 180);
    ribs.push(`M0,30 L${n(Math.cos(a) * 88)},${n(30 + Math.sin(a) * 88)}`);
  }
  return [
    `<path d="M0,30 L-86,-4 C-84,-70 -30,-88 0,-88 C30,-88 84,-70 86,-4 Z" fill="${fill}"/>`,
    `<path d="${ribs.join(' ')}" stroke="${rib}" stroke-width="3.5" opacity="0.35" stroke-linecap="round"/>`,
    `<path d="M-26,24 L-34,46 L34,46 L26,24 Z" fill="${shade(color, 0.08)}"/>`,
  ].join('');
}

export function cowrie(s: Scene, { color = '#e9d3ad', spots = C.clove } = {}) {
  const out = [`<ellipse rx="62" ry="40" fill="${color}"/>`];
  for (let i = 0; i < 10; i += 1) {
    out.push(
      `<circle cx="${n(s.range(-44, 44))}" cy="${n(s.range(-26, 8))}" r="${n(s.range(3, 7))}" fill="${spots}" opacity="0.35"/>`,
    );
  }
  out.push(
    `<path d="M-50,16 Q0,30 50,16" fill="none" stroke="${shade(color, 0.35)}" stroke-width="6" stroke-linecap="round"/>`,
    `<ellipse cx="-14" cy="-18" rx="20" ry="8" fill="#fff" opacity="0.35"/>`,
  );
  return out.join('');
}

export function spiralShell({ color = '#f0d2b4', stripe = C.spice } = {}) {
  const pts = [];
  for (let i = 0; i <= 80; i += 1) {
    const a = i * 0.2;
    const r = 4 + i * 0.9;
    pts.push(`${n(Math.cos(a) * r)},${n(Math.sin(a) * r)}`);
  }
  return [
    `<circle r="78" fill="${color}"/>`,
    `<path d="M${pts.join(' L')}" fill="none" stroke="${stripe}" stroke-width="7" stroke-linecap="round" opacity="0.45"/>`,
    `<circle cx="-22" cy="-26" r="16" fill="#fff" opacity="0.2"/>`,
  ].join('');
}

export function needleThread({ thread = C.spice, length = 320, tail = 1 } = {}) {
  const half = length / 2;
  const k = tail;
  return [
    `<path d="M${n(-half + 22)},0 C${n(-half - 80 * k)},${n(90 * k)} ${n(-half - 160 * k)},${n(-60 * k)} ${n(-half - 260 * k)},${n(60 * k)} S${n(-half - 420 * k)},${n(10 * k)} ${n(-half - 520 * k)},${n(90 * k)}" fill="none" stroke="${thread}" stroke-width="7" stroke-linecap="round"/>`,
    `<path d="M${n(-half)},-7 L${n(half - 30)},-3 L${n(half)},0 L${n(half - 30)},3 L${n(-half)},7 Q${n(-half - 10)},0 ${n(-half)},-7 Z" fill="${C.steel}"/>`,
    `<ellipse cx="${n(-half + 22)}" cy="0" rx="14" ry="3" fill="${C.ink}" opacity="0.7"/>`,
    `<path d="M${n(-half + 6)},-3 L${n(half - 40)},-1.5" stroke="#fff" stroke-width="2" opacity="0.6"/>`,
  ].join('');
}

export function boat({ hull = C.spice, trim = C.paper, outrigger = C.woodDark } = {}) {
  return [
    `<path d="M-120,-14 Q-60,-40 0,-40 Q60,-40 120,-14" fill="none" stroke="${outrigger}" stroke-width="6"/>`,
    `<path d="M-160,-4 H160" stroke="${outrigger}" stroke-width="7" stroke-linecap="round"/>`,
    `<path d="M-190,-44 Q-170,8 -90,12 L90,12 Q170,8 190,-44 Q100,-26 0,-26 Q-100,-26 -190,-44 Z" fill="${hull}"/>`,
    `<path d="M-176,-30 Q-100,-16 0,-16 Q100,-16 176,-30" fill="none" stroke="${trim}" stroke-width="6"/>`,
    `<path d="M-10,-26 V-190" stroke="${C.woodDark}" stroke-width="6"/>`,
    `<path d="M-4,-184 Q70,-120 80,-34 L-4,-34 Z" fill="${C.paper}" opacity="0.95"/>`,
  ].join('');
}

export function basket(
  s: Scene,
  {
    w = 200,
    h = 120,
    color = C.rattan,
    accent = C.teal,
    handle = true,
    fill,
  }: {
    w?: number;
    h?: number;
    color?: string;
    accent?: string;
    handle?: boolean;
    /** Drawn before the weave, so only what rises above the rim shows: the catch. */
    fill?: string;
  } = {},
) {
  const topY = -h;
  const body = `M${n(-w / 2)},${n(topY)} L${n(w / 2)},${n(topY)} L${n(w * 0.38)},0 L${n(-w * 0.38)},0 Z`;
  const clip = s.clip(`<path d="${body}"/>`);
  const rows = [];
  const rowH = h / 6;
  for (let r = 0; r < 6; r += 1) {
    const yy = topY + r * rowH;
    const band = r === 2 ? accent : r % 2 ? shade(color, 0.12) : color;
    rows.push(
      `<rect x="${n(-w)}" y="${n(yy)}" width="${n(w * 2)}" height="${n(rowH)}" fill="${band}"/>`,
    );
    for (let c = -10; c <= 10; c += 1) {
      rows.push(
        `<rect x="${n(c * 22 + (r % 2 ? 11 : 0))}" y="${n(yy + 2)}" width="8" height="${n(rowH - 4)}" rx="3" fill="${shade(color, 0.25)}" opacity="0.35"/>`,
      );
    }
  }
  const out = [];
  if (handle) {
    out.push(
      `<path d="M${n(-w * 0.36)},${n(topY)} C${n(-w * 0.36)},${n(topY - h * 0.9)} ${n(w * 0.36)},${n(topY - h * 0.9)} ${n(w * 0.36)},${n(topY)}" fill="none" stroke="${shade(color, 0.2)}" stroke-width="12" stroke-linecap="round"/>`,
    );
  }
  if (fill) out.push(fill);
  out.push(
    `<g clip-path="${clip}">${rows.join('')}</g>`,
    `<rect x="${n(-w / 2 - 6)}" y="${n(topY - 8)}" width="${n(w + 12)}" height="16" rx="8" fill="${shade(color, 0.18)}"/>`,
  );
  return out.join('');
}

export function jar(
  s: Scene,
  {
    w = 110,
    h = 150,
    lid = C.spice,
    contents = '#c98a46',
    label = C.paper,
    icon = 'fish',
    dots = '#8a4f2a',
  } = {},
) {
  const glass = '#e7f1f0';
  const out = [
    `<rect x="${n(-w / 2)}" y="${n(-h)}" width="${n(w)}" height="${n(h)}" rx="18" fill="${glass}" opacity="0.9"/>`,
    `<rect x="${n(-w / 2 + 8)}" y="${n(-h * 0.78)}" width="${n(w - 16)}" height="${n(h * 0.78 - 8)}" rx="12" fill="${contents}"/>`,
  ];
  for (let i = 0; i < 16; i += 1) {
    out.push(
      `<circle cx="${n(s.range(-w / 2 + 14, w / 2 - 14))}" cy="${n(s.range(-h * 0.74, -12))}" r="${n(s.range(2, 4.5))}" fill="${dots}" opacity="0.5"/>`,
    );
  }
  out.push(
    `<rect x="${n(-w / 2 + 4)}" y="${n(-h * 0.58)}" width="${n(w - 8)}" height="${n(h * 0.32)}" rx="6" fill="${label}"/>`,
    `<rect x="${n(-w / 2 - 4)}" y="${n(-h - 22)}" width="${n(w + 8)}" height="28" rx="8" fill="${lid}"/>`,
    `<path d="M${n(-w / 2 + 4)},${n(-h - 12)} H${n(w / 2 - 4)}" stroke="${shade(lid, 0.25)}" stroke-width="3"/>`,
    `<rect x="${n(-w / 2 + 10)}" y="${n(-h + 12)}" width="10" height="${n(h - 30)}" rx="5" fill="#fff" opacity="0.45"/>`,
  );
  const iy = -h * 0.42;
  if (icon === 'fish') {
    out.push(
      g(
        `<path d="M-20,0 C-10,-12 10,-12 16,0 C10,12 -10,12 -20,0 Z M14,0 L26,-9 L26,9 Z" fill="${lid}"/>`,
        { y: iy, s: w / 110 },
      ),
    );
  } else if (icon === 'leaf') {
    out.push(g(leaf(40, 13, C.leaf), { x: -20 * (w / 110), y: iy, s: w / 110 }));
  } else {
    out.push(`<circle cx="0" cy="${n(iy)}" r="${n(w * 0.12)}" fill="${lid}"/>`);
  }
  return out.join('');
}

export function clothTable({
  w = 420,
  h = 150,
  top = C.paper,
  cloth = C.teal,
  trim = C.nutmeg,
} = {}) {
  const out = [
    `<rect x="${n(-w / 2 + 20)}" y="0" width="14" height="${n(h + 20)}" fill="${C.woodDark}"/>`,
    `<rect x="${n(w / 2 - 34)}" y="0" width="14" height="${n(h + 20)}" fill="${C.woodDark}"/>`,
    `<path d="M${n(-w / 2 - 20)},-24 L${n(w / 2 + 20)},-24 L${n(w / 2)},0 L${n(-w / 2)},0 Z" fill="${top}"/>`,
    `<rect x="${n(-w / 2)}" y="0" width="${n(w)}" height="${n(h)}" fill="${cloth}"/>`,
    `<rect x="${n(-w / 2)}" y="0" width="${n(w)}" height="14" fill="${shade(cloth, 0.2)}"/>`,
  ];
  const scallops = 10;
  const sw = w / scallops;
  for (let i = 0; i < scallops; i += 1) {
    out.push(
      `<path d="M${n(-w / 2 + i * sw)},14 a${n(sw / 2)},${n(sw / 2.6)} 0 0 0 ${n(sw)},0 Z" fill="${trim}"/>`,
    );
  }
  return out.join('');
}

export function raisedBed(
  s: Scene,
  { w = 320, h = 70, wood = C.wood, soil = '#6b4a35', plants = 5, kind = 'leafy' } = {},
) {
  const out = [`<ellipse cx="0" cy="${n(-h)}" rx="${n(w / 2 - 6)}" ry="14" fill="${soil}"/>`];
  for (let i = 0; i < plants; i += 1) {
    const x = -w / 2 + (w / plants) * (i + 0.5) + s.range(-6, 6);
    if (kind === 'leafy') {
      out.push(g(leafyGreen(s, { size: s.range(0.55, 0.75) }), { x, y: -h - 4 }));
    } else if (kind === 'chili') {
      out.push(g(sprout(s, { height: s.range(60, 90), pairs: 2 }), { x, y: -h, s: 0.7 }));
      out.push(
        `<path d="M${n(x + 10)},${n(-h - 40)} q10,14 4,30" stroke="${C.spice}" stroke-width="7" stroke-linecap="round" fill="none"/>`,
      );
    } else {
      out.push(g(sprout(s, { height: s.range(50, 80) }), { x, y: -h, s: 0.6 }));
    }
  }
  out.push(
    `<rect x="${n(-w / 2)}" y="${n(-h)}" width="${n(w)}" height="${n(h)}" rx="6" fill="${wood}"/>`,
    `<rect x="${n(-w / 2)}" y="${n(-h / 2 - 2)}" width="${n(w)}" height="4" fill="${shade(wood, 0.25)}" opacity="0.6"/>`,
    `<rect x="${n(-w / 2)}" y="${n(-h)}" width="${n(w)}" height="8" rx="4" fill="${tint(wood, 0.2)}"/>`,
  );
  return out.join('');
}
