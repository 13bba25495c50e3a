import { C, mix, shade, tint } from './palettes.ts';
import { H, W, g, n, type Scene } from './svg.ts';
import {
  backdrop,
  bunting,
  island,
  palm,
  roofline,
  seascape,
  sun,
  surface,
  waves,
} from './scenery.ts';
import {
  awning,
  basket,
  boat,
  bowl,
  bubble,
  calculator,
  chairTop,
  cinnamon,
  cityHall,
  clothTable,
  coins,
  cowrie,
  cuppedHand,
  documentSheet,
  fish,
  gear,
  house,
  jar,
  leaf,
  leafyGreen,
  motorbike,
  needleThread,
  nutmegHalf,
  openBook,
  pen,
  pot,
  raisedBed,
  reachingHand,
  scallop,
  shadow,
  spiceScatter,
  spiralShell,
  sprout,
  steam,
  weavePattern,
  wheel,
  wrench,
} from './objects.ts';

// Each motif returns the complete picture (background included) for the 1200×800 canvas. `s`
// carries the palette and the seeded random source; `o` holds per-cover composition options.

export function mouSigning(s: Scene) {
  const { p } = s;
  const hallX = 600 + s.range(-90, 90);
  return [
    backdrop(s),
    g(
      cityHall({
        wall: tint(p.soft, 0.55),
        roof: mix(C.sea, p.bg[0], 0.35),
        accent: mix(C.teal, p.bg[0], 0.4),
      }),
      {
        x: hallX,
        y: 500,
        s: 0.95,
      },
    ),
    `<rect y="488" width="${W}" height="40" fill="${tint(p.groundShade, 0.3)}" opacity="0.6"/>`,
    surface(s, { y: 520, color: C.wood, edge: C.woodDark }),
    shadow(600, 660, 300, 40, 0.18),
    g(documentSheet(s, { seal: C.spice }), {
      x: 480 + s.range(-20, 20),
      y: 640,
      r: s.range(-12, -5),
      s: 0.82,
    }),
    g(documentSheet(s, { seal: C.teal }), {
      x: 730 + s.range(-20, 20),
      y: 648,
      r: s.range(4, 10),
      s: 0.82,
    }),
    g(pen({ color: C.deep }), { x: 770, y: 680, r: s.range(-40, -28), s: 0.85 }),
  ].join('');
}

function iconTile(s: Scene, kind: string) {
  switch (kind) {
    case 'needle':
      return g(needleThread({ thread: C.spice, length: 230, tail: 0.22 }), {
        r: -40,
        x: 20,
        y: -10,
        s: 1.05,
      });
    case 'leaf':
      return g([leaf(150, 46, C.leaf), g(leaf(100, 30, C.leafLight), { r: -50, x: 30 })], {
        x: -70,
        y: 50,
        r: -40,
        s: 1.15,
      });
    case 'wrench':
      return g(wrench(s, { color: C.steelDark }), { s: 0.58, r: -45 });
    case 'pot':
      return [
        g(pot(s, { color: C.sea }), { y: 74, s: 0.7 }),
        g(steam(s, { count: 3, height: 80, spread: 30, color: C.sea, opacity: 0.45, width: 8 }), {
          y: -30,
        }),
      ].join('');
    case 'fish':
      return g(fish(s), { s: 0.62, x: -6 });
    default:
      return g(
        [
          g(awning({ w: 150, depth: 36, c1: C.spice, c2: C.paper, stripes: 6 }), { y: -54 }),
          `<rect x="-66" y="-8" width="132" height="72" fill="${C.paper}"/>`,
          `<rect x="-48" y="8" width="40" height="56" fill="${C.clove}"/>`,
          `<rect x="6" y="8" width="44" height="30" fill="${C.teal}" opacity="0.7"/>`,
        ],
        { s: 1.2, y: -4 },
      );
  }
}

export function vocationalGrid(s: Scene) {
  const { p } = s;
  const kinds = ['needle', 'leaf', 'wrench', 'pot', 'fish', 'shop'];
  const tones = s.shuffle([C.nutmeg, C.leaf, C.teal, C.spice, C.sea, C.clove]);
  const size = 262;
  const gap = 34;
  const x0 = (W - (size * 3 + gap * 2)) / 2;
  const y0 = (H - (size * 2 + gap)) / 2;
  const out = [backdrop(s)];
  kinds.forEach((kind, i) => {
    const col = i % 3;
    const row = Math.floor(i / 3);
    const x = x0 + col * (size + gap);
    const y = y0 + row * (size + gap);
    // The shuffle keeps all six tones, one for each tile.
    const tone = tones[i] as string;
    out.push(
      `<rect x="${n(x + 8)}" y="${n(y + 12)}" width="${size}" height="${size}" rx="40" fill="${C.ink}" opacity="0.12"/>`,
      `<rect x="${n(x)}" y="${n(y)}" width="${size}" height="${size}" rx="40" fill="${tint(tone, p.dark ? 0.78 : 0.82)}"/>`,
      `<circle cx="${n(x + size / 2)}" cy="${n(y + size / 2)}" r="100" fill="${tint(tone, 0.55)}" opacity="0.55"/>`,
      g(iconTile(s, kind), { x: x + size / 2, y: y + size / 2 }),
    );
  });
  return out.join('');
}

export function fourCircles(s: Scene) {
  const { p } = s;
  const colors = s.shuffle(['#1fa3a0', C.nutmeg, C.leafLight, '#e0604a']);
  const r = s.range(170, 195);
  const spread = r * s.range(0.62, 0.72);
  const rot = s.range(0, 45);
  const out = [backdrop(s, { decor: false })];
  for (let i = 0; i < 6; i += 1) {
    out.push(
      `<circle cx="600" cy="400" r="${n(300 + i * 60)}" fill="none" stroke="${p.ink}" stroke-width="2" opacity="${n(0.1 - i * 0.012)}"/>`,
    );
  }
  colors.forEach((color, i) => {
    const a = ((rot + i * 90) * Math.PI) / 180;
    out.push(
      `<circle cx="${n(600 + Math.cos(a) * spread)}" cy="${n(400 + Math.sin(a) * spread)}" r="${n(r)}" fill="${color}" opacity="0.7"/>`,
    );
  });
  out.push(`<circle cx="600" cy="400" r="${n(r * 0.16)}" fill="${C.paper}" opacity="0.9"/>`);
  for (let i = 0; i < 14; i += 1) {
    const a = s.range(0, Math.PI * 2);
    const d = s.range(r * 1.9, r * 2.6);
    out.push(
      `<circle cx="${n(600 + Math.cos(a) * d * 1.3)}" cy="${n(400 + Math.sin(a) * d * 0.8)}" r="${n(s.range(4, 10))}" fill="${s.pick(colors)}" opacity="0.7"/>`,
    );
  }
  return out.join('');
}

export function cookingSpices(s: Scene, { bowlOn = true, lid = false } = {}) {
  const flip = s.chance(0.5) ? -1 : 1;
  const potScale = bowlOn ? 1.55 : 1.75;
  const potX = 600 + (bowlOn ? -150 : 0) * flip;
  const potY = 700;
  const potColor = s.pick([C.sea, C.teal, C.deep]);
  const out = [backdrop(s), surface(s, { y: 500, color: C.wood, edge: C.woodDark })];
  out.push(shadow(potX, potY, 190 * potScale, 26, 0.22));
  out.push(
    g(
      steam(s, {
        count: 3,
        height: 240,
        spread: 80,
        color: s.p.dark ? C.sand : '#ffffff',
        opacity: 0.8,
        width: 16,
      }),
      { x: potX, y: potY - 140 * potScale },
    ),
  );
  out.push(g(pot(s, { color: potColor, lid }), { x: potX, y: potY, s: potScale }));
  if (bowlOn) {
    const bx = 600 + 310 * flip;
    out.push(
      shadow(bx, 690, 150, 20, 0.2),
      g(bowl(s, { color: C.spice, fill: '#e9c46a' }), { x: bx, y: 694, s: 1.2 }),
      g(spiceScatter(s, { count: 4, spreadX: 46, spreadY: 6, halves: 0 }), { x: bx, y: 578 }),
      g(spiceScatter(s, { count: 12, spreadX: 180, spreadY: 26, halves: 2 }), {
        x: 600 + 60 * flip,
        y: 748,
        s: 1.2,
      }),
    );
  } else {
    const side = potX + 330 * flip;
    const other = potX - 340 * flip;
    out.push(
      shadow(side, 650, 80, 14, 0.2),
      g(nutmegHalf({ r: 62 }), { x: side, y: 600 }),
      g(nutmegHalf({ r: 48 }), { x: side + 70 * flip, y: 690 }),
      g(cinnamon(s, { len: 170 }), { x: other, y: 650 }),
      g(cinnamon(s, { len: 140 }), { x: other + 20, y: 690 }),
      g(spiceScatter(s, { count: 10, spreadX: 110, spreadY: 40, halves: 0 }), {
        x: other,
        y: 740,
        s: 1.2,
      }),
      g(spiceScatter(s, { count: 8, spreadX: 90, spreadY: 20, halves: 0 }), {
        x: side,
        y: 760,
        s: 1.2,
      }),
    );
  }
  return out.join('');
}

function utensils(x: number, y: number) {
  const out = [
    `<rect x="${x - 120}" y="${y - 6}" width="240" height="10" rx="5" fill="${C.woodDark}"/>`,
  ];
  const items = ['ladle', 'spoon', 'spatula', 'ladle'];
  items.forEach((item, i) => {
    const ux = x - 90 + i * 60;
    out.push(
      `<path d="M${ux},${y} V${y + 120}" stroke="${C.woodDark}" stroke-width="8" stroke-linecap="round"/>`,
    );
    if (item === 'ladle')
      out.push(`<path d="M${ux - 22},${y + 118} a22,22 0 0 0 44,0 Z" fill="${C.steelDark}"/>`);
    if (item === 'spoon')
      out.push(`<ellipse cx="${ux}" cy="${y + 134}" rx="14" ry="22" fill="${C.wood}"/>`);
    if (item === 'spatula')
      out.push(
        `<rect x="${ux - 16}" y="${y + 116}" width="32" height="40" rx="6" fill="${C.wood}"/>`,
      );
  });
  return out.join('');
}

function mortar() {
  return [
    `<path d="M-90,-30 Q-86,10 -50,14 L50,14 Q86,10 90,-30 Z" fill="#6f6a63"/>`,
    `<ellipse cy="-30" rx="90" ry="16" fill="#857f77"/>`,
    `<ellipse cy="-28" rx="70" ry="10" fill="${C.spice}"/>`,
    `<path d="M20,-40 L70,-110" stroke="#5f5a54" stroke-width="20" stroke-linecap="round"/>`,
  ].join('');
}

export function kitchenTable(s: Scene) {
  const { p } = s;
  const out = [backdrop(s, { decor: false })];
  // Tiled backsplash: a kitchen reads as a kitchen mostly because of its wall.
  for (let y = 20; y < 480; y += 70) {
    for (let x = (y / 70) % 2 ? -35 : 0; x < W; x += 70) {
      out.push(
        `<rect x="${x + 3}" y="${y + 3}" width="64" height="64" rx="6" fill="${tint(p.soft, 0.4)}" opacity="0.55"/>`,
      );
    }
  }
  const potX = 300 + s.range(-30, 30);
  out.push(
    `<rect x="740" y="150" width="380" height="16" rx="8" fill="${C.woodDark}"/>`,
    g(jar(s, { w: 84, h: 110, lid: C.spice, contents: C.clove, icon: 'dot' }), { x: 810, y: 150 }),
    g(jar(s, { w: 84, h: 130, lid: C.teal, contents: '#e6b45e', icon: 'leaf' }), {
      x: 930,
      y: 150,
    }),
    g(jar(s, { w: 84, h: 96, lid: C.nutmeg, contents: '#9a5a33', icon: 'dot' }), {
      x: 1050,
      y: 150,
    }),
    utensils(540 + s.range(-30, 30), 70),
    surface(s, { y: 470, color: C.wood, edge: C.woodDark }),
    shadow(potX, 660, 260, 28, 0.22),
    g(steam(s, { count: 3, height: 200, spread: 70, opacity: 0.75, width: 15 }), {
      x: potX,
      y: 660 - 140 * 1.35,
    }),
    g(pot(s, { color: C.sea }), { x: potX, y: 660, s: 1.35 }),
    shadow(640, 610, 150, 18, 0.2),
    g(pot(s, { color: C.spice, lid: true }), { x: 640, y: 610, s: 0.85 }),
    shadow(900, 660, 170, 16, 0.18),
    `<rect x="750" y="590" width="300" height="90" rx="14" fill="#c99a6a"/>`,
    `<rect x="750" y="590" width="300" height="14" rx="7" fill="#dcb487"/>`,
  );
  for (let i = 0; i < 6; i += 1) {
    const cx = 790 + i * 44 + s.range(-6, 6);
    const cy = 636 + s.range(-10, 10);
    out.push(
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(s.range(13, 18))}" fill="${i % 2 ? '#b5533c' : '#e3b04b'}"/>`,
    );
  }
  out.push(
    g(mortar(), { x: 1080, y: 770, s: 1.2 }),
    g(bowl(s, { color: C.teal, fill: C.clove }), { x: 110, y: 760, s: 0.8 }),
    g(spiceScatter(s, { count: 6, spreadX: 40, spreadY: 8, halves: 0 }), {
      x: 110,
      y: 650,
      s: 0.9,
    }),
    g(spiceScatter(s, { count: 12, spreadX: 170, spreadY: 20, halves: 2 }), {
      x: 620,
      y: 740,
      s: 1.15,
    }),
  );
  return out.join('');
}

export function hydroponics(s: Scene) {
  const { p } = s;
  const out = [backdrop(s)];
  const pipe = s.pick(['#f3f6f4', '#dfeeea']);
  const rows = [250, 420, 590];
  // A-frame legs first so the pipes sit in front of them.
  for (const x of [170, 1030]) {
    out.push(
      `<path d="M${x - 60},780 L${x},160 L${x + 60},780" fill="none" stroke="${C.steelDark}" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  }
  rows.forEach((y, r) => {
    const inset = 60 - r * 25;
    const x0 = 110 + inset;
    const x1 = 1090 - inset;
    const holes = 7 + r;
    const stepX = (x1 - x0 - 80) / (holes - 1);
    for (let i = 0; i < holes; i += 1) {
      const x = x0 + 40 + i * stepX;
      out.push(
        g(leafyGreen(s, { size: s.range(0.8, 1.05) + r * 0.08 }), {
          x: x + s.range(-4, 4),
          y: y - 22,
        }),
      );
    }
    out.push(
      `<rect x="${x0}" y="${y - 28}" width="${x1 - x0}" height="56" rx="28" fill="${s.linear([tint(pipe, 0.4), pipe, shade(pipe, 0.15)])}"/>`,
      `<rect x="${x0 - 12}" y="${y - 32}" width="30" height="64" rx="10" fill="${C.teal}"/>`,
      `<rect x="${x1 - 18}" y="${y - 32}" width="30" height="64" rx="10" fill="${C.teal}"/>`,
    );
    for (let i = 0; i < holes; i += 1) {
      const x = x0 + 40 + i * stepX;
      out.push(
        `<path d="M${n(x - 20)},${y - 26} L${n(x + 20)},${y - 26} L${n(x + 14)},${y - 4} L${n(x - 14)},${y - 4} Z" fill="${C.clove}" opacity="0.55"/>`,
      );
    }
  });
  out.push(
    `<path d="M1105,590 V700 Q1105,740 1065,740 H980" fill="none" stroke="${C.teal}" stroke-width="12" stroke-linecap="round"/>`,
    `<rect x="880" y="700" width="140" height="90" rx="12" fill="${C.sea}"/>`,
    `<path d="M600,${n(p.dark ? 120 : 130)} q-14,22 0,30 q14,-8 0,-30 Z" fill="${C.teal}" opacity="0.7"/>`,
  );
  return out.join('');
}

export function workshopTools(s: Scene, { bench = false } = {}) {
  const { p } = s;
  const out = [backdrop(s, { decor: !bench })];
  if (bench) {
    for (let y = 60; y < 520; y += 44) {
      for (let x = 40; x < W; x += 44) {
        out.push(`<circle cx="${x}" cy="${y}" r="5" fill="${p.ink}" opacity="0.12"/>`);
      }
    }
    out.push(
      g(wrench(s, { color: C.steel }), { x: 300, y: 210, r: 90, s: 0.6 }),
      g(wrench(s, { color: C.steelDark }), { x: 380, y: 210, r: 90, s: 0.5 }),
      `<path d="M880,120 h160 v40 h-160 Z" fill="${C.nutmeg}" rx="8"/>`,
      `<path d="M940,160 v130" stroke="${C.clove}" stroke-width="24" stroke-linecap="round"/>`,
      surface(s, { y: 540, color: C.wood, edge: C.woodDark }),
      shadow(620, 560, 220, 14, 0.2),
      g(gear(s, { r: 170, teeth: 12, color: C.nutmeg }), {
        x: 620 + s.range(-40, 40),
        y: 390,
        r: s.range(0, 30),
      }),
      g(gear(s, { r: 90, teeth: 9, color: C.teal }), { x: 860, y: 460, r: s.range(0, 40) }),
      g(wrench(s, { color: C.steel }), { x: 560, y: 640, r: s.range(-10, -4), s: 1.15 }),
    );
    for (let i = 0; i < 5; i += 1) {
      out.push(
        g(
          `<path d="M-12,-7 L0,-14 L12,-7 L12,7 L0,14 L-12,7 Z" fill="${C.steelDark}"/><circle r="5" fill="${C.steel}"/>`,
          { x: 880 + i * 44 + s.range(-8, 8), y: 720 + s.range(-14, 14), r: s.range(0, 60) },
        ),
      );
    }
    return out.join('');
  }
  const wx = 780 + s.range(-40, 40);
  out.push(
    g(wheel({ r: 240, spokes: 5, hub: C.nutmeg }), { x: wx, y: 420, r: s.range(0, 72) }),
    g(gear(s, { r: 160, teeth: 11, color: C.nutmeg }), { x: 380, y: 330, r: s.range(0, 30) }),
    g(gear(s, { r: 80, teeth: 8, color: C.teal }), { x: 250, y: 560, r: s.range(0, 40) }),
    `<g opacity="0.25">${g(wrench(s, { color: C.ink }), { x: 610, y: 600, r: s.range(-38, -28), s: 1.3 })}</g>`,
    g(wrench(s, { color: C.steel }), { x: 600, y: 585, r: s.range(-38, -28), s: 1.3 }),
  );
  return out.join('');
}

function smoke(
  s: Scene,
  { x, y, width = 400, height = 420 }: { x: number; y: number; width?: number; height?: number },
) {
  const out = [];
  for (let i = 0; i < 7; i += 1) {
    const cx = x + s.range(-width / 2, width / 2);
    const cy = y - s.range(0, height);
    out.push(
      `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(s.range(60, 130))}" ry="${n(s.range(40, 80))}" fill="#ffffff" opacity="${n(s.range(0.22, 0.38))}"/>`,
    );
  }
  return `<g filter="${s.blur(18)}">${out.join('')}</g>`;
}

export function fishSmokingRack(s: Scene) {
  const out = [
    backdrop(s),
    surface(s, { y: 660, color: s.p.ground, edge: s.p.groundShade, grain: false }),
  ];
  const left = 300;
  const right = 900;
  out.push(
    `<circle cx="600" cy="680" r="320" fill="${s.radial([
      [C.nutmeg, 0.75],
      [C.nutmeg, 0],
    ])}"/>`,
    smoke(s, { x: 600, y: 560, width: 520, height: 480 }),
    `<rect x="${left - 14}" y="170" width="28" height="510" rx="8" fill="${C.woodDark}"/>`,
    `<rect x="${right - 14}" y="170" width="28" height="510" rx="8" fill="${C.woodDark}"/>`,
    `<rect x="${left - 50}" y="180" width="${right - left + 100}" height="26" rx="13" fill="${C.wood}"/>`,
    `<rect x="${left - 30}" y="520" width="${right - left + 60}" height="16" rx="8" fill="${C.wood}"/>`,
  );
  const count = 4;
  for (let i = 0; i < count; i += 1) {
    const x = left + ((right - left) / (count + 1)) * (i + 1) + s.range(-8, 8);
    out.push(
      g(fish(s, { smoked: true }), {
        x,
        y: 360 + s.range(-10, 10),
        r: 90 + s.range(-3, 3),
        s: 0.8,
      }),
      `<path d="M${n(x - 14)},196 V500 M${n(x + 14)},196 V500" stroke="${C.rattanDark}" stroke-width="7" stroke-linecap="round"/>`,
      `<path d="M${n(x - 20)},250 H${n(x + 20)} M${n(x - 20)},470 H${n(x + 20)}" stroke="${C.clove}" stroke-width="6" stroke-linecap="round"/>`,
    );
  }
  for (let i = 0; i < 7; i += 1) {
    out.push(`<ellipse cx="${n(420 + i * 60)}" cy="690" rx="34" ry="18" fill="#7d7770"/>`);
  }
  // Coconut-husk embers: small flames, not a blaze; fish are smoked slowly, not grilled.
  for (let i = 0; i < 8; i += 1) {
    const x = 450 + i * 43 + s.range(-6, 6);
    const h = s.range(40, 80);
    out.push(
      `<path d="M${n(x - 18)},672 Q${n(x - 16)},${n(672 - h * 0.6)} ${n(x + s.range(-6, 6))},${n(672 - h)} Q${n(x + 16)},${n(672 - h * 0.6)} ${n(x + 18)},672 Z" fill="${i % 2 ? C.spice : C.nutmeg}" opacity="0.9"/>`,
      `<ellipse cx="${n(x)}" cy="672" rx="22" ry="10" fill="#f2b24a"/>`,
    );
  }
  out.push(smoke(s, { x: 600, y: 260, width: 600, height: 200 }));
  return out.join('');
}

export function weaveCraft(s: Scene, { mode = 'shells' } = {}) {
  const out = [backdrop(s)];
  const matAngle = s.range(-10, -4);
  const mat = `<rect x="-420" y="-260" width="840" height="520" rx="18"/>`;
  const clip = s.clip(mat);
  const accent = s.pick([C.teal, C.spice, C.sea]);
  out.push(
    g(
      [
        `<rect x="-412" y="-248" width="840" height="520" rx="18" fill="${C.ink}" opacity="0.15"/>`,
        weavePattern({ x: -430, y: -270, w: 860, h: 540, cell: 54, accent, clip }),
        `<rect x="-420" y="-260" width="840" height="520" rx="18" fill="none" stroke="${C.rattanDark}" stroke-width="14"/>`,
      ],
      { x: mode === 'shells' ? 500 : 600, y: 420, r: matAngle },
    ),
  );
  if (mode === 'shells') {
    out.push(
      shadow(900, 590, 110, 22, 0.2),
      g(scallop(s, { color: '#f3cfaa' }), { x: 900, y: 520, r: s.range(-20, 20), s: 1.3 }),
      g(cowrie(s), { x: 760, y: 660, r: s.range(-30, 30), s: 1.1 }),
      g(spiralShell(), { x: 1040, y: 690, s: 0.9 }),
      g(scallop(s, { color: '#e9b48a' }), { x: 1060, y: 420, r: s.range(10, 40), s: 0.8 }),
      g(cowrie(s, { color: '#f4e3c8' }), { x: 640, y: 740, r: s.range(-30, 30), s: 0.7 }),
    );
  } else {
    out.push(
      g(needleThread({ thread: s.pick([C.spice, C.teal]), length: 420, tail: 0.9 }), {
        x: 780,
        y: 360,
        r: s.range(-30, -20),
      }),
      `<g transform="translate(1000 620)"><ellipse rx="60" ry="18" cy="56" fill="${C.ink}" opacity="0.15"/><rect x="-50" y="-60" width="100" height="120" rx="12" fill="${C.wood}"/><rect x="-42" y="-44" width="84" height="88" fill="${C.nutmeg}"/><path d="M-42,-30 H42 M-42,-14 H42 M-42,2 H42 M-42,18 H42 M-42,34 H42" stroke="${shade(C.nutmeg, 0.2)}" stroke-width="3"/></g>`,
    );
  }
  return out.join('');
}

export function circleOfChairs(s: Scene) {
  const { p } = s;
  const out = [`<rect width="${W}" height="${H}" fill="${s.linear(p.bg)}"/>`];
  for (let x = -40; x < W; x += 120) {
    out.push(`<path d="M${x},0 V${H}" stroke="${p.groundShade}" stroke-width="3" opacity="0.35"/>`);
  }
  const cx = 600;
  const cy = 400;
  const rugColors = [C.teal, C.sand, C.nutmeg, C.sea];
  [270, 230, 200, 130].forEach((r, i) => {
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${rugColors[i]}" opacity="${i === 1 ? 1 : 0.85}"/>`,
    );
  });
  for (let i = 0; i < 24; i += 1) {
    const a = (i / 24) * Math.PI * 2;
    out.push(
      `<circle cx="${n(cx + Math.cos(a) * 215)}" cy="${n(cy + Math.sin(a) * 215)}" r="6" fill="${C.spice}"/>`,
    );
  }
  const count = s.int(8, 10);
  const offset = s.range(0, 360 / count);
  const colors = [C.teal, C.nutmeg, C.leaf, C.spice, C.sea];
  for (let i = 0; i < count; i += 1) {
    const deg = offset + (i * 360) / count;
    const a = (deg * Math.PI) / 180;
    out.push(
      g(chairTop({ color: colors[i % colors.length] }), {
        x: cx + Math.cos(a) * 318,
        y: cy + Math.sin(a) * 318,
        r: deg + 90,
        s: 0.95,
      }),
    );
  }
  out.push(
    `<circle cx="${cx}" cy="${cy}" r="70" fill="${C.wood}"/><circle cx="${cx}" cy="${cy}" r="58" fill="${tint(C.wood, 0.2)}"/>`,
  );
  for (let i = 0; i < 7; i += 1) {
    out.push(
      g(leaf(48, 16, i % 2 ? C.leaf : C.leafLight), {
        x: cx,
        y: cy,
        r: i * (360 / 7) + s.range(-10, 10),
      }),
    );
  }
  out.push(`<circle cx="${cx}" cy="${cy}" r="10" fill="${C.nutmeg}"/>`);
  return out.join('');
}

export function bookkeeping(s: Scene) {
  const out = [backdrop(s, { decor: false })];
  out.push(
    `<rect x="60" y="100" width="1080" height="330" fill="${tint(s.p.soft, 0.3)}" opacity="0.7"/>`,
    `<rect x="120" y="200" width="300" height="12" fill="${C.woodDark}" opacity="0.6"/><rect x="780" y="200" width="300" height="12" fill="${C.woodDark}" opacity="0.6"/>`,
    `<circle cx="600" cy="250" r="62" fill="${C.paper}" stroke="${C.clove}" stroke-width="10"/>`,
    `<path d="M600,250 V208 M600,250 L630,266" stroke="${C.deep}" stroke-width="8" stroke-linecap="round"/>`,
    g(`<path d="M-34,0 L-26,-56 H26 L34,0 Z" fill="${C.teal}"/>`, { x: 600, y: 430 }),
    g(leafyGreen(s, { size: 0.9 }), { x: 600, y: 374 }),
  );
  for (let i = 0; i < 5; i += 1) {
    out.push(
      g(
        jar(s, {
          w: 48,
          h: 62,
          lid: [C.spice, C.teal, C.nutmeg][i % 3],
          contents: [C.broth, C.clove, '#c98a46'][i % 3],
          icon: 'dot',
        }),
        { x: 150 + i * 60, y: 200 },
      ),
    );
    out.push(
      g(
        jar(s, {
          w: 48,
          h: 62,
          lid: [C.teal, C.nutmeg, C.spice][i % 3],
          contents: ['#c98a46', C.broth, C.clove][i % 3],
          icon: 'dot',
        }),
        { x: 810 + i * 60, y: 200 },
      ),
    );
  }
  out.push(
    g(awning({ w: 1240, depth: 90, c1: s.pick([C.spice, C.teal]), c2: C.paper, stripes: 16 }), {
      x: 600,
      y: 10,
    }),
    surface(s, { y: 430, color: C.wood, edge: C.woodDark }),
    shadow(520, 740, 330, 26, 0.2),
    g(openBook(s, { cover: C.sea, content: 'ledger', width: 320 }), { x: 500, y: 770, r: -3 }),
    shadow(930, 720, 100, 20, 0.2),
    g(calculator({ color: C.deep }), { x: 930, y: 610, r: s.range(4, 12), s: 1 }),
    g(coins(s, { count: s.int(3, 6) }), { x: 160, y: 700 }),
    g(coins(s, { count: s.int(2, 3) }), { x: 240, y: 740 }),
    g(pen({ color: C.spice }), { x: 760, y: 760, r: -70, s: 0.7 }),
  );
  return out.join('');
}

export function bookOfLight(s: Scene) {
  const { p } = s;
  const out = [backdrop(s, { glow: false, decor: false })];
  const cx = 600;
  const cy = 520;
  const rayFill = s.radial(
    [
      [p.glow, 0.6],
      [p.glow, 0.15, 0.6],
      [p.glow, 0],
    ],
    { cx, cy, r: 620, user: true },
  );
  const rays = s.int(7, 9);
  for (let i = 0; i < rays; i += 1) {
    const a0 = (-165 + (i * 150) / (rays - 1) - 5) * (Math.PI / 180);
    const a1 = a0 + s.range(0.06, 0.12);
    out.push(
      `<path d="M${cx},${cy} L${n(cx + Math.cos(a0) * 900)},${n(cy + Math.sin(a0) * 900)} L${n(cx + Math.cos(a1) * 900)},${n(cy + Math.sin(a1) * 900)} Z" fill="${rayFill}"/>`,
    );
  }
  out.push(
    `<circle cx="${cx}" cy="${cy - 40}" r="260" fill="${s.radial([
      [p.glow, 0.8],
      [p.glow, 0],
    ])}"/>`,
  );
  for (let i = 0; i < 26; i += 1) {
    out.push(
      `<circle cx="${n(s.range(200, 1000))}" cy="${n(s.range(80, 460))}" r="${n(s.range(2, 6))}" fill="${p.dark ? C.sand : C.nutmeg}" opacity="${n(s.range(0.3, 0.8))}"/>`,
    );
  }
  out.push(
    shadow(cx, 740, 320, 30, 0.25),
    g(openBook(s, { cover: p.dark ? C.nutmeg : C.sea, width: 330 }), { x: cx, y: 730 }),
  );
  return out.join('');
}

export function growingPlant(s: Scene, { hands = false } = {}) {
  const out = [backdrop(s)];
  if (hands) {
    const skin = s.pick([C.skin, C.skinDeep]);
    const sleeve = s.pick([C.teal, C.sea, C.spice]);
    out.push(
      `<circle cx="600" cy="330" r="250" fill="${s.radial([
        [C.paper, 0.8],
        [C.paper, 0],
      ])}"/>`,
      g(sprout(s, { height: 230, pairs: 2 }), { x: 600, y: 400, s: 1.1 }),
      `<path d="M420,540 L420,480 Q430,390 600,380 Q770,390 780,480 L780,540 Z" fill="#6b4a35"/>`,
      `<path d="M470,420 Q600,392 730,420" fill="none" stroke="#8a6549" stroke-width="8" stroke-linecap="round"/>`,
      g(cuppedHand({ skin, sleeve }), { x: 600, y: 440, s: 1.45 }),
      g(cuppedHand({ skin, sleeve }), { x: 600, y: 440, s: 1.45, flip: true }),
    );
    return out.join('');
  }
  out.push(
    `<path d="M0,640 Q600,580 1200,640 V800 H0 Z" fill="#6b4a35"/>`,
    `<path d="M0,660 Q600,600 1200,660" fill="none" stroke="#8a6549" stroke-width="10"/>`,
  );
  const stages = [
    [0.35, 320],
    [0.7, 600],
    [1.1, 880],
  ] as const;
  stages.forEach(([k, stageX], i) => {
    const x = stageX + s.range(-20, 20);
    out.push(
      g(sprout(s, { height: 200 * k + 40, pairs: i + 1 }), { x, y: 620, s: 0.7 + k * 0.45 }),
    );
  });
  return out.join('');
}

function productsOnTable(s: Scene, x: number, y: number, kind: string) {
  if (kind === 'baskets') {
    return [
      g(basket(s, { w: 110, h: 70, accent: C.spice, handle: false }), { x: x - 90, y }),
      g(basket(s, { w: 90, h: 90, accent: C.teal }), { x: x + 30, y }),
      g(basket(s, { w: 70, h: 50, accent: C.leaf, handle: false }), { x: x + 130, y }),
    ].join('');
  }
  if (kind === 'jars') {
    return [-120, -40, 40, 120]
      .map((dx, i) =>
        g(
          jar(s, {
            w: 64,
            h: 86,
            lid: [C.spice, C.teal, C.nutmeg, C.leaf][i],
            contents: i % 2 ? '#c98a46' : C.broth,
          }),
          { x: x + dx, y },
        ),
      )
      .join('');
  }
  return [
    `<rect x="${x - 150}" y="${y - 60}" width="140" height="60" rx="8" fill="${C.teal}"/>`,
    `<rect x="${x - 140}" y="${y - 50}" width="120" height="40" rx="6" fill="${C.paper}" opacity="0.4"/>`,
    g(scallop(s), { x: x + 60, y: y - 40, s: 0.45 }),
    g(cowrie(s), { x: x + 140, y: y - 20, s: 0.5 }),
  ].join('');
}

export function exhibition(s: Scene) {
  const { p } = s;
  const out = [backdrop(s, { decor: false })];
  const panels = [C.teal, C.nutmeg, C.sea];
  panels.forEach((color, i) => {
    out.push(
      `<rect x="${90 + i * 350}" y="150" width="320" height="300" rx="12" fill="${tint(color, 0.7)}"/>`,
    );
    out.push(
      `<rect x="${130 + i * 350}" y="200" width="240" height="150" rx="8" fill="${tint(color, 0.45)}"/>`,
    );
  });
  out.push(bunting({ y: 70, sag: 28, colors: [C.spice, C.paper, C.teal, C.nutmeg] }));
  out.push(`<rect y="450" width="${W}" height="${H - 450}" fill="${p.ground}"/>`);
  const kinds = s.shuffle(['baskets', 'jars', 'crafts']);
  const cloths = s.shuffle([C.teal, C.spice, C.leaf]);
  kinds.forEach((kind, i) => {
    const x = 230 + i * 370;
    out.push(
      shadow(x, 720, 200, 20, 0.18),
      g(clothTable({ w: 320, h: 220, cloth: cloths[i], trim: i % 2 ? C.nutmeg : C.paper }), {
        x,
        y: 500,
      }),
      productsOnTable(s, x, 480, kind),
    );
  });
  return out.join('');
}

export function basketsTable(s: Scene) {
  const out = [backdrop(s, { decor: false })];
  const clip = s.clip(`<rect x="120" y="60" width="960" height="400" rx="20"/>`);
  out.push(
    `<g opacity="0.35">${weavePattern({ x: 120, y: 60, w: 960, h: 400, cell: 60, clip })}</g>`,
    surface(s, { y: 500, color: C.wood, edge: C.woodDark }),
  );
  const items = [
    { x: 230, w: 240, h: 150, accent: C.teal, handle: false },
    { x: 520, w: 220, h: 200, accent: C.spice, handle: true },
    { x: 800, w: 200, h: 120, accent: C.leaf, handle: true },
    { x: 1020, w: 160, h: 110, accent: C.nutmeg, handle: false },
  ];
  for (const item of items) {
    const x = item.x + s.range(-14, 14);
    out.push(
      shadow(x, 700, item.w * 0.48, 16, 0.2),
      g(basket(s, { ...item, color: s.pick([C.rattan, '#e2c28d']) }), { x, y: 700 }),
    );
  }
  return out.join('');
}

export function snackJars(s: Scene) {
  const out = [backdrop(s), surface(s, { y: 500, color: C.wood, edge: C.woodDark })];
  const jars = [
    { x: 200, w: 130, h: 180, lid: C.spice, contents: '#c98a46' },
    { x: 380, w: 150, h: 220, lid: C.teal, contents: '#b87a3e' },
    { x: 580, w: 130, h: 170, lid: C.nutmeg, contents: '#e8c98a', dots: C.nutmeg, icon: 'leaf' },
    { x: 760, w: 150, h: 230, lid: C.sea, contents: '#c98a46' },
    { x: 960, w: 130, h: 180, lid: C.leaf, contents: '#e3b04b', dots: C.spice, icon: 'dot' },
  ];
  for (const item of jars) {
    const x = 600 + (item.x - 580) * 1.12 + s.range(-10, 10);
    out.push(shadow(x, 680, item.w * 0.75, 16, 0.2), g(jar(s, item), { x, y: 680, s: 1.3 }));
  }
  out.push(`<ellipse cx="760" cy="752" rx="130" ry="28" fill="${C.paper}"/>`);
  for (let i = 0; i < 7; i += 1) {
    const cx = 690 + i * 24;
    const cy = 740 + (i % 2) * 10;
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="18" fill="#e0a858"/><circle cx="${cx}" cy="${cy}" r="8" fill="#b5703a"/>`,
    );
  }
  out.push(
    g(spiceScatter(s, { count: 8, spreadX: 110, spreadY: 12, halves: 1 }), { x: 330, y: 752 }),
  );
  return out.join('');
}

function shopFront({ wall, c1, c2 }: { wall: string; c1: string; c2: string }) {
  return [
    `<rect x="-300" y="-380" width="600" height="380" fill="${wall}"/>`,
    `<rect x="-300" y="-420" width="600" height="50" fill="${shade(wall, 0.2)}"/>`,
    `<rect x="-250" y="-230" width="280" height="170" rx="6" fill="${C.deep}" opacity="0.85"/>`,
    `<rect x="-240" y="-170" width="260" height="8" fill="${C.wood}"/><rect x="-240" y="-110" width="260" height="8" fill="${C.wood}"/>`,
    [-220, -180, -140, -100, -60, -20]
      .map(
        (x, i) =>
          `<rect x="${x}" y="${-200 + (i % 2) * 4}" width="26" height="${30 - (i % 2) * 4}" rx="4" fill="${[C.spice, C.nutmeg, C.leafLight, C.sand][i % 4]}"/>`,
      )
      .join(''),
    [-220, -170, -120, -70]
      .map(
        (x, i) =>
          `<rect x="${x}" y="-144" width="36" height="34" rx="5" fill="${[C.teal, C.rattan, C.spice, C.paper][i]}"/>`,
      )
      .join(''),
    `<rect x="80" y="-260" width="170" height="260" rx="6" fill="${C.clove}"/>`,
    `<circle cx="226" cy="-130" r="8" fill="${C.rattan}"/>`,
    g(awning({ w: 640, depth: 80, c1, c2, stripes: 10 }), { y: -330 }),
    `<rect x="-300" y="-60" width="300" height="60" fill="${C.woodDark}"/>`,
  ].join('');
}

export function marketStall(s: Scene, { shop = false } = {}) {
  const { p } = s;
  if (shop) {
    const out = [
      backdrop(s),
      `<rect y="660" width="${W}" height="140" fill="${p.groundShade}"/>`,
      `<rect y="660" width="${W}" height="12" fill="${shade(p.groundShade, 0.15)}"/>`,
    ];
    out.push(
      g(
        shopFront({
          wall: s.pick([C.paper, '#f6e2c4']),
          c1: s.pick([C.spice, C.teal]),
          c2: C.paper,
        }),
        { x: 600, y: 670 },
      ),
      g(palm(s, { x: 0, base: 0, height: 300, lean: 8 }), { x: 150, y: 670 }),
      g(
        `<path d="M-40,0 L-30,-60 H30 L40,0 Z" fill="${C.spice}"/>${leafyGreen(s, { size: 0.9 })}`,
        { x: 1000, y: 670 },
      ),
      g(`<path d="M-30,0 L-22,-44 H22 L30,0 Z" fill="${C.teal}"/>`, { x: 1080, y: 670 }),
      g(leafyGreen(s, { size: 0.7 }), { x: 1080, y: 626 }),
    );
    return out.join('');
  }
  const out = [seascape(s, { horizon: 430, islands: 2 })];
  out.push(`<rect y="560" width="${W}" height="240" fill="${p.ground}"/>`);
  const c1 = s.pick([C.spice, C.teal, C.leaf]);
  out.push(
    `<rect x="240" y="170" width="20" height="460" fill="${C.woodDark}"/><rect x="940" y="170" width="20" height="460" fill="${C.woodDark}"/>`,
    `<rect x="260" y="210" width="680" height="300" fill="${tint(C.wood, 0.4)}" opacity="0.9"/>`,
    `<rect x="290" y="300" width="620" height="10" fill="${C.woodDark}"/>`,
  );
  for (let i = 0; i < 6; i += 1) {
    out.push(
      g(
        jar(s, {
          w: 56,
          h: 70,
          lid: [C.spice, C.teal, C.nutmeg][i % 3],
          contents: i % 2 ? C.broth : '#c98a46',
          icon: 'dot',
        }),
        { x: 340 + i * 104, y: 300 },
      ),
    );
  }
  out.push(
    g(awning({ w: 780, depth: 90, c1, c2: C.paper, stripes: 12 }), { x: 600, y: 150 }),
    shadow(600, 720, 400, 24, 0.2),
    `<rect x="200" y="480" width="800" height="30" rx="6" fill="${C.wood}"/>`,
    `<rect x="220" y="510" width="760" height="200" fill="${C.woodDark}"/>`,
    `<rect x="220" y="510" width="760" height="200" fill="${s.linear([
      [C.ink, 0.2],
      [C.ink, 0],
    ])}"/>`,
    g(
      basket(s, {
        w: 150,
        h: 80,
        accent: C.spice,
        handle: false,
        fill: g(fish(s, { smoked: true }), { y: -90, s: 0.35 }),
      }),
      { x: 330, y: 486 },
    ),
    g(basket(s, { w: 140, h: 90, accent: C.teal }), { x: 850, y: 486 }),
    g(spiceScatter(s, { count: 8, spreadX: 80, spreadY: 6, halves: 1 }), { x: 590, y: 462 }),
  );
  for (let i = 0; i < 5; i += 1) {
    out.push(
      `<path d="M${240 + i * 180},520 V700" stroke="${shade(C.woodDark, 0.2)}" stroke-width="6" opacity="0.5"/>`,
    );
  }
  return out.join('');
}

function houseRow(
  s: Scene,
  { base, count = 6, scale = 1 }: { base: number; count?: number; scale?: number },
) {
  const walls = [C.paper, '#f3d7b5', '#cfe7e4', '#f6e2c4', '#dfe9cf'];
  const roofs = [C.spice, C.sea, C.teal, C.clove, '#7f98a3'];
  const out = [];
  const span = W / count;
  for (let i = 0; i < count; i += 1) {
    const w = s.range(140, 190) * scale;
    const h = s.range(100, 150) * scale;
    out.push(
      g(house({ w, h, wall: s.pick(walls), roof: s.pick(roofs), stilts: s.chance(0.25) }), {
        x: span * (i + 0.5) + s.range(-20, 20),
        y: base,
      }),
    );
  }
  return out.join('');
}

export function speechOverHouses(s: Scene) {
  const out = [seascape(s, { horizon: 560, islands: 2, sunOn: false })];
  out.push(
    island(s, {
      x: -100,
      width: 1400,
      height: 160,
      base: 640,
      color: mix(C.leaf, '#bfe1e0', 0.25),
    }),
    houseRow(s, { base: 690, count: 5, scale: 0.7 }),
    `<rect y="680" width="${W}" height="120" fill="${mix(C.leaf, C.sand, 0.2)}"/>`,
    houseRow(s, { base: 790, count: 4, scale: 1.05 }),
  );
  const specs = s.shuffle([
    { color: C.paper, ink: C.teal, content: 'dots' },
    { color: C.nutmeg, ink: C.paper, content: 'heart' },
    { color: C.teal, ink: C.paper, content: 'lines' },
  ]);
  const spots = [
    { x: 300, y: 200, w: 260, h: 150, tail: 'right' },
    { x: 640, y: 150, w: 230, h: 140, tail: 'left' },
    { x: 930, y: 250, w: 250, h: 150, tail: 'left' },
  ];
  spots.forEach((spot, i) => {
    const x = spot.x + s.range(-30, 30);
    const y = spot.y + s.range(-20, 20);
    out.push(
      g(bubble({ ...spot, ...specs[i], color: C.ink }), { x: x + 8, y: y + 10, opacity: 0.12 }),
      g(bubble({ ...spot, ...specs[i] }), { x, y }),
    );
  });
  return out.join('');
}

export function speechPair(s: Scene) {
  const out = [backdrop(s)];
  const dy = s.range(-20, 20);
  out.push(
    g(bubble({ w: 460, h: 270, color: C.ink, tail: 'left', content: 'none' }), {
      x: 478,
      y: 318 + dy,
      opacity: 0.12,
    }),
    g(bubble({ w: 460, h: 270, color: C.teal, tail: 'left', content: 'lines', ink: C.paper }), {
      x: 470,
      y: 306 + dy,
    }),
    g(bubble({ w: 400, h: 240, color: C.ink, tail: 'right', content: 'none' }), {
      x: 768,
      y: 512 - dy,
      opacity: 0.12,
    }),
    g(bubble({ w: 400, h: 240, color: C.nutmeg, tail: 'right', content: 'dots', ink: C.paper }), {
      x: 760,
      y: 500 - dy,
    }),
  );
  return out.join('');
}

export function raisedBeds(s: Scene, { setting = 'city' } = {}) {
  const { p } = s;
  const out = [];
  if (setting === 'city') {
    out.push(
      seascape(s, { horizon: 380, islands: 1 }),
      island(s, {
        x: -200,
        width: 1600,
        height: 170,
        base: 440,
        color: mix(C.leaf, '#cfe7e4', 0.35),
      }),
      roofline(s, {
        base: 470,
        colors: ['#f4ede1', '#e9d3b5', '#d5e6e2', '#f0dcc4'],
        roofColors: [C.spice, '#7f98a3', C.sea, C.clove],
        minH: 50,
        maxH: 90,
      }),
      `<rect y="460" width="${W}" height="340" fill="${mix(p.ground, C.leafLight, 0.25)}"/>`,
      `<rect y="460" width="${W}" height="30" fill="${shade(p.ground, 0.1)}"/>`,
    );
  } else {
    out.push(
      backdrop(s, { decor: false }),
      `<rect x="0" y="120" width="360" height="400" fill="${C.paper}"/>`,
      `<rect x="80" y="220" width="140" height="120" rx="6" fill="${C.teal}" opacity="0.6"/>`,
      `<path d="M-20,130 L180,40 L380,130 Z" fill="${C.spice}"/>`,
    );
    for (let x = 360; x < W; x += 48) {
      out.push(
        `<rect x="${x}" y="330" width="34" height="190" rx="6" fill="${tint(C.wood, 0.35)}"/>`,
      );
    }
    out.push(
      `<rect x="360" y="370" width="${W}" height="14" fill="${tint(C.wood, 0.2)}"/><rect x="360" y="460" width="${W}" height="14" fill="${tint(C.wood, 0.2)}"/>`,
    );
    out.push(g(palm(s, { x: 0, base: 0, height: 330, lean: -6 }), { x: 1080, y: 520 }));
    out.push(
      `<rect y="520" width="${W}" height="280" fill="${mix(p.ground, C.leafLight, 0.35)}"/>`,
    );
  }
  const beds =
    setting === 'city'
      ? [
          { x: 330, y: 600, w: 380, k: 'leafy' },
          { x: 850, y: 600, w: 380, k: 'chili' },
          { x: 600, y: 780, w: 520, k: 'leafy' },
        ]
      : [
          { x: 300, y: 650, w: 360, k: 'sprout' },
          { x: 760, y: 650, w: 360, k: 'leafy' },
          { x: 540, y: 800, w: 520, k: 'chili' },
        ];
  for (const bed of beds) {
    out.push(
      shadow(bed.x, bed.y, bed.w / 2 + 10, 14, 0.18),
      g(raisedBed(s, { w: bed.w, h: 80, plants: Math.round(bed.w / 70), kind: bed.k }), {
        x: bed.x,
        y: bed.y,
      }),
    );
  }
  if (setting !== 'city') {
    out.push(
      g(
        `<path d="M-50,0 L-40,-80 H40 L50,0 Z" fill="${C.teal}"/><path d="M40,-66 L110,-110" stroke="${C.teal}" stroke-width="14" stroke-linecap="round"/><path d="M-30,-80 Q0,-130 30,-80" fill="none" stroke="${shade(C.teal, 0.2)}" stroke-width="10"/>`,
        { x: 1040, y: 760 },
      ),
    );
  }
  return out.join('');
}

export function seaHarvest(s: Scene) {
  const horizon = 300;
  const out = [
    `<rect width="${W}" height="${horizon}" fill="${s.linear(['#bfe1e0', '#f6ead6'])}"/>`,
    sun(s, { cx: s.range(200, 1000), cy: 110, r: 50 }),
    island(s, {
      x: s.range(-100, 500),
      width: 600,
      height: 90,
      base: horizon,
      color: mix(C.teal, '#bfe1e0', 0.5),
    }),
    `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${s.linear([C.teal, C.sea, C.deep])}"/>`,
    waves(s, { top: horizon, bottom: horizon + 50, color: '#ffffff', opacity: 0.4 }),
  ];
  for (let i = 0; i < 5; i += 1) {
    out.push(
      `<path d="M${n(s.range(0, W))},${horizon} l${n(s.range(-200, 200))},${H - horizon}" stroke="#ffffff" stroke-width="${n(s.range(30, 70))}" opacity="0.05"/>`,
    );
  }
  out.push(
    g(boat({ hull: s.pick([C.spice, C.nutmeg]) }), {
      x: s.range(380, 820),
      y: horizon + 8,
      s: 0.9,
    }),
  );
  const dir = s.chance(0.5);
  for (let i = 0; i < 7; i += 1) {
    const x = 150 + i * 140 + s.range(-40, 40);
    const y = s.range(430, 720);
    out.push(g(fish(s), { x, y, s: s.range(0.38, 0.55), flip: dir }));
  }
  for (let i = 0; i < 18; i += 1) {
    out.push(
      `<circle cx="${n(s.range(50, 1150))}" cy="${n(s.range(360, 780))}" r="${n(s.range(3, 9))}" fill="none" stroke="#ffffff" stroke-width="2" opacity="0.4"/>`,
    );
  }
  return out.join('');
}

export function handsMeeting(s: Scene) {
  const out = [backdrop(s)];
  const skins = s.shuffle([C.skin, C.skinDeep]);
  const sleeves = s.shuffle([C.teal, C.spice]);
  const tilt = s.range(6, 12);
  out.push(
    `<circle cx="600" cy="400" r="220" fill="${s.radial([
      [C.paper, 0.9],
      [C.paper, 0],
    ])}"/>`,
    g(reachingHand({ skin: skins[0], sleeve: sleeves[0] }), {
      x: 382,
      y: 446,
      r: -tilt,
      s: 1.3,
    }),
    g(reachingHand({ skin: skins[1], sleeve: sleeves[1] }), {
      x: 826,
      y: 398,
      r: tilt * 0.5,
      s: 1.3,
      flip: true,
    }),
  );
  return out.join('');
}

export function roadsideWorkshop(s: Scene) {
  const out = [seascape(s, { horizon: 420, islands: 2 })];
  out.push(
    island(s, { x: -300, width: 1000, height: 200, base: 470, color: mix(C.leaf, '#cfe7e4', 0.2) }),
    `<rect y="470" width="${W}" height="330" fill="${s.p.ground}"/>`,
    `<rect y="650" width="${W}" height="150" fill="#5d6a70"/>`,
    `<path d="M0,725 H${W}" stroke="${C.sand}" stroke-width="8" stroke-dasharray="60 50"/>`,
    g(palm(s, { x: 0, base: 0, height: 300, lean: 10 }), { x: 1110, y: 640 }),
  );
  const bx = 140;
  out.push(
    `<rect x="${bx}" y="240" width="600" height="400" fill="${C.paper}"/>`,
    `<path d="M${bx - 40},250 L${bx + 640},200 L${bx + 640},250 L${bx - 40},290 Z" fill="#7f98a3"/>`,
    `<rect x="${bx + 60}" y="330" width="380" height="310" fill="${shade(C.sea, 0.35)}"/>`,
    `<rect x="${bx + 60}" y="300" width="380" height="34" fill="#9aa9b0"/>`,
    `<rect x="${bx + 470}" y="330" width="100" height="120" rx="6" fill="${C.teal}" opacity="0.7"/>`,
    `<rect x="${bx + 120}" y="170" width="320" height="70" rx="10" fill="${s.pick([C.nutmeg, C.teal])}"/>`,
    g(wrench(s, { color: C.paper }), { x: bx + 280, y: 205, s: 0.5, r: -10 }),
  );
  for (let i = 0; i < 4; i += 1) {
    out.push(g(wrench(s, { color: C.steel }), { x: bx + 120 + i * 55, y: 420, r: 90, s: 0.28 }));
  }
  out.push(g(gear(s, { r: 40, teeth: 8, color: C.nutmeg }), { x: bx + 380, y: 390 }));
  for (let i = 0; i < 3; i += 1) {
    out.push(
      `<ellipse cx="${bx + 510}" cy="${620 - i * 34}" rx="56" ry="20" fill="#2c3438"/><ellipse cx="${bx + 510}" cy="${620 - i * 34}" rx="26" ry="8" fill="#4a555a"/>`,
    );
  }
  out.push(
    shadow(870, 660, 230, 16, 0.25),
    g(motorbike(s, { color: s.pick([C.spice, C.sea, C.teal]) }), { x: 870, y: 660, s: 0.9 }),
  );
  return out.join('');
}

export function fishBasketShore(s: Scene) {
  const out = [seascape(s, { horizon: 400, islands: 2 })];
  out.push(
    g(boat({ hull: C.nutmeg }), { x: s.range(980, 1080), y: 470, s: 0.45 }),
    `<path d="M0,560 Q300,520 600,545 T1200,530 V800 H0 Z" fill="${tint(C.sand, 0.35)}" opacity="0.8"/>`,
    `<path d="M0,580 Q300,540 600,565 T1200,550 V800 H0 Z" fill="${s.p.ground}"/>`,
    g(palm(s, { x: 0, base: 0, height: 380, lean: 14 }), { x: 120, y: 600 }),
  );
  // Fish lie in two staggered layers, heads alternating, the way a market basket is packed.
  const fishes = [];
  for (let i = 0; i < 6; i += 1) {
    const row = i % 2;
    fishes.push(
      g(fish(s, { smoked: true }), {
        x: -120 + i * 48 + s.range(-8, 8),
        y: -200 - row * 44 + s.range(-6, 6),
        r: (row ? 14 : -12) + s.range(-6, 6),
        s: 0.62,
        flip: i % 3 === 1,
      }),
    );
  }
  out.push(
    shadow(620, 720, 260, 28, 0.25),
    g(basket(s, { w: 460, h: 200, accent: C.teal, handle: false, fill: fishes.join('') }), {
      x: 620,
      y: 720,
    }),
    g(cowrie(s), { x: 960, y: 720, s: 0.8, r: 20 }),
    g(scallop(s), { x: 300, y: 740, s: 0.6, r: -20 }),
  );
  return out.join('');
}

export function kitchenWindow(s: Scene) {
  const { p } = s;
  const out = [backdrop(s, { decor: false })];
  const wx = 170;
  const wy = 110;
  const ww = 540;
  const wh = 380;
  const clip = s.clip(`<rect x="${wx}" y="${wy}" width="${ww}" height="${wh}"/>`);
  out.push(
    `<rect x="${wx - 24}" y="${wy - 24}" width="${ww + 48}" height="${wh + 48}" rx="8" fill="${C.wood}"/>`,
    `<g clip-path="${clip}">${g(seascape(s, { horizon: 300, islands: 2 }), { x: wx, y: wy, s: ww / W })}</g>`,
    `<rect x="${wx + ww / 2 - 8}" y="${wy}" width="16" height="${wh}" fill="${C.wood}"/>`,
    `<rect x="${wx}" y="${wy + wh / 2 - 8}" width="${ww}" height="16" fill="${C.wood}"/>`,
    `<rect x="${wx - 50}" y="${wy + wh + 10}" width="${ww + 100}" height="24" rx="6" fill="${C.woodDark}"/>`,
    g(`<path d="M-34,0 L-26,-56 H26 L34,0 Z" fill="${C.spice}"/>`, { x: wx + 80, y: wy + wh + 10 }),
    g(leafyGreen(s, { size: 0.8 }), { x: wx + 80, y: wy + wh - 46 }),
    g(jar(s, { w: 60, h: 70, lid: C.teal, contents: C.clove, icon: 'dot' }), {
      x: wx + ww - 60,
      y: wy + wh + 10,
    }),
    surface(s, { y: 600, color: p.groundShade, edge: shade(p.groundShade, 0.2), grain: false }),
    `<rect x="720" y="560" width="360" height="40" rx="8" fill="#3a4448"/>`,
    `<ellipse cx="900" cy="560" rx="120" ry="14" fill="${C.nutmeg}" opacity="0.6"/>`,
    g(steam(s, { count: 3, height: 260, spread: 60, opacity: 0.8 }), { x: 900, y: 320 }),
    g(pot(s, { color: s.pick([C.teal, C.sea]) }), { x: 900, y: 560, s: 1 }),
    `<rect x="180" y="650" width="330" height="80" rx="14" fill="#c99a6a"/>`,
    `<rect x="180" y="650" width="330" height="12" rx="6" fill="#dcb487"/>`,
    g(spiceScatter(s, { count: 9, spreadX: 130, spreadY: 14, halves: 2 }), { x: 345, y: 690 }),
    g(bowl(s, { color: C.spice, fill: '#e9c46a' }), { x: 640, y: 760, s: 0.75 }),
  );
  return out.join('');
}
