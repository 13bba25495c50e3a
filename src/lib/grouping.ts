import type { Berita, DatedEntry, Program } from './entryTypes.ts';
import { yearOf } from './dates.ts';
import { PROGRAM_CATEGORY_LABEL } from './labels.ts';
import { slugify } from './slug.ts';

/*
 * Pure groupings of entries, computed once per build by the pages that need them. Kept apart from
 * the queries so they can be tested without Astro.
 */

/** Anything with an id and a publication date: news, stories, evaluation reports. */
type Dated = { id: string; data: { publishDate: Date } };

/** Newest first; entries of the same day by address, so the order never changes between builds. */
export const newestFirst = (a: Dated, b: Dated) =>
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
    appendTo(years, year, entry);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => ({ year, entries }));
}

export interface ProgramCategory {
  category: Program['data']['category'];
  title: string;
  programs: Program[];
}

/**
 * Programs under their category, in the categories' reading order. A category without programs is
 * kept, so pages show the same two groups whatever is published.
 */
export function programCategories(programs: Program[]): ProgramCategory[] {
  return (Object.keys(PROGRAM_CATEGORY_LABEL) as ProgramCategory['category'][]).map((category) => ({
    category,
    title: PROGRAM_CATEGORY_LABEL[category],
    programs: programs.filter((program) => program.data.category === category),
  }));
}

interface RelatedKeys {
  programs: Set<string>;
  tags: Set<string>;
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const keysOf = (entry: DatedEntry): RelatedKeys => ({
  programs: new Set(entry.data.programs.map((ref) => ref.id)),
  tags: new Set(entry.data.tags.map((tag) => slugify(tag))),
});

/**
 * "Baca juga" for every entry at once: up to `limit` others, ranked by shared programs, then
 * shared topics, then recency, so the choice is the same on every build. An index from program
 * and topic to entries means each entry is only compared with entries it shares something with,
 * and every tag is turned into an address once per build rather than once per pair.
 */
export function relatedIndex<T extends DatedEntry>(entries: T[], limit = 3): Map<DatedEntry, T[]> {
  const keys = new Map(entries.map((entry) => [entry, keysOf(entry)]));
  const byProgram = new Map<string, T[]>();
  const byTag = new Map<string, T[]>();
  for (const [entry, { programs, tags }] of keys) {
    for (const program of programs)
      byProgram.set(program, [...(byProgram.get(program) ?? []), entry]);
    for (const tag of tags) byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const related = new Map<DatedEntry, T[]>();
  for (const [entry, { programs, tags }] of keys) {
    const scores = new Map<T, { programs: number; tags: number }>();
    const score = (candidate: T) => {
      const current = scores.get(candidate) ?? { programs: 0, tags: 0 };
      scores.set(candidate, current);
      return current;
    };
    for (const program of programs)
      for (const other of byProgram.get(program) ?? []) score(other).programs += 1;
    for (const tag of tags) for (const other of byTag.get(tag) ?? []) score(other).tags += 1;
    scores.delete(entry as T);
    related.set(entry, best(scores, limit));
  }
  return related;
}

type Scored<T> = [T, { programs: number; tags: number }];

const ranksBefore = <T extends DatedEntry>([a, sa]: Scored<T>, [b, sb]: Scored<T>) =>
  sb.programs - sa.programs || sb.tags - sa.tags || newestFirst(a, b);

/**
 * The `limit` best-scored candidates. A topic can be shared by thousands of entries; keeping a
 * short ranked list avoids sorting all of them for every page.
 */
function best<T extends DatedEntry>(scores: Map<T, Scored<T>[1]>, limit: number): T[] {
  const top: Scored<T>[] = [];
  for (const scored of scores) {
    if (top.length === limit && ranksBefore(scored, top[limit - 1] as Scored<T>) >= 0) continue;
    const at = top.findIndex((other) => ranksBefore(scored, other) < 0);
    top.splice(at < 0 ? top.length : at, 0, scored);
    if (top.length > limit) top.pop();
  }
  return top.map(([candidate]) => candidate);
}

/** Static paths for the pages of `entries`, each with its "Baca juga" chosen from `candidates`. */
export function pathsWithRelated<T extends DatedEntry>(entries: T[], candidates: DatedEntry[]) {
  const related = relatedIndex(candidates);
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { entry, related: related.get(entry) ?? [] },
  }));
}
