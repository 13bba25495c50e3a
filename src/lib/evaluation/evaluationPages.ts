import type { Evaluasi } from '../entryTypes.ts';
import {
  downloadsOf,
  reportFileBase,
  seriesFileBase,
  toCsv,
  toJson,
  type Download,
} from './openData.ts';
import { figuresTitle } from './indicators.ts';
import type { Report, ReportRow } from './report.ts';

/*
 * What the /evaluasi/ routes build, from the published reports: one page per period, the list
 * page, and the CSV/JSON files. Route files only pass these on.
 */

/** The page of each period, with the entry whose body it renders. */
export function reportPaths(entries: Evaluasi[], reports: Report[]) {
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  return reports.flatMap((report) => {
    const entry = entryById.get(report.id);
    return entry
      ? [
          {
            params: { slug: report.id },
            props: { entry, report, downloads: reportDownloads(report) },
          },
        ]
      : [];
  });
}

/** The CSV and JSON of one period. */
export const reportDownloads = (report: Report): Download[] => downloadsOf(reportFileBase(report));

/** The CSV and JSON of every period together; none while nothing is published. */
export const seriesDownloads = (reports: Report[]): Download[] =>
  reports.length > 0 ? downloadsOf(seriesFileBase(reports)) : [];

/** A file under /evaluasi/data/ with what it holds. */
export interface DataFile {
  params: { file: string };
  props: { reports: Report[]; title: string; download: Download };
}

/** Every download: each period's and the whole series', as CSV and as JSON. */
export function dataFiles(reports: Report[]): DataFile[] {
  const sets = [
    ...reports.map((report) => ({
      reports: [report],
      title: figuresTitle(report.title, report.illustrative),
      downloads: reportDownloads(report),
    })),
    {
      reports,
      title: 'Evaluasi program pembinaan, semua periode',
      downloads: seriesDownloads(reports),
    },
  ];
  return sets.flatMap(({ reports: held, title, downloads }) =>
    downloads.map((download) => ({
      params: { file: download.href.split('/').at(-1) ?? '' },
      props: { reports: held, title, download },
    })),
  );
}

/** A download's text; `site` makes the page addresses inside it absolute. */
export function dataFileBody({ reports, title, download }: DataFile['props'], site: URL): string {
  return download.format === 'CSV' ? toCsv(reports, site) : toJson(reports, title, site);
}

/** The list page: the latest period first in full, then every period. */
export function evaluationIndex(reports: Report[]) {
  return { latest: reports[0], reports, downloads: seriesDownloads(reports) };
}

/** One program's figures in every period that evaluated it, oldest period first. */
export type ProgramHistory = { report: Report; row: ReportRow }[];

/** One program's row in every period that evaluated it, oldest period first as a chart reads. */
export function programHistory(reports: Report[], programId: string): ProgramHistory {
  return reports
    .flatMap((report) => {
      const row = report.rows.find((candidate) => candidate.program.id === programId);
      return row ? [{ report, row }] : [];
    })
    .reverse();
}
