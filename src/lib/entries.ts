import { getCollection, getEntries } from 'astro:content';
import type { Berita, DatedEntry, Evaluasi, Kisah, Program } from './entryTypes.ts';
import { newestFirst } from './grouping.ts';
import { newestPeriodFirst, reportOf, type ProgramInfo, type Report } from './evaluation/report.ts';
import {
  isVisible,
  publicationState,
  type Publishable,
  type PublicationState,
} from './published.ts';

/** One moment for the whole build, so every page agrees on what is already published. */
const BUILD_TIME = new Date();
/**
 * Only `astro dev` previews unpublished entries. Vite's mode is set by the Astro command itself;
 * `import.meta.env.DEV` would follow NODE_ENV and publish drafts from a build run with
 * NODE_ENV=test.
 */
const PREVIEW = import.meta.env.MODE === 'development';

const visible = (entry: { data: Publishable }) => isVisible(entry.data, BUILD_TIME, PREVIEW);

/** Whether an entry is published, a draft or scheduled, as of this build. */
export function stateOf(entry: { data: Publishable }): PublicationState {
  return publicationState(entry.data, BUILD_TIME);
}

/** Published news, newest first (in `astro dev`, drafts and scheduled items too). */
export async function getNews(): Promise<Berita[]> {
  return (await getCollection('berita', visible)).sort(newestFirst);
}

/** Published stories, newest first. */
export async function getStories(): Promise<Kisah[]> {
  return (await getCollection('kisah', visible)).sort(newestFirst);
}

/** Published evaluation reports, in no particular order (see `newestPeriodFirst`). */
export async function getEvaluations(): Promise<Evaluasi[]> {
  return getCollection('evaluasi', visible);
}

/** All programs in reading order: vocational first, then character, each by `order`. */
export async function getPrograms(): Promise<Program[]> {
  const categoryRank = { vokasional: 0, kepribadian: 1 } as const;
  return (await getCollection('program', (entry) => PREVIEW || !entry.data.draft)).sort(
    (a, b) =>
      categoryRank[a.data.category] - categoryRank[b.data.category] ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

/** The published programs an entry refers to, in the order the editor listed them. */
export async function programsOf(entry: DatedEntry): Promise<Program[]> {
  const programs = await getEntries(entry.data.programs);
  return programs.filter((program) => PREVIEW || !program.data.draft);
}

/** The URL of an entry's page. */
export function entryUrl(entry: { collection: string; id: string }): string {
  return `/${entry.collection}/${entry.id}/`;
}

/**
 * Published evaluation reports, newest period first, each row naming its program. A program still
 * in draft keeps its name in a report but gets no link.
 */
export async function getReports(): Promise<Report[]> {
  const [evaluations, programs, published] = await Promise.all([
    getEvaluations(),
    getCollection('program'),
    getPrograms(),
  ]);
  const linked = new Set(published.map((program) => program.id));
  const byId = new Map(
    programs.map((program): [string, ProgramInfo] => [
      program.id,
      {
        id: program.id,
        title: program.data.title,
        category: program.data.category,
        url: linked.has(program.id) ? entryUrl(program) : undefined,
      },
    ]),
  );
  return evaluations.map((entry) => reportOf(entry, (id) => byId.get(id))).sort(newestPeriodFirst);
}
