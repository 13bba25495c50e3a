/*
 * The colours of the bar charts, as Tailwind classes on the SVG's parts: the site's stylesheet then
 * paints them for the light scheme, the dark scheme and paper, and the chart needs no inline style,
 * which the Content-Security-Policy refuses. The classes are written out whole so that Tailwind
 * finds them in this file; barChart.test.ts holds each to its WCAG 2.2 contrast.
 *
 * Paper is white whatever the screen's scheme (global.css), so every dark colour has a `print:`
 * twin, which Tailwind emits after `dark:` and which therefore wins on paper.
 */

/** Classes of each part of a chart, by part. */
export const CHART_PAINT = {
  /** The bars: 3:1 against the page, as graphics must be. */
  bar: 'fill-laut-600 dark:fill-laut-300 print:fill-laut-600',
  /** Light grid lines, under everything; they only help the eye, every value is written out. */
  grid: 'stroke-slate-300 dark:stroke-laut-800 print:stroke-slate-300',
  /** Group names (programs, periods). */
  groupLabel: 'fill-laut-900 dark:fill-white print:fill-laut-900',
  /** Bar names (indicators), tick labels and the unit. */
  secondaryText: 'fill-slate-700 dark:fill-slate-300 print:fill-slate-700',
  /** Values at the bars' ends, and the words that stand in for a missing figure. */
  value: 'fill-slate-900 dark:fill-slate-100 print:fill-slate-900',
  /** The outline of the `Contoh` label, like IllustrativeLabel.astro's. */
  badge:
    'fill-pala-50 stroke-pala-600 dark:fill-transparent dark:stroke-pala-300 print:fill-pala-50 print:stroke-pala-600',
  /** The word `Contoh` inside it. */
  badgeText: 'fill-pala-700 dark:fill-pala-300 print:fill-pala-700',
} as const;
