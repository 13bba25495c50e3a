/**
 * "Maksud Anda …?": the indexed words closest to a word that found nothing. Pure functions; the
 * word list is `pagefind/kosakata-id.json`, written at build time by
 * `src/lib/build/searchVocabulary.ts`. The search page loads this module and the list only when a
 * search finds nothing.
 */

import { editDistance } from '../lib/editDistance.ts';
import { MIN_STEM, stem } from './searchStem.ts';

/** The build-time word list: every indexed word (3+ letters) and how often the site uses it. */
export interface Vocabulary {
  kata: Record<string, number>;
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
