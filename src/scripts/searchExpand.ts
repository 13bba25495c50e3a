/**
 * Runs a planned query (`searchQuery.ts`) against Pagefind 1.6 and merges what it finds. Written
 * against the few calls it makes, so unit tests can hand it a fake index.
 *
 * What Pagefind 1.6 does with a query (pagefind_web/src/search.rs, verified in Chromium on the
 * built site): each word is stemmed and matched as a prefix of indexed stems ("hidro" finds
 * "hidroponik"); the pages of all words are intersected (no OR); a word with no prefix match
 * falls back to the longest indexed stem that starts the word, so "mou" and "kemenkumham" match
 * the alias "M." and "dinsos" matches "di" on every page; a word with no match at all is dropped.
 * A query in double quotes matches the exact stems as a phrase, with every page scored 1.
 *
 * So before searching, each typed word is checked: an exact hit counts; a prefix hit counts only
 * if a word it marked starts like the typed word (so the "M." and "di" fallbacks do not). Words
 * that fail are left out and reported. Each site term from `content/padanan.yml` must appear as
 * a phrase in the pages kept for it ("balai pemasyarakatan" is not "Balai Kota … pemasyarakatan").
 */
import { searchWords } from '../lib/searchWords.ts';
import {
  combinations,
  reportFor,
  type CheckedPart,
  type QueryPlan,
  type SearchReport,
} from './searchQuery.ts';
import { stem } from './searchStem.ts';

/** Filter counts as Pagefind returns them: filter → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface EngineResultData {
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
export interface EngineResult<Data extends EngineResultData = EngineResultData> {
  id: string;
  score: number;
  data: () => Promise<Data>;
}
export interface EngineResponse<Data extends EngineResultData = EngineResultData> {
  results: EngineResult<Data>[];
  filters: FilterCounts;
}
export interface SearchOptions {
  filters?: object;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** The part of Pagefind's browser API this module calls. */
export interface Engine<Data extends EngineResultData = EngineResultData> {
  search: (term: string | null, options: SearchOptions) => Promise<EngineResponse<Data> | null>;
}

export interface Outcome<Data extends EngineResultData = EngineResultData> {
  results: EngineResult<Data>[];
  /** Pagefind's own counts, when its one search is exactly what is shown; else recount. */
  filters?: FilterCounts;
  report: SearchReport;
}

/**
 * Results the first screen shows, measured on the built search page: the first result starts
 * 654 px down a 412 × 823 phone screen and 377 px down a 1280 × 800 laptop, so a phone shows one
 * and a laptop or a 768 × 1024 tablet three. Each result needs its own excerpt file (about
 * 1.1 KB), so a search paints after three of them; the rest of the first page follows by itself
 * when the reader nears the end of the list.
 */
export const FIRST_RESULTS = 3;

/** A stem hit "starts like" the typed word when this many letters agree (or the whole word). */
const SHARED_START = 4;

const sharedStart = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
};

/** Whether `marked`, a word Pagefind matched, is really the typed `word` or its extension. */
export function startsLike(marked: string, word: string): boolean {
  const needed = Math.min(SHARED_START, word.length);
  const wordStem = stem(word);
  return (
    sharedStart(marked, word) >= needed ||
    sharedStart(stem(marked), wordStem) >= Math.min(SHARED_START, wordStem.length)
  );
}

/** The words of a result Pagefind marked; the title when it matched only there. */
export function markedWords(data: EngineResultData): string[] {
  const words = data.content.split(/\s+/);
  const marked = data.locations.flatMap((location) => searchWords(words[location] ?? ''));
  return marked.length > 0 ? marked : searchWords(data.meta.title ?? '');
}

/** Whether Pagefind finds `word` itself, not its fallback onto a shorter, unrelated stem. */
export async function wordIsFound(engine: Engine, word: string): Promise<boolean> {
  const exact = await engine.search(`"${word}"`, {});
  if (exact && exact.results.length > 0) return true;
  const broad = await engine.search(word, {});
  const top = broad?.results[0];
  if (!top) return false;
  return markedWords(await top.data()).some((marked) => startsLike(marked, word));
}

/** The pages that hold `phrase` as written (its words in a row). */
async function pagesWith(engine: Engine, phrase: string): Promise<Set<string>> {
  const response = await engine.search(`"${phrase}"`, {});
  return new Set(response?.results.map((result) => result.id) ?? []);
}

/** Checks every word and site term of a plan against the index. */
export async function checkPlan(
  engine: Engine,
  plan: QueryPlan,
): Promise<{ parts: CheckedPart[]; pages: Map<string, Set<string>> }> {
  const words = [
    ...new Set(plan.parts.flatMap((part) => (part.kind === 'kata' ? [part.typed] : []))),
  ];
  const phrases = [
    ...new Set(
      plan.parts.flatMap((part) =>
        part.kind === 'padanan' ? part.terms.map((term) => term.searched) : [],
      ),
    ),
  ];
  const [found, pageSets] = await Promise.all([
    Promise.all(words.map((word) => wordIsFound(engine, word))),
    Promise.all(phrases.map((phrase) => pagesWith(engine, phrase))),
  ]);
  const isFound = new Map(words.map((word, index) => [word, found[index] ?? false]));
  const pages = new Map(
    phrases.map((phrase, index) => [phrase, pageSets[index] ?? new Set<string>()]),
  );
  const parts = plan.parts.map((part): CheckedPart => {
    if (part.kind === 'kata')
      return { kind: 'kata', typed: part.typed, found: isFound.get(part.typed) ?? false };
    return {
      ...part,
      found: part.terms.filter((term) => (pages.get(term.searched)?.size ?? 0) > 0),
    };
  });
  return { parts, pages };
}

/**
 * Merges the results of several searches: each page once, at its best. Relevance scores of
 * different searches are not comparable (a rare word scores higher than a common one), so each
 * search's scores are divided by its best; sorted by date, Pagefind's score is the page's place
 * in the site-wide order, which is comparable as it is.
 */
export function mergeResults<Data extends EngineResultData>(
  lists: readonly EngineResult<Data>[][],
  byDate: boolean,
): EngineResult<Data>[] {
  const best = new Map<string, { result: EngineResult<Data>; score: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    const top = Math.max(...list.map((result) => result.score), Number.MIN_VALUE);
    for (const result of list) {
      const score = byDate ? result.score : result.score / top;
      const known = best.get(result.id);
      if (!known || score > known.score) best.set(result.id, { result, score, order });
      order += 1;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result }) => result);
}

/** A response whose results fetch their data once, however often it is asked for. */
async function withDataOnce<Data extends EngineResultData>(
  pending: Promise<EngineResponse<Data> | null>,
): Promise<EngineResponse<Data> | null> {
  const response = await pending;
  if (!response) return null;
  const results = response.results.map((result) => {
    let data: Promise<Data> | undefined;
    return { ...result, data: () => (data ??= result.data()) };
  });
  return { ...response, results };
}

/** Whether the results the page shows first mark every word of `words` as itself. */
async function marksEvery(response: EngineResponse, words: string): Promise<boolean> {
  const first = response.results.slice(0, FIRST_RESULTS);
  if (first.length === 0) return false;
  const marked = (await Promise.all(first.map((result) => result.data()))).flatMap(markedWords);
  return words.split(' ').every((word) => marked.some((found) => startsLike(found, word)));
}

/**
 * Runs the query: the search for the typed words when its first results show them all; else
 * the checks, then one search per combination of site terms, merged.
 */
export async function expandedSearch<Data extends EngineResultData>(
  engine: Engine<Data>,
  plan: QueryPlan,
  options: SearchOptions,
): Promise<Outcome<Data> | null> {
  if (plan.exact) {
    const response = await engine.search(plan.typed, options);
    if (!response) return null;
    const report = { typed: plan.typed, searched: [plan.typed], replaced: [], notFound: [] };
    return { results: response.results, filters: response.filters, report };
  }
  // Most queries are plain words that the index holds, and then the one search they need is the
  // words as typed. That search runs first: when the results the first screen shows mark every
  // word as itself, the words are found (the rule of `wordIsFound`) and no word needs a search
  // of its own. Each such check costs the worker as much as the search itself (about 30 ms over
  // 1,000 pages), and the search would wait for them.
  const guess =
    plan.parts.length > 0 && plan.parts.every((part) => part.kind === 'kata')
      ? plan.parts.map((part) => part.typed).join(' ')
      : undefined;
  const early = guess === undefined ? undefined : withDataOnce(engine.search(guess, options));
  const earlyResponse = await early;
  if (guess !== undefined && earlyResponse && (await marksEvery(earlyResponse, guess))) {
    const report = { typed: plan.typed, searched: [guess], replaced: [], notFound: [] };
    return { results: earlyResponse.results, filters: earlyResponse.filters, report };
  }
  const { parts, pages } = await checkPlan(engine as Engine, plan);
  const report = reportFor(plan.typed, parts);
  const combos = combinations(parts);
  if (combos.length === 0) return { results: [], filters: {}, report };
  const responses = await Promise.all(
    combos.map((combo) =>
      early && combo.searched === guess ? early : engine.search(combo.searched, options),
    ),
  );
  if (responses.some((response) => response === null)) return null;
  let trimmed = false;
  const lists = combos.map((combo, index) => {
    const results = responses[index]?.results ?? [];
    const kept = results.filter((result) =>
      combo.phrases.every((phrase) => pages.get(phrase)?.has(result.id)),
    );
    trimmed ||= kept.length !== results.length;
    return kept;
  });
  const results = lists.length === 1 ? (lists[0] ?? []) : mergeResults(lists, 'sort' in options);
  const own = lists.length === 1 && !trimmed ? responses[0]?.filters : undefined;
  return { results, ...(own ? { filters: own } : {}), report };
}

/** Every page of each filter value, from filter-only searches: for counting merged results. */
export async function pagesByFilterValue(
  engine: Engine,
  all: FilterCounts,
): Promise<Map<string, Map<string, Set<string>>>> {
  const entries = Object.entries(all).flatMap(([name, values]) =>
    Object.keys(values).map((value) => ({ name, value })),
  );
  const responses = await Promise.all(
    entries.map(({ name, value }) => engine.search(null, { filters: { [name]: value } })),
  );
  const byValue = new Map<string, Map<string, Set<string>>>();
  entries.forEach(({ name, value }, index) => {
    const values = byValue.get(name) ?? new Map<string, Set<string>>();
    values.set(value, new Set(responses[index]?.results.map((result) => result.id) ?? []));
    byValue.set(name, values);
  });
  return byValue;
}

/** Pagefind's counts for a merged list: how many of its pages carry each filter value. */
export function countFilters(
  ids: readonly string[],
  byValue: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
): FilterCounts {
  return Object.fromEntries(
    [...byValue].map(([name, values]) => [
      name,
      Object.fromEntries(
        [...values].map(([value, pages]) => [value, ids.filter((id) => pages.has(id)).length]),
      ),
    ]),
  );
}
