/**
 * What the search page tells Pagefind 1.6 before it loads (`pagefind.options()`). Kept apart from
 * the page script so ranking can be read, measured (npm run bench:relevance) and changed in one
 * place.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: {
    /**
     * A query word in a metadata field raises the page by the field's weight. Pagefind gives the
     * title 5 and every other field 1; `topik` (the entry's tags, SearchMeta.astro) gets the
     * title's weight, because an editor's topic says what an entry is about as plainly as its
     * title. Measured on scripts/bench/relevance.json: with `topik` at 1 the best of the stories
     * tagged "reintegrasi sosial" ranked 7th for that query, at 5 one is in the top three; at 10
     * tags began to outrank titles ("usaha mikro": the program fell to 5th).
     */
    metaWeights: { title: 5, topik: 5 },
  },
} as const;
