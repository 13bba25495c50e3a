// Visual identity colours of the site; everything else is mixed from these so the covers stay
// in one family even when a motif needs extra shades.
export const C = {
  deep: '#0b3954',
  sea: '#0e4d6e',
  teal: '#138a8a',
  spice: '#c8553d',
  nutmeg: '#e07a3f',
  clove: '#5b3a29',
  sand: '#f4ede1',
  leaf: '#3f7d4e',
  ink: '#0a2230',
  paper: '#fffaf1',
  wood: '#b07a4b',
  woodDark: '#7d5235',
  rattan: '#d7b377',
  rattanDark: '#b88a4e',
  leafLight: '#79ad62',
  leafMid: '#57965a',
  mace: '#b8432f',
  fruit: '#eedba4',
  broth: '#e2a23a',
  steel: '#a9bcc4',
  steelDark: '#5e7784',
  skin: '#a9704f',
  skinDeep: '#8a5638',
};

const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
const toRgb = (hex: string) => [channel(hex, 1), channel(hex, 3), channel(hex, 5)] as const;
const toHex = (rgb: number[]) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = toRgb(a);
  const [r2, g2, b2] = toRgb(b);
  return toHex([r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t]);
}

export const tint = (color: string, t: number) => mix(color, '#ffffff', t);
export const shade = (color: string, t: number) => mix(color, '#06141c', t);

// Roles rather than raw colours, so one motif function reads well on a light sand backdrop and
// on a dark sea backdrop without knowing which one it got.
export interface Palette {
  /** A dark backdrop: motifs draw light ink on it. */
  dark: boolean;
  bg: [string, string];
  glow: string;
  ground: string;
  groundShade: string;
  ink: string;
  soft: string;
  accent: string;
  accent2: string;
  accent3: string;
}

export const PALETTES = {
  pasir: {
    dark: false,
    bg: ['#fbf6ec', '#efe2cb'],
    glow: '#f7c58f',
    ground: '#e2cca6',
    groundShade: '#cdb186',
    ink: C.deep,
    soft: '#e7d9c0',
    accent: C.spice,
    accent2: C.teal,
    accent3: C.nutmeg,
  },
  teluk: {
    dark: false,
    bg: ['#cfe7e4', '#f4ede1'],
    glow: '#ffffff',
    ground: '#e6d5b6',
    groundShade: '#d0b98f',
    ink: C.deep,
    soft: '#b9dcd8',
    accent: C.nutmeg,
    accent2: C.teal,
    accent3: C.spice,
  },
  senja: {
    dark: false,
    bg: ['#f3b27d', '#f7e6d0'],
    glow: '#fff1da',
    ground: '#e8cfa8',
    groundShade: '#cfa978',
    ink: C.clove,
    soft: '#f5cfa6',
    accent: C.spice,
    accent2: C.sea,
    accent3: C.teal,
  },
  daun: {
    dark: false,
    bg: ['#dbe9d2', '#f4ede1'],
    glow: '#fffbe9',
    ground: '#d9c39d',
    groundShade: '#bf9f70',
    ink: C.deep,
    soft: '#c5ddb9',
    accent: C.nutmeg,
    accent2: C.leaf,
    accent3: C.teal,
  },
  laut: {
    dark: true,
    bg: ['#0b3954', '#0f5775'],
    glow: '#1f9a98',
    ground: '#d9c6a3',
    groundShade: '#b99c70',
    ink: C.sand,
    soft: '#16607f',
    accent: C.nutmeg,
    accent2: '#5fc1b8',
    accent3: C.spice,
  },
  rempah: {
    dark: true,
    bg: ['#5b3a29', '#7f4b31'],
    glow: '#e07a3f',
    ground: '#c9a77b',
    groundShade: '#a8845a',
    ink: C.sand,
    soft: '#6d4632',
    accent: C.nutmeg,
    accent2: '#6fc2b6',
    accent3: C.sand,
  },
} satisfies Record<string, Palette>;
