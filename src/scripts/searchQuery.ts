/**
 * What the search page searches for a reader's query, and how it says so. Pure functions: the
 * Pagefind calls are in `searchExpand.ts`, the page in `searchPage.ts`.
 *
 * Pagefind 1.6 has no OR: every word of a query must match (pagefind_web/src/search.rs,
 * `search_term` intersects the pages of each word), and a word that matches nothing is left out
 * without a word. So a reader's word is never sent beside its equivalent ("napi warga binaan"
 * would need both); instead the query is split into parts, a part from `content/padanan.yml`
 * becomes one search per site term (istilah), and the page merges the results.
 */
import type { PadananGroup } from '../lib/content/padanan.ts';
import { searchPhrase, searchWords } from '../lib/searchWords.ts';

/** An istilah as the page shows it (the editor's spelling) and as it is searched. */
export interface Term {
  shown: string;
  searched: string;
}

/** One part of a query: a word searched as typed, or a phrase with its site terms. */
export type QueryPart =
  | { kind: 'kata'; typed: string }
  | {
      kind: 'padanan';
      /** What the reader typed, normalised. */
      typed: string;
      /** The site terms searched instead, in the order the editor listed them. */
      terms: Term[];
    };

export interface QueryPlan {
  /** The query as typed, trimmed: what the page quotes back. */
  typed: string;
  /** A query in double quotes is Pagefind's exact phrase search; it is passed on untouched. */
  exact: boolean;
  parts: QueryPart[];
}

/** Longest phrase in the list, in words (also the schema's limit). */
const LONGEST_PHRASE = 5;

/** Which group each phrase of the list belongs to, and whether it is a site term. */
function phraseIndex(groups: readonly PadananGroup[]) {
  const index = new Map<string, { group: PadananGroup; isTerm: boolean }>();
  for (const group of groups) {
    for (const term of group.istilah) index.set(searchPhrase(term), { group, isTerm: true });
    for (const word of group.padanan) index.set(searchPhrase(word), { group, isTerm: false });
  }
  return index;
}

/**
 * Splits a query into parts, longest listed phrase first: "mantan napi kerja" with the entry
 * "mantan napi" gives that phrase and "kerja". A site term whose group lists no other site term
 * stays plain words, searched exactly as before.
 */
export function planQuery(query: string, groups: readonly PadananGroup[]): QueryPlan {
  const typed = query.trim();
  if (/^".+"$/.test(typed)) return { typed, exact: true, parts: [] };
  const words = searchWords(typed);
  const index = phraseIndex(groups);
  const parts: QueryPart[] = [];
  let position = 0;
  while (position < words.length) {
    let matched = false;
    for (let length = Math.min(LONGEST_PHRASE, words.length - position); length > 0; length -= 1) {
      const phrase = words.slice(position, position + length).join(' ');
      const found = index.get(phrase);
      if (!found) continue;
      matched = true;
      if (found.isTerm && found.group.istilah.length === 1) {
        parts.push(...words.slice(position, position + length).map((word) => kata(word)));
      } else {
        const terms = found.group.istilah.map((shown) => ({
          shown,
          searched: searchPhrase(shown),
        }));
        // The term the reader typed is searched first.
        terms.sort((a, b) => Number(b.searched === phrase) - Number(a.searched === phrase));
        parts.push({ kind: 'padanan', typed: phrase, terms });
      }
      position += length;
      break;
    }
    if (!matched) {
      const word = words[position] ?? '';
      parts.push(kata(word));
      position += 1;
    }
  }
  return { typed, exact: false, parts };
}

const kata = (typed: string): QueryPart => ({ kind: 'kata', typed });

/** A part as it stands after the check: which of its words or terms exist in the index. */
export type CheckedPart =
  | { kind: 'kata'; typed: string; found: boolean }
  | { kind: 'padanan'; typed: string; terms: Term[]; found: Term[] };

/** One search to run: its words, and the site terms that must appear as written in its pages. */
export interface Combination {
  searched: string;
  shown: string;
  /** Multi-word and single-word site terms alike: pages must hold each one as a phrase. */
  phrases: string[];
}

/**
 * The searches a checked query needs: one per choice of site term for each part, in the order
 * listed (the first term of every part first), at most `limit`. Parts that found nothing are
 * left out, and said so (see `describeSearch`); Pagefind would drop them silently anyway.
 */
export function combinations(parts: readonly CheckedPart[], limit = 8): Combination[] {
  let combos: Combination[] = [{ searched: '', shown: '', phrases: [] }];
  for (const part of parts) {
    const choices =
      part.kind === 'kata'
        ? part.found
          ? [{ searched: part.typed, shown: part.typed, phrase: undefined }]
          : []
        : part.found.map((term) => ({ ...term, phrase: term.searched }));
    if (choices.length === 0) continue;
    combos = combos
      .flatMap((combo) =>
        choices.map((choice) => ({
          searched: `${combo.searched} ${choice.searched}`.trim(),
          shown: `${combo.shown} ${choice.shown}`.trim(),
          phrases: choice.phrase ? [...combo.phrases, choice.phrase] : combo.phrases,
        })),
      )
      .slice(0, limit);
  }
  return combos.filter((combo) => combo.searched !== '');
}

/** What the page tells the reader about one search. */
export interface SearchReport {
  /** The query as typed. */
  typed: string;
  /** The searches run, as shown (site terms in the editor's spelling). */
  searched: string[];
  /** The typed phrases whose site terms were searched in their place or beside them. */
  replaced: string[];
  /** Typed words or phrases that matched nothing, with the site terms also tried. */
  notFound: { typed: string; equivalents: string[] }[];
}

/** The report for a checked query and the searches run for it. */
export function reportFor(typed: string, parts: readonly CheckedPart[]): SearchReport {
  const combos = combinations(parts);
  const replaced = parts.flatMap((part) =>
    part.kind === 'padanan' &&
    part.found.length > 0 &&
    part.found.some((term) => term.searched !== part.typed)
      ? [part.typed]
      : [],
  );
  const notFound = parts.flatMap((part) => {
    if (part.kind === 'kata') return part.found ? [] : [{ typed: part.typed, equivalents: [] }];
    if (part.found.length > 0) return [];
    return [
      {
        typed: part.typed,
        equivalents: part.terms
          .filter((term) => term.searched !== part.typed)
          .map((term) => term.shown),
      },
    ];
  });
  return { typed, searched: combos.map((combo) => combo.shown), replaced, notFound };
}

const quote = (text: string) => `“${text}”`;

/** "a", "a dan b", "a, b, dan c" (or with "atau"). */
export function listOf(items: readonly string[], conjunction: 'dan' | 'atau' = 'dan'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}

/** A piece of the status line: text, or a suggested query shown as a link. */
export type StatusPart = string | { saran: string };

/**
 * The status line after a search, in Indonesian, saying honestly what was searched:
 * "7 hasil untuk “napi”. Menampilkan hasil untuk “warga binaan”, padanan “napi”."
 * Suggestions ("Maksud Anda …?") come last, each a part of its own so the page can link it.
 */
export function describeSearch(
  report: SearchReport,
  total: number,
  suggestions: readonly string[] = [],
): StatusPart[] {
  const parts: StatusPart[] = [];
  const searched = report.searched.map(quote).join(' atau ');
  const replaced = listOf(report.replaced.map(quote));
  if (total > 0) {
    parts.push(`${total} hasil untuk ${quote(report.typed)}.`);
    if (report.replaced.length > 0)
      parts.push(` Menampilkan hasil untuk ${searched}, padanan ${replaced}.`);
  } else {
    parts.push(`Tidak ada hasil untuk ${quote(report.typed)}.`);
    if (report.replaced.length > 0)
      parts.push(` Sudah dicari juga ${searched}, padanan ${replaced}.`);
  }
  // When nothing at all was searched, "no results for …" already says that every word failed.
  if (report.notFound.length > 0 && report.searched.length > 0) {
    const items = report.notFound.map(({ typed, equivalents }) =>
      equivalents.length > 0
        ? `${quote(typed)} maupun padanannya ${listOf(equivalents.map(quote), 'atau')}`
        : quote(typed),
    );
    const these = report.notFound.length > 1 ? 'kata-kata itu' : 'kata itu';
    parts.push(` Tidak ditemukan: ${listOf(items)}, jadi ${these} tidak ikut dicari.`);
  } else if (report.searched.length === 0) {
    const equivalents = report.notFound.flatMap((item) => item.equivalents);
    if (equivalents.length > 0)
      parts.push(` Padanannya, ${listOf(equivalents.map(quote), 'atau')}, juga tidak ditemukan.`);
  }
  if (suggestions.length > 0) {
    parts.push(' Maksud Anda ');
    suggestions.forEach((saran, position) => {
      if (position > 0) parts.push(position === suggestions.length - 1 ? ' atau ' : ', ');
      parts.push({ saran });
    });
    parts.push('?');
  }
  return parts;
}

/** The status line as plain text (what a screen reader hears; what tests compare). */
export const statusText = (parts: readonly StatusPart[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.saran)).join('');
