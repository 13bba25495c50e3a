import { isoDate } from '../dates.ts';
import { SITE } from '../site.ts';
import { INDICATORS, NOT_APPLICABLE } from './indicators.ts';
import type { Report } from './report.ts';

/*
 * The evaluation figures as open data: one row per program per period, the same columns in the
 * CSV and the JSON, documented once here and shown on the pages next to the download links.
 */

/** A cell: text, a count, a yes/no, or nothing (a figure not available or not applicable). */
type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  /** What the column holds, as the pages document it. */
  description: string;
  /** The cell of one program in one report; `site` is the public address links are made with. */
  value: (report: Report, row: Report['rows'][number], site: URL) => Cell;
}

/** The columns, in file order. */
export const COLUMNS: readonly Column[] = [
  {
    name: 'periode',
    description: 'Nama periode evaluasi, misalnya "Semester I 2027".',
    value: (report) => report.period.label,
  },
  {
    name: 'periode_mulai',
    description: 'Hari pertama periode (TTTT-BB-HH).',
    value: (report) => isoDate(report.period.start),
  },
  {
    name: 'periode_selesai',
    description: 'Hari terakhir periode (TTTT-BB-HH).',
    value: (report) => isoDate(report.period.end),
  },
  {
    name: 'program',
    description: 'Kode program, sama dengan alamat halamannya di /program/.',
    value: (_, row) => row.program.id,
  },
  { name: 'nama_program', description: 'Nama program.', value: (_, row) => row.program.title },
  {
    name: 'kategori',
    description: 'vokasional (pelatihan keterampilan) atau kepribadian (pembinaan karakter).',
    value: (_, row) => row.program.category,
  },
  ...INDICATORS.map(
    ({ column, definition, key, appliesTo }): Column => ({
      name: column,
      description: `${definition} Bilangan bulat; kosong bila belum tersedia${appliesTo === 'semua' ? '' : ` atau ${NOT_APPLICABLE}`}.`,
      value: (_, row) => {
        const figure = row.figures[key];
        return typeof figure === 'number' ? figure : null;
      },
    }),
  ),
  {
    name: 'catatan',
    description: 'Catatan redaksi untuk baris ini, bila ada.',
    value: (_, row) => row.note ?? null,
  },
  {
    name: 'contoh',
    description:
      'ya bila angka baris ini contoh rekaan, bukan hasil evaluasi nyata; tidak bila nyata.',
    value: (report) => report.illustrative,
  },
  {
    name: 'evaluator',
    description: 'Kantor atau tim yang mengevaluasi.',
    value: (report) => report.source.evaluator,
  },
  {
    name: 'laporan',
    description: 'Alamat laporan yang ditandatangani, bila sudah terbit.',
    value: (report) => report.source.report ?? null,
  },
  {
    name: 'halaman',
    description: 'Alamat halaman evaluasi di situs ini.',
    value: (report, _, site) => new URL(report.url, site).href,
  },
];

/** Every row of the given reports, as records keyed by column name. */
export function dataRows(reports: Report[], site: URL): Record<string, Cell>[] {
  return reports.flatMap((report) =>
    report.rows.map((row) =>
      Object.fromEntries(COLUMNS.map((column) => [column.name, column.value(report, row, site)])),
    ),
  );
}

/**
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-`, `@` or a tab as a formula; an
 * editor's text must stay text for whoever opens the file (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'ya' : 'tidak';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV in UTF-8: a header row, one row per program per period, CRLF line ends. */
export function toCsv(reports: Report[], site: URL): string {
  const lines = [
    COLUMNS.map((column) => column.name).join(','),
    ...dataRows(reports, site).map((row) =>
      COLUMNS.map((column) => csvCell(row[column.name] ?? null)).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON, with the columns' meaning and the licence alongside. */
export function toJson(reports: Report[], title: string, site: URL): string {
  return `${JSON.stringify(
    {
      judul: title,
      penerbit: SITE.institutions.map((institution) => institution.name),
      lisensi: { nama: SITE.dataLicense.name, alamat: SITE.dataLicense.url },
      memuat_contoh: reports.some((report) => report.illustrative),
      kolom: Object.fromEntries(COLUMNS.map((column) => [column.name, column.description])),
      baris: dataRows(reports, site),
    },
    null,
    2,
  )}\n`;
}

/** Where the downloads live, one folder for every period and the whole series. */
export const DATA_DIR = '/evaluasi/data/';

/**
 * A file's name says when it holds illustrative figures, so a copy passed on without the page
 * still carries the warning: `evaluasi-contoh-semester-i-2027.csv`.
 */
export function reportFileBase(report: Pick<Report, 'id' | 'illustrative'>): string {
  const marked = report.illustrative && !/(^|-)contoh(-|$)/.test(report.id);
  return `evaluasi-${marked ? 'contoh-' : ''}${report.id}`;
}

/** The whole series' file name, marked when any period in it is illustrative. */
export function seriesFileBase(reports: Pick<Report, 'illustrative'>[]): string {
  return reports.some((report) => report.illustrative)
    ? 'evaluasi-semua-periode-memuat-contoh'
    : 'evaluasi-semua-periode';
}

export interface Download {
  href: string;
  format: 'CSV' | 'JSON';
  mediaType: 'text/csv' | 'application/json';
}

/** The CSV and JSON of one file base. */
export function downloadsOf(base: string): Download[] {
  return [
    { href: `${DATA_DIR}${base}.csv`, format: 'CSV', mediaType: 'text/csv' },
    { href: `${DATA_DIR}${base}.json`, format: 'JSON', mediaType: 'application/json' },
  ];
}
