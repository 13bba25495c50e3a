/**
 * Words as the search sees them. Pagefind 1.6 lower-cases a query and drops every punctuation
 * character (Unicode Pd, Pe, Pf, Pi, Po, Ps) before it looks anything up (`search()` in
 * `pagefind.js`); the vocabulary list in `content/padanan.yml`, the reader's query and the
 * build-time word list are read the same way here, so that "MoU", "mou" and "M.o.U" are one word.
 *
 * One difference on purpose: a hyphen separates words here, where Pagefind would join them
 * ("eks-napi" → "eksnapi"). Pagefind indexes both halves of a hyphenated word, so searching them
 * apart finds the same pages, and "eks-napi" can match the entry "eks napi".
 */
const HYPHEN = /\p{Pd}/gu;
const PUNCTUATION = /[\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The words of `text`, lower-case, without punctuation; hyphens and spaces separate words. */
export function searchWords(text: string): string[] {
  return text
    .toLocaleLowerCase('id')
    .replace(HYPHEN, ' ')
    .replace(PUNCTUATION, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** `text` as one normalised phrase: its search words joined by single spaces. */
export function searchPhrase(text: string): string {
  return searchWords(text).join(' ');
}
