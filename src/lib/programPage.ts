import type { Berita, DatedEntry, Kisah, Program } from './entryTypes.ts';
import { mentioning } from './grouping.ts';
import { programHistory } from './evaluation/evaluationPages.ts';
import type { Report } from './evaluation/report.ts';
import { COLLECTIONS, type CollectionName } from './labels.ts';

/** A list of entries that mention a program, under its own heading on the program's page. */
export interface ProgramSection {
  id: string;
  heading: string;
  entries: DatedEntry[];
  /** Where readers are sent while the list is empty: the collection's list, named in lower case. */
  empty: { noun: string; href: string };
}

function section(
  collection: CollectionName,
  id: string,
  heading: string,
  entries: DatedEntry[],
): ProgramSection {
  const { label, url } = COLLECTIONS[collection];
  return { id, heading, entries, empty: { noun: label.toLowerCase(), href: url } };
}

/**
 * Static paths of the program pages, each with the news and stories that mention the program and
 * its figures in every evaluation report.
 */
export function programPaths(
  programs: Program[],
  news: Berita[],
  stories: Kisah[],
  reports: Report[] = [],
) {
  return programs.map((entry) => ({
    params: { slug: entry.id },
    props: {
      entry,
      sections: [
        section(
          'berita',
          'berita-program',
          'Berita tentang program ini',
          mentioning(news, entry.id),
        ),
        section('kisah', 'kisah-program', 'Kisah peserta', mentioning(stories, entry.id)),
      ],
      evaluations: programHistory(reports, entry.id),
    },
  }));
}
