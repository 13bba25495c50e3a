/*
 * The evaluation indicators, in one place: table headings, chart titles, CSV columns and the
 * editor guide's definitions all read this list, so a renamed indicator is renamed everywhere.
 */

/** A figure's key in an evaluation's frontmatter (`figures.*.<key>`). */
export type IndicatorKey = 'enrolled' | 'completed' | 'certified' | 'working';

export interface Indicator {
  key: IndicatorKey;
  /** Short name in table headings and chart titles. */
  label: string;
  /** Column name in the CSV and key in the JSON downloads: lower case, no spaces. */
  column: string;
  /** What is counted, as the editor guide and the page explain it. */
  definition: string;
  /** Programs the indicator applies to; elsewhere the site says "tidak berlaku". */
  appliesTo: 'semua' | 'vokasional';
}

export const INDICATORS: readonly Indicator[] = [
  {
    key: 'enrolled',
    label: 'Peserta terdaftar',
    column: 'peserta_terdaftar',
    definition: 'Warga binaan yang terdaftar mengikuti program selama periode evaluasi.',
    appliesTo: 'semua',
  },
  {
    key: 'completed',
    label: 'Menyelesaikan program',
    column: 'menyelesaikan',
    definition: 'Peserta terdaftar yang menyelesaikan seluruh rangkaian program dalam periode itu.',
    appliesTo: 'semua',
  },
  {
    key: 'certified',
    label: 'Memperoleh sertifikat',
    column: 'bersertifikat',
    definition:
      'Peserta yang menyelesaikan program dan memperoleh sertifikat pelatihan atau kompetensi. Hanya untuk program vokasional.',
    appliesTo: 'vokasional',
  },
  {
    key: 'working',
    label: 'Bekerja atau berusaha setelah bebas',
    column: 'bekerja_atau_berusaha',
    definition:
      'Peserta yang menyelesaikan program, sudah bebas, dan bekerja atau menjalankan usaha sendiri saat evaluasi dibuat.',
    appliesTo: 'semua',
  },
];

/** What the site says where a figure is not known yet. Never 0: 0 is a finding, not a gap. */
export const NOT_AVAILABLE = 'belum tersedia';
/** What the site says where an indicator does not apply to a program. */
export const NOT_APPLICABLE = 'tidak berlaku';

/** A figure as tables and charts show it: a count, or why there is none. */
export type Figure = number | typeof NOT_AVAILABLE | typeof NOT_APPLICABLE;

const numberFormat = new Intl.NumberFormat('id-ID');

/**
 * The name of a table, chart or file of figures, led by "Contoh — " when the figures are made up:
 * the label travels with the numbers wherever they are shown or copied.
 */
export const figuresTitle = (title: string, illustrative: boolean) =>
  illustrative ? `Contoh — ${title}` : title;

/** A figure as text: `1.234` as Indonesian readers write it, or why there is none. */
export const figureText = (figure: Figure) =>
  typeof figure === 'number' ? numberFormat.format(figure) : figure;
