/*
 * The geometry of the evaluation pages' bar charts, computed at build time so that the chart is
 * plain SVG with no script: BarChart.astro only draws what this module measured. Bars are
 * horizontal because their labels then read left to right on a 360 px phone instead of being
 * rotated or cut under narrow columns.
 */
import { scaleLinear } from 'd3-scale';
import { figuresTitle, figureText, type Figure } from './indicators.ts';

/** One bar: a value and, when a group holds several bars, the bar's own name. */
export interface ChartBar {
  /** Written above the bar, for example an indicator's name. Leave out for a group's only bar. */
  label?: string;
  value: Figure;
}

/** Bars that belong together under one label, for example a program or a period. */
export interface ChartGroup {
  label: string;
  bars: readonly ChartBar[];
}

/** Everything a chart shows. */
export interface ChartInput {
  /** What the chart counts, for example `Peserta terdaftar per program`. */
  title: string;
  /** The chart's findings as a sentence or two: the text alternative for readers who cannot see it. */
  summary: string;
  groups: readonly ChartGroup[];
  /** The figures are made up (content marked `Contoh`); the chart then says so inside itself. */
  illustrative: boolean;
  /** What the numbers count, for example `orang`; written once under the axis. */
  unit?: string;
}

/** Where a text is drawn, in viewBox units; `y` is the baseline, as in SVG. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

/** A rectangle in viewBox units. */
export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One bar as drawn. */
export interface BarLayout {
  value: Figure;
  /** The bar itself; `null` for 0 and for a missing figure, which draw no bar. */
  rect: ChartRect | null;
  /** The bar's name, wrapped onto as many lines as it needs; empty for an unlabelled bar. */
  labelLines: ChartText[];
  /** The number at the bar's end, or `belum tersedia` / `tidak berlaku` where the bar would be. */
  valueText: ChartText;
}

/** One group as drawn. */
export interface GroupLayout {
  labelLines: ChartText[];
  bars: BarLayout[];
}

/** A tick of the value axis: its light grid line and its label under the bars. */
export interface Tick {
  value: number;
  x: number;
  label: ChartText;
}

/** The measured chart that BarChart.astro draws. */
export interface BarChartGeometry {
  /** The viewBox is `0 0 width height`. */
  width: number;
  height: number;
  /** Size of every text, in viewBox units. */
  fontSize: number;
  /** The accessible name: the input's title, after `Contoh — ` when the figures are made up. */
  title: string;
  summary: string;
  /** The `Contoh` label drawn inside the chart, with the outline around it; absent for real figures. */
  badge: { rect: ChartRect; text: ChartText } | null;
  groups: GroupLayout[];
  /** Empty when the chart has no number at all, so there is nothing to measure. */
  ticks: Tick[];
  /** Top and bottom of the grid lines. */
  gridTop: number;
  gridBottom: number;
  /** The axis' unit, under the tick labels. */
  unitText: ChartText | null;
}

/** Width of the viewBox. The SVG is scaled to its column, so this fixes the text's size. */
export const VIEWBOX_WIDTH = 400;

/**
 * The narrowest the chart is drawn: a 320 px screen less the page's 16 px padding on each side.
 * Text must stay at least 12 CSS px there, which sets the font size below.
 */
export const NARROWEST_CSS_WIDTH = 320 - 2 * 16;
/** The smallest text readers should get on a phone, in CSS px. */
export const MIN_TEXT_CSS_PX = 12;

const FONT_SIZE = Math.ceil((MIN_TEXT_CSS_PX * VIEWBOX_WIDTH) / NARROWEST_CSS_WIDTH);
const LINE_HEIGHT = Math.round(FONT_SIZE * 1.3);
/** From a line's top to its baseline: the glyphs sit centred in the line. */
const BASELINE = Math.round((LINE_HEIGHT - FONT_SIZE) / 2 + FONT_SIZE * 0.8);
const BAR_HEIGHT = Math.round(FONT_SIZE * 1.2);
/** Left edge of bars and labels; the `0` tick label is centred on it and must not be cut. */
const LEFT = 8;
/** Margin at the top, right and bottom edges. */
const PAD = 4;
/** Between a bar's end and its value, and around the `Contoh` text in its outline. */
const GAP = 6;
const ROW_GAP = 6;
const GROUP_GAP = 14;
/** The narrowest the bars may be squeezed by wide value texts. */
const MIN_PLOT_WIDTH = 150;

/**
 * A text's width in viewBox units, estimated generously, since the reader's font is unknown
 * (system-ui: Roboto on Android, Noto Sans or DejaVu Sans on Linux, San Francisco on Apple).
 * Wrapping and margins use it so that no text runs out of the picture.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (/[\s.,:;'!|ilj]/.test(char)) ems += 0.32;
    else if (/[ftr()\-–—]/.test(char)) ems += 0.42;
    else if (/[mwMW]/.test(char)) ems += 0.92;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** Breaks text into lines no wider than `maxWidth`, between words where it can. */
function wrap(text: string, maxWidth: number, bold: boolean): string[] {
  const fits = (line: string) => estimateTextWidth(line, FONT_SIZE, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the chart (a long compound name) is cut where it must be.
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The value axis: its round maximum, its ticks, and where the maximum lies in the viewBox. */
interface Axis {
  max: number;
  ticks: number[];
  plotEnd: number;
}

/**
 * Picks the value axis: from 0 to a round maximum, with 3 to 5 grid lines after the one at 0
 * whose labels do not overlap, on whole numbers only when every figure is whole (half a person
 * means nothing). More ticks win, since they keep the maximum closest to the largest value and so
 * the bars longest.
 */
function chooseAxis(numbers: number[], valueRoom: number): Axis {
  const integers = numbers.every(Number.isInteger);
  // Below 3 there are not four whole ticks (0, 1, 2, 3); a lone 1 then fills a third of the scale.
  const largest = integers ? Math.max(...numbers, 3) : Math.max(...numbers);
  const candidates: Axis[] = [];
  for (const count of [6, 5, 4, 3]) {
    const scale = scaleLinear().domain([0, largest]).nice(count);
    const ticks = scale.ticks(count);
    const max = ticks.at(-1);
    if (max === undefined || max !== scale.domain()[1]) continue;
    if (ticks.length < 4 || ticks.length > 6) continue;
    if (integers && !ticks.every(Number.isInteger)) continue;
    const widths = ticks.map((tick) => estimateTextWidth(figureText(tick), FONT_SIZE));
    const room = Math.max(valueRoom, Math.max(...widths) / 2);
    const plotEnd = Math.max(VIEWBOX_WIDTH - PAD - room, LEFT + MIN_PLOT_WIDTH);
    const axis = { max, ticks, plotEnd };
    if ((plotEnd - LEFT) / (ticks.length - 1) >= Math.max(...widths) + GAP) return axis;
    candidates.push(axis);
  }
  // Only very wide values on the narrowest plot get here: the fewest labels overlap least.
  const fallback = candidates.at(-1);
  if (!fallback) throw new Error(`Tidak ada sumbu untuk nilai hingga ${largest}.`);
  return fallback;
}

/** A text whose baseline is at `y`. */
function place(
  x: number,
  y: number,
  text: string,
  anchor: ChartText['anchor'] = 'start',
  bold = false,
): ChartText {
  return { x, y, text, anchor, bold };
}

/**
 * Measures a bar chart: one shared linear scale from 0, horizontal bars under their group's
 * label, each bar's value written at its end, a missing figure written where its bar would be.
 * Pure: the same input always gives the same geometry, so a build draws the same picture.
 *
 * @throws RangeError for a negative or non-finite value: bars start at 0 and counts cannot be
 *   negative, so such a value is a mistake upstream that the chart must not hide.
 */
export function barChartGeometry(input: ChartInput): BarChartGeometry {
  const numbers = input.groups.flatMap((group) =>
    group.bars.flatMap((bar) => (typeof bar.value === 'number' ? [bar.value] : [])),
  );
  const invalid = numbers.find((value) => !Number.isFinite(value) || value < 0);
  if (invalid !== undefined) {
    throw new RangeError(`Nilai grafik "${input.title}" tidak sah: ${invalid}.`);
  }

  const valueRoom =
    GAP + Math.max(0, ...numbers.map((value) => estimateTextWidth(figureText(value), FONT_SIZE)));
  const axis = numbers.length > 0 ? chooseAxis(numbers, valueRoom) : null;
  const scale = axis && scaleLinear().domain([0, axis.max]).range([LEFT, axis.plotEnd]);
  const textWidth = VIEWBOX_WIDTH - LEFT - PAD;

  let y = PAD;
  let badge: BarChartGeometry['badge'] = null;
  if (input.illustrative) {
    const width = estimateTextWidth('Contoh', FONT_SIZE, true) + 2 * GAP;
    // Centred, so that a font narrower than the estimate leaves even margins in the outline.
    const text = place(LEFT + width / 2, y + BASELINE, 'Contoh', 'middle', true);
    badge = { rect: { x: LEFT, y, width, height: LINE_HEIGHT }, text };
    y += LINE_HEIGHT + GROUP_GAP;
  }

  /** Writes a label on as many lines as it needs, from the current height down. */
  const label = (text: string, bold: boolean) =>
    wrap(text, textWidth, bold).map((line) => {
      const placed = place(LEFT, y + BASELINE, line, 'start', bold);
      y += LINE_HEIGHT;
      return placed;
    });

  const gridTop = y;
  const groups = input.groups.map((group, index): GroupLayout => {
    if (index > 0) y += GROUP_GAP;
    const labelLines = label(group.label, true);
    const bars = group.bars.map((bar): BarLayout => {
      const barLabelLines = bar.label ? label(bar.label, false) : [];
      const top = y;
      y += BAR_HEIGHT + ROW_GAP;
      const baseline = top + BAR_HEIGHT / 2 + FONT_SIZE * 0.35;
      if (typeof bar.value !== 'number') {
        const valueText = place(LEFT, baseline, bar.value);
        return { value: bar.value, rect: null, labelLines: barLabelLines, valueText };
      }
      const length = scale!(bar.value) - LEFT;
      return {
        value: bar.value,
        rect: length > 0 ? { x: LEFT, y: top, width: length, height: BAR_HEIGHT } : null,
        labelLines: barLabelLines,
        valueText: place(length > 0 ? LEFT + length + GAP : LEFT, baseline, figureText(bar.value)),
      };
    });
    return { labelLines, bars };
  });
  const gridBottom = y - ROW_GAP;

  let ticks: Tick[] = [];
  let unitText: ChartText | null = null;
  if (axis && scale) {
    const baseline = y + BASELINE;
    ticks = axis.ticks.map((value) => ({
      value,
      x: scale(value),
      label: place(scale(value), baseline, figureText(value), 'middle'),
    }));
    y += LINE_HEIGHT;
    if (input.unit) {
      unitText = place(LEFT, y + BASELINE, `Satuan: ${input.unit}`);
      y += LINE_HEIGHT;
    }
  }

  return {
    width: VIEWBOX_WIDTH,
    height: Math.ceil(y + PAD),
    fontSize: FONT_SIZE,
    title: figuresTitle(input.title, input.illustrative),
    summary: input.summary,
    badge,
    groups,
    ticks,
    gridTop,
    gridBottom,
    unitText,
  };
}
