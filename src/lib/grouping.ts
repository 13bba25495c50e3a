import type { Berita, DatedEntry } from './entries.ts';
import { yearOf } from './dates.ts';
import { slugify } from './slug.ts';

/*
 * Pure groupings of entries, computed once per build by the pages that need them. Kept apart from
 * the queries so they can be tested without Astro.
 */

/** Newest first; entries of the same day by address, so the order never changes between builds. */
export const newestFirst = (a: DatedEntry, b: DatedEntry) =>
  b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id);

/** Entries that mention `programId`, newest first. */
export function mentioning<T extends DatedEntry>(entries: T[], programId: string): T[] {
  return entries.filter((entry) => entry.data.programs.some((ref) => ref.id === programId));
}

export interface Topic {
  slug: string;
  label: string;
  entries: DatedEntry[];
}

/** Every topic used by published news and stories, with its entries newest first. */
export function topicsOf(entries: DatedEntry[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const entry of [...entries].sort(newestFirst)) {
    for (const tag of entry.data.tags) {
      const slug = slugify(tag);
      const topic = bySlug.get(slug) ?? { slug, label: tag, entries: [] };
      topic.entries.push(entry);
      bySlug.set(slug, topic);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** Years that have news, newest first, with their articles. */
export function newsByYear(news: Berita[]): { year: number; entries: Berita[] }[] {
  const years = new Map<number, Berita[]>();
  for (const entry of [...news].sort(newestFirst)) {
    const year = yearOf(entry.data.publishDate);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => ({ year, entries }));
}

/**
 * "Baca juga": up to `limit` other entries, ranked by shared programs, then shared topics, then
 * recency, so the choice is the same on every build.
 */
export function relatedTo<T extends DatedEntry>(
  entry: DatedEntry,
  candidates: T[],
  limit = 3,
): T[] {
  const programs = new Set(entry.data.programs.map((ref) => ref.id));
  const tags = new Set(entry.data.tags.map((tag) => slugify(tag)));
  return candidates
    .filter((candidate) => candidate.id !== entry.id || candidate.collection !== entry.collection)
    .map((candidate) => ({
      candidate,
      programs: candidate.data.programs.filter((ref) => programs.has(ref.id)).length,
      tags: candidate.data.tags.filter((tag) => tags.has(slugify(tag))).length,
    }))
    .filter((score) => score.programs + score.tags > 0)
    .sort(
      (a, b) => b.programs - a.programs || b.tags - a.tags || newestFirst(a.candidate, b.candidate),
    )
    .slice(0, limit)
    .map((score) => score.candidate);
}

/** Static paths for the pages of `entries`, each with its "Baca juga" chosen from `candidates`. */
export function pathsWithRelated<T extends DatedEntry>(entries: T[], candidates: DatedEntry[]) {
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { entry, related: relatedTo(entry, candidates) },
  }));
}
