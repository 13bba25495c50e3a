import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { searchWords } from '../searchWords.ts';

/**
 * The search page's word list for "Maksud Anda …?": every word the index holds, with how often
 * the site uses it. Written next to Pagefind's index after it, read only when a search finds
 * nothing. Built from Pagefind's own page fragments, so it holds exactly the indexed text (drafts
 * and pages outside `data-pagefind-body` never reach it).
 */
export const VOCABULARY_FILE = 'kosakata-id.json';
/** Shorter words are too short to correct; longer ones are not words a reader mistypes. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 30;
/** A synthetic 10,000-article site must not ship a list larger than the index itself. */
const MAX_WORDS = 20_000;
/** What a Pagefind 1.6 file starts with once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/** Words of letters only (no digits), within the lengths above, with their counts. */
export function vocabularyFromTexts(texts: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of searchWords(text)) {
      if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const kept = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_WORDS);
  // Sorted by word, so the same site always writes the same file.
  return Object.fromEntries(kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The text of one Pagefind page fragment: its content and its title. */
export function fragmentText(compressed: Buffer): string {
  const raw = gunzipSync(compressed).toString('utf8');
  if (!raw.startsWith(SIGNATURE))
    throw new Error('Cuplikan Pagefind tidak berformat yang dikenal (versi Pagefind berubah?).');
  const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as {
    content?: string;
    meta?: { title?: string };
  };
  return `${fragment.meta?.title ?? ''}\n${fragment.content ?? ''}`;
}

/** Writes `outDir/pagefind/kosakata-id.json` from the index Pagefind wrote; returns its size. */
export async function writeSearchVocabulary(outDir: string): Promise<number> {
  const indexDir = path.join(outDir, 'pagefind');
  const fragmentDir = path.join(indexDir, 'fragment');
  const files = (await readdir(fragmentDir)).filter((file) => file.endsWith('.pf_fragment'));
  const texts = await Promise.all(
    files.sort().map(async (file) => fragmentText(await readFile(path.join(fragmentDir, file)))),
  );
  const kata = vocabularyFromTexts(texts);
  await writeFile(path.join(indexDir, VOCABULARY_FILE), JSON.stringify({ kata }));
  return Object.keys(kata).length;
}
