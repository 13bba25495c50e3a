/**
 * "Maksud Anda …?": the indexed words closest to a word that found nothing. Pure functions; the
 * word list is `pagefind/kosakata-id.json`, written at build time by
 * `src/lib/build/searchVocabulary.ts`. The search page loads this module and the list only when a
 * search finds nothing.
 */

import { MIN_STEM, stem } from './searchStem.ts';

/** The build-time word list: every indexed word (3+ letters) and how often the site uses it. */
export interface Vocabulary {
  kata: Record<string, number>;
}

/** Three rows of the distance table, reused by every call (words are short). */
let rows = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "konsling" →
 * "konseling" is 1, "konselnig" → "konseling" is 1. Stops early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > (rows[0]?.length ?? 0)) rows = rows.map(() => new Uint16Array(b.length + 1));
  let [beforePrevious, previous, current] = rows as [Uint16Array, Uint16Array, Uint16Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? 0;
}

/**
 * How far a suggestion may be from what was typed. Two slips in a word of eight letters already
 * reach other real words ("menjahit" → "menjadi"), and a wrong suggestion is worse than none.
 */
export function allowedDistance(word: string): number {
  return word.length <= 8 ? 1 : 2;
}

/**
 * The indexed words closest to `word`, best first, at most `count`. A word is close when the
 * typed word is within `allowedDistance` of it, or their stems are; a match of stems counts half
 * a letter more than the same distance between the words themselves, so "hidroponk" gets
 * "hidroponik" before any other form. Ties go to the word the site uses more, then the shorter.
 */
export function suggestWords(
  word: string,
  vocabulary: Vocabulary,
  count = 3,
  stems: Map<string, string> = new Map(),
): string[] {
  const limit = allowedDistance(word);
  const wordStem = stem(word);
  const stemOf = (candidate: string) => {
    let found = stems.get(candidate);
    if (found === undefined) {
      found = stem(candidate);
      stems.set(candidate, found);
    }
    return found;
  };
  const scored: { candidate: string; score: number; uses: number }[] = [];
  for (const [candidate, uses] of Object.entries(vocabulary.kata)) {
    if (candidate === word) continue;
    const direct = editDistance(word, candidate, limit);
    const candidateStem = stemOf(candidate);
    const byStem =
      wordStem.length >= MIN_STEM && candidateStem.length >= MIN_STEM
        ? editDistance(wordStem, candidateStem, limit) + 0.5
        : Number.POSITIVE_INFINITY;
    const score = Math.min(direct, byStem);
    if (score <= limit) scored.push({ candidate, score, uses });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      b.uses - a.uses ||
      Math.abs(a.candidate.length - word.length) - Math.abs(b.candidate.length - word.length) ||
      a.candidate.localeCompare(b.candidate, 'id'),
  );
  return scored.slice(0, count).map(({ candidate }) => candidate);
}

/**
 * Whole queries to offer: the typed words with each word that found nothing replaced by a close
 * indexed word, or left out when it has none. At most `count`, the best first; none when no word
 * could be replaced.
 */
export function suggestQueries(
  words: readonly string[],
  notFound: ReadonlySet<string>,
  vocabulary: Vocabulary,
  count = 3,
): string[] {
  const stems = new Map<string, string>();
  const options = words.map((word) =>
    notFound.has(word) ? suggestWords(word, vocabulary, count, stems) : [word],
  );
  if (!words.some((word, index) => notFound.has(word) && (options[index]?.length ?? 0) > 0))
    return [];
  const queries: string[] = [];
  // The best replacement for every word first, then the next ones for each word in turn.
  for (let rank = 0; rank < count; rank += 1) {
    for (let varied = 0; varied < words.length; varied += 1) {
      if (rank > 0 && (options[varied]?.length ?? 0) <= rank) continue;
      const query = options
        .map((choices, index) => (index === varied ? choices[rank] : choices[0]) ?? '')
        .filter(Boolean)
        .join(' ');
      if (query && !queries.includes(query)) queries.push(query);
      if (rank === 0) break;
    }
  }
  return queries.slice(0, count);
}
