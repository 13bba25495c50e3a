/**
 * What the search page tells Pagefind 1.6 before it loads (`pagefind.options()`). Kept apart from
 * the page script so ranking can be read, measured (npm run bench:relevance) and changed in one
 * place.
 */
/**
 * Pagefind searches in its own worker. Measured on /cari/?q=bina (docs/performance.md): without
 * it, Lighthouse's mobile profile found 122 to 462 ms of total blocking time (medians of five
 * runs, performance 88 to 99); with it 8 to 83 ms and 100 every time. The page talks to the
 * worker itself (pagefindClient.ts), so the worker costs no second copy of Pagefind; a worker
 * fetches the WebAssembly and metadata itself and cannot use the page's preloads, so the build
 * writes none then (src/lib/build/searchPreload.ts).
 */
export const PAGEFIND_WORKER = true;

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
