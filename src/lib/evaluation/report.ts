import { isoDate } from '../dates.ts';
import {
  figureText,
  INDICATORS,
  NOT_APPLICABLE,
  NOT_AVAILABLE,
  type Figure,
  type IndicatorKey,
} from './indicators.ts';

/*
 * One evaluation period as pages, charts and downloads read it. Every number a reader sees, in a
 * table, a chart or a file, comes from `reportOf`, so the three can never disagree.
 */

/** The little an evaluation needs to know about a program. */
export interface ProgramInfo {
  id: string;
  title: string;
  category: 'vokasional' | 'kepribadian';
  /** The program's page, when it is published. */
  url?: string | undefined;
}

/** One program's figures in one period. */
export interface ReportRow {
  program: ProgramInfo;
  figures: Record<IndicatorKey, Figure>;
  note?: string | undefined;
}

export interface Report {
  id: string;
  url: string;
  title: string;
  summary: string;
  period: { label: string; start: Date; end: Date };
  source: { evaluator: string; report?: string | undefined };
  illustrative: boolean;
  publishDate: Date;
  updatedDate?: Date | undefined;
  rows: ReportRow[];
}

type Count = number | null | undefined;

/** An evaluation entry's own fields, as the collection's schema leaves them. */
export interface EvaluationData {
  title: string;
  summary: string;
  period: { label: string; start: Date; end: Date };
  source: { evaluator: string; report?: string | undefined };
  figures: ({ program: { id: string }; note?: string | undefined } & Partial<
    Record<IndicatorKey, Count>
  >)[];
  illustrative: boolean;
  publishDate: Date;
  updatedDate?: Date | undefined;
}

/** A report's address: the period's folder under /evaluasi/. */
export const reportUrl = (id: string) => `/evaluasi/${id}/`;

/**
 * The report of one period. `programOf` names a program by id; the build has already refused an
 * unknown one, so a missing program here is a bug and says so.
 */
export function reportOf(
  entry: { id: string; data: EvaluationData },
  programOf: (id: string) => ProgramInfo | undefined,
): Report {
  const { data } = entry;
  const rows = data.figures.map((row): ReportRow => {
    const program = programOf(row.program.id);
    if (!program)
      throw new Error(`Program "${row.program.id}" tidak dikenal (evaluasi ${entry.id}).`);
    const figures = Object.fromEntries(
      INDICATORS.map(({ key, appliesTo }) => {
        const value = row[key];
        if (appliesTo !== 'semua' && appliesTo !== program.category) return [key, NOT_APPLICABLE];
        return [key, typeof value === 'number' ? value : NOT_AVAILABLE];
      }),
    ) as Record<IndicatorKey, Figure>;
    return { program, figures, note: row.note };
  });
  return {
    id: entry.id,
    url: reportUrl(entry.id),
    title: data.title,
    summary: data.summary,
    period: data.period,
    source: data.source,
    illustrative: data.illustrative,
    publishDate: data.publishDate,
    updatedDate: data.updatedDate,
    rows,
  };
}

/** Newest period first: the order of the list page and of the series downloads. */
export const newestPeriodFirst = (a: Report, b: Report) =>
  b.period.end.getTime() - a.period.end.getTime() || a.id.localeCompare(b.id);

/** The period as a range readers and `temporalCoverage` read: `2027-01-01/2027-06-30`. */
export const isoRange = (period: Report['period']) =>
  `${isoDate(period.start)}/${isoDate(period.end)}`;

/** Readers' words for a list: `a, b, dan c`. */
const listText = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} dan ${items.at(-1)}`;

/**
 * One indicator of one period in a sentence, for readers who do not see the chart: every known
 * figure with its program, then the programs without one and why.
 */
export function indicatorSummary(report: Report, key: IndicatorKey): string {
  const indicator = INDICATORS.find((candidate) => candidate.key === key);
  const known = report.rows.filter((row) => typeof row.figures[key] === 'number');
  const missing = (reason: Figure) =>
    report.rows.filter((row) => row.figures[key] === reason).map((row) => row.program.title);
  const parts = [
    known.length > 0
      ? `${indicator?.label}: ${listText(known.map((row) => `${figureText(row.figures[key])} di ${row.program.title}`))}.`
      : `${indicator?.label}: belum ada angka.`,
  ];
  const notAvailable = missing(NOT_AVAILABLE);
  if (notAvailable.length > 0) parts.push(`Belum tersedia untuk ${listText(notAvailable)}.`);
  const notApplicable = missing(NOT_APPLICABLE);
  if (notApplicable.length > 0) parts.push(`Tidak berlaku untuk ${listText(notApplicable)}.`);
  return parts.join(' ');
}
