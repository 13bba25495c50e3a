import { describe, expect, it } from 'vitest';
import colors from 'tailwindcss/colors';
import tailwindConfig from '../../../tailwind.config.mjs';
import {
  MIN_TEXT_CSS_PX,
  NARROWEST_CSS_WIDTH,
  barChartGeometry,
  estimateTextWidth,
  type BarChartGeometry,
  type ChartInput,
  type ChartText,
} from './barChart.ts';
import { CHART_PAINT } from './chartPaint.ts';
import { INDICATORS, NOT_APPLICABLE, NOT_AVAILABLE } from './indicators.ts';

/** A period page's chart: one unlabelled bar per program. */
const perProgram: ChartInput = {
  title: 'Peserta terdaftar per program',
  summary: 'Pelatihan menjahit punya peserta terbanyak, 48 orang.',
  illustrative: false,
  unit: 'orang',
  groups: [
    { label: 'Pelatihan Menjahit dan Tata Busana', bars: [{ value: 48 }] },
    { label: 'Pembinaan Kepribadian', bars: [{ value: 12 }] },
    { label: 'Tata Boga', bars: [{ value: 0 }] },
    { label: 'Perbengkelan', bars: [{ value: NOT_AVAILABLE }] },
  ],
};

/** A program page's chart: one group per period, one labelled bar per indicator. */
const perPeriod: ChartInput = {
  title: 'Pelatihan Menjahit per periode',
  summary: 'Jumlah peserta naik dari 30 menjadi 48 orang.',
  illustrative: true,
  groups: [
    {
      label: 'Semester I 2027',
      bars: INDICATORS.map((indicator, i) => ({
        label: indicator.label,
        value: [30, 25, 20, 4][i]!,
      })),
    },
    {
      label: 'Semester II 2027',
      bars: INDICATORS.map((indicator, i) => ({
        label: indicator.label,
        value: ([48, 40, NOT_APPLICABLE, NOT_AVAILABLE] as const)[i]!,
      })),
    },
  ],
};

const allBars = (chart: BarChartGeometry) => chart.groups.flatMap((group) => group.bars);

const allTexts = (chart: BarChartGeometry): ChartText[] => [
  ...(chart.badge ? [chart.badge.text] : []),
  ...chart.groups.flatMap((group) => [
    ...group.labelLines,
    ...group.bars.flatMap((bar) => [...bar.labelLines, bar.valueText]),
  ]),
  ...chart.ticks.map((tick) => tick.label),
  ...(chart.unitText ? [chart.unitText] : []),
];

describe('barChartGeometry', () => {
  it('batang berbagi satu skala dari 0: panjangnya sebanding, nilai terbesar terpanjang', () => {
    const chart = barChartGeometry(perProgram);
    const drawn = allBars(chart).filter((bar) => bar.rect);
    const left = chart.ticks[0]!.x;
    for (const bar of drawn) expect(bar.rect!.x).toBe(left);
    const [largest, smaller] = drawn;
    expect(largest!.value).toBe(48);
    expect(largest!.rect!.width).toBe(Math.max(...drawn.map((bar) => bar.rect!.width)));
    expect(smaller!.rect!.width / largest!.rect!.width).toBeCloseTo(12 / 48, 6);
  });

  it('sumbu mulai dari 0 dan berakhir di angka bulat, tidak kurang dari nilai terbesar', () => {
    const chart = barChartGeometry(perProgram);
    const values = chart.ticks.map((tick) => tick.value);
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBeGreaterThanOrEqual(48);
    expect(values).toEqual([0, 10, 20, 30, 40, 50]);
    expect(chart.ticks[0]!.x).toBe(allBars(chart)[0]!.rect!.x);
  });

  it.each([1, 2, 3, 7, 9, 11, 48, 95, 101, 250, 999, 1234, 18_500])(
    'nilai terbesar %i: 3–5 garis bantu bulat berjarak sama sesudah 0, yang terakhir di ujung skala',
    (largest) => {
      const chart = barChartGeometry({
        ...perProgram,
        groups: [{ label: 'A', bars: [{ value: largest }] }],
      });
      const values = chart.ticks.map((tick) => tick.value);
      expect(values[0]).toBe(0);
      expect(values.length - 1).toBeGreaterThanOrEqual(3);
      expect(values.length - 1).toBeLessThanOrEqual(5);
      expect(values.every(Number.isInteger)).toBe(true);
      expect(values.at(-1)).toBeGreaterThanOrEqual(largest);
      const bar = allBars(chart)[0]!.rect!;
      const lastTick = chart.ticks.at(-1)!;
      expect(bar.x + bar.width).toBeCloseTo(
        chart.ticks[0]!.x + ((lastTick.x - chart.ticks[0]!.x) * largest) / lastTick.value,
        6,
      );
      const steps = chart.ticks.slice(1).map((tick, i) => tick.x - chart.ticks[i]!.x);
      for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 6);
    },
  );

  it('label sumbu tidak bertumpuk', () => {
    const chart = barChartGeometry({
      ...perProgram,
      groups: [{ label: 'A', bars: [{ value: 18_500 }] }],
    });
    const widths = chart.ticks.map((tick) => estimateTextWidth(tick.label.text, chart.fontSize));
    chart.ticks.slice(1).forEach((tick, i) => {
      expect(tick.x - chart.ticks[i]!.x).toBeGreaterThan((widths[i]! + widths[i + 1]!) / 2);
    });
  });

  it('angka yang kosong tanpa batang, alasannya tertulis di awal batang', () => {
    const bars = allBars(barChartGeometry(perPeriod));
    const notApplicable = bars.find((bar) => bar.value === NOT_APPLICABLE)!;
    const notAvailable = bars.find((bar) => bar.value === NOT_AVAILABLE)!;
    expect(notApplicable.rect).toBeNull();
    expect(notApplicable.valueText.text).toBe('tidak berlaku');
    expect(notAvailable.rect).toBeNull();
    expect(notAvailable.valueText.text).toBe('belum tersedia');
    expect(notAvailable.valueText.x).toBe(bars[0]!.rect!.x);
  });

  it('0 yang nyata juga tanpa batang, tetapi tertulis 0, bukan alasan', () => {
    const bars = allBars(barChartGeometry(perProgram));
    const zero = bars.find((bar) => bar.value === 0)!;
    const missing = bars.find((bar) => bar.value === NOT_AVAILABLE)!;
    expect(zero.rect).toBeNull();
    expect(zero.valueText.text).toBe('0');
    expect(missing.valueText.text).toBe('belum tersedia');
    const onlyZero = barChartGeometry({
      ...perProgram,
      groups: [{ label: 'A', bars: [{ value: 0 }] }],
    });
    expect(onlyZero.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
  });

  it('nilai tertulis tepat di ujung batangnya, dengan format angka Indonesia', () => {
    const chart = barChartGeometry({
      ...perProgram,
      groups: [{ label: 'A', bars: [{ value: 1234 }, { value: 56 }] }],
    });
    for (const bar of allBars(chart)) {
      expect(bar.valueText.x).toBeGreaterThan(bar.rect!.x + bar.rect!.width);
      expect(bar.valueText.x).toBeLessThan(bar.rect!.x + bar.rect!.width + 10);
      expect(bar.valueText.y).toBeGreaterThan(bar.rect!.y);
      expect(bar.valueText.y).toBeLessThan(bar.rect!.y + bar.rect!.height);
    }
    expect(allBars(chart)[0]!.valueText.text).toBe('1.234');
  });

  it('label kelompok di atas batangnya, label batang di atas batangnya sendiri', () => {
    const chart = barChartGeometry(perPeriod);
    for (const group of chart.groups) {
      const firstBar = group.bars[0]!;
      expect(group.labelLines.at(-1)!.y).toBeLessThan(firstBar.labelLines[0]!.y);
      for (const bar of group.bars) {
        expect(bar.labelLines.map((line) => line.text).join(' ')).toMatch(/\S/);
        expect(bar.labelLines.at(-1)!.y).toBeLessThan(bar.valueText.y);
      }
    }
    expect(chart.groups[1]!.labelLines[0]!.y).toBeGreaterThan(allBars(chart)[3]!.valueText.y);
  });

  it('tinggi bertambah sesuai jumlah baris', () => {
    const rows = (count: number) =>
      barChartGeometry({
        ...perProgram,
        groups: Array.from({ length: count }, (_, i) => ({
          label: `Program ${i}`,
          bars: [{ value: i }],
        })),
      }).height;
    expect(rows(2)).toBeGreaterThan(rows(1));
    expect(rows(20)).toBeGreaterThan(rows(10));
    expect(barChartGeometry(perPeriod).height).toBeGreaterThan(rows(2));
  });

  it.each([
    ['per program', perProgram],
    ['per periode', perPeriod],
    [
      'dengan nama panjang dan angka besar',
      {
        ...perProgram,
        groups: [
          {
            label: 'Pelatihan Keterampilan Pengolahan Hasil Perikanan dan Kelautan Pesisir Ambon',
            bars: [{ label: 'Bekerja atau berusaha setelah bebas', value: 123_456 }],
          },
          { label: 'Kewirausahaanpemasyarakatanterpadumalukutengah', bars: [{ value: 7 }] },
        ],
      },
    ],
  ] as const)('semua teks grafik %s ada di dalam gambar', (_, input) => {
    const chart = barChartGeometry(input);
    for (const text of allTexts(chart)) {
      const width = estimateTextWidth(text.text, chart.fontSize, text.bold);
      const left =
        text.x - (text.anchor === 'middle' ? width / 2 : text.anchor === 'end' ? width : 0);
      expect(left, text.text).toBeGreaterThanOrEqual(0);
      expect(left + width, text.text).toBeLessThanOrEqual(chart.width);
      expect(text.y - chart.fontSize, text.text).toBeGreaterThanOrEqual(0);
      expect(text.y + chart.fontSize * 0.3, text.text).toBeLessThanOrEqual(chart.height);
    }
    for (const bar of allBars(chart)) {
      if (bar.rect) expect(bar.rect.x + bar.rect.width).toBeLessThanOrEqual(chart.width);
    }
  });

  it('teks paling sedikit 12 px CSS pada grafik tersempit, di layar 320 px', () => {
    const chart = barChartGeometry(perProgram);
    expect(chart.fontSize * (NARROWEST_CSS_WIDTH / chart.width)).toBeGreaterThanOrEqual(
      MIN_TEXT_CSS_PX,
    );
    expect(NARROWEST_CSS_WIDTH).toBeLessThanOrEqual(320);
  });

  it('angka contoh berlabel Contoh di dalam gambar dan di namanya', () => {
    const chart = barChartGeometry(perPeriod);
    expect(chart.title).toBe('Contoh — Pelatihan Menjahit per periode');
    expect(chart.badge!.text.text).toBe('Contoh');
    expect(chart.badge!.text.x).toBe(chart.badge!.rect.x + chart.badge!.rect.width / 2);
    expect(chart.badge!.rect.y + chart.badge!.rect.height).toBeLessThan(chart.gridTop);
    const real = barChartGeometry(perProgram);
    expect(real.title).toBe('Peserta terdaftar per program');
    expect(real.badge).toBeNull();
  });

  it('satuan tertulis sekali di bawah sumbu', () => {
    const chart = barChartGeometry(perProgram);
    expect(chart.unitText!.text).toBe('Satuan: orang');
    expect(chart.unitText!.y).toBeGreaterThan(chart.ticks[0]!.label.y);
    expect(barChartGeometry(perPeriod).unitText).toBeNull();
  });

  it('grafik tanpa angka sama sekali tanpa batang dan sumbu, hanya alasannya', () => {
    const chart = barChartGeometry({
      ...perProgram,
      groups: [{ label: 'A', bars: [{ value: NOT_AVAILABLE }] }],
    });
    expect(chart.ticks).toEqual([]);
    expect(chart.unitText).toBeNull();
    expect(allBars(chart)[0]!.valueText.text).toBe('belum tersedia');
  });

  it('pecahan mendapat label pecahan, dengan koma desimal', () => {
    const chart = barChartGeometry({
      ...perProgram,
      groups: [{ label: 'A', bars: [{ value: 0.75 }] }],
    });
    expect(allBars(chart)[0]!.valueText.text).toBe('0,75');
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(0.75);
    expect(chart.ticks.length).toBeGreaterThanOrEqual(4);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('menolak nilai %d', (value) => {
    expect(() =>
      barChartGeometry({ ...perProgram, groups: [{ label: 'A', bars: [{ value }] }] }),
    ).toThrow(RangeError);
  });
});

describe('CHART_PAINT', () => {
  const palette = {
    white: colors.white,
    slate: colors.slate,
    ...tailwindConfig.theme?.extend?.colors,
  } as Record<string, string | Record<string, string>>;
  /** `fill-laut-600` → `#135677`; undefined for `transparent`. */
  const colourOf = (token: string): string | undefined => {
    const [, name, shade] = /^(?:fill|stroke)-([a-z]+)(?:-(\d+))?$/.exec(token)!;
    if (name === 'transparent') return undefined;
    const entry = palette[name!]!;
    const hex = typeof entry === 'string' ? entry : entry[shade!];
    expect(hex, token).toMatch(/^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/);
    return hex!.length === 4 ? hex!.replace(/[0-9a-f]/g, (digit) => digit + digit) : hex;
  };
  /** The colour a part is painted with in a scheme: its `dark:` or `print:` class, else the plain one. */
  const paint = (
    classes: string,
    property: 'fill' | 'stroke',
    scheme: 'light' | 'dark' | 'print',
  ) => {
    const tokens = classes.split(' ');
    const own = tokens.find((token) => token.startsWith(`${scheme}:${property}-`));
    return own ? own.slice(scheme.length + 1) : tokens.find((t) => t.startsWith(`${property}-`))!;
  };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };

  // The page behind a chart in each scheme (global.css): sand or a white card, the deep sea or a
  // band of it, white paper.
  const pages = {
    light: ['#fbf8f2', '#ffffff'],
    dark: ['#051a27', '#082a3e'],
    print: ['#ffffff'],
  } as const;

  it.each(['light', 'dark', 'print'] as const)(
    'memenuhi kontras WCAG 2.2 AA pada skema %s',
    (scheme) => {
      const badgeFill = colourOf(paint(CHART_PAINT.badge, 'fill', scheme));
      const needs = [
        { part: 'bar', colour: paint(CHART_PAINT.bar, 'fill', scheme), ratio: 3 },
        { part: 'groupLabel', colour: paint(CHART_PAINT.groupLabel, 'fill', scheme), ratio: 4.5 },
        {
          part: 'secondaryText',
          colour: paint(CHART_PAINT.secondaryText, 'fill', scheme),
          ratio: 4.5,
        },
        { part: 'value', colour: paint(CHART_PAINT.value, 'fill', scheme), ratio: 4.5 },
        { part: 'badge outline', colour: paint(CHART_PAINT.badge, 'stroke', scheme), ratio: 3 },
      ];
      for (const page of pages[scheme]) {
        for (const { part, colour, ratio } of needs) {
          expect(contrast(colourOf(colour)!, page), `${part} on ${page}`).toBeGreaterThanOrEqual(
            ratio,
          );
        }
        const text = colourOf(paint(CHART_PAINT.badgeText, 'fill', scheme))!;
        expect(
          contrast(text, badgeFill ?? page),
          `Contoh on ${badgeFill ?? page}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('setiap warna gelap punya kembaran print:, jadi kertas tidak dicetak untuk layar gelap', () => {
    for (const classes of Object.values(CHART_PAINT)) {
      const tokens = classes.split(' ');
      for (const token of tokens.filter((t) => t.startsWith('dark:'))) {
        const property = token.slice('dark:'.length).split('-')[0];
        expect(
          tokens.some((t) => t.startsWith(`print:${property}-`)),
          token,
        ).toBe(true);
      }
    }
  });
});
