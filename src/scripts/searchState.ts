/** What a search is: the words, the chosen filters and the order. It lives in the page's URL. */
export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  sort: 'relevan' | 'terbaru';
}

export const FILTER_NAMES = ['jenis', 'tahun', 'program'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Reads `?q=…&jenis=…&tahun=…&program=…&urut=terbaru`. Unknown values are kept; they match nothing. */
export function stateFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, params.getAll(name).filter(Boolean)]),
  ) as Record<FilterName, string[]>;
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('urut') === 'terbaru' ? 'terbaru' : 'relevan',
  };
}

/** The address of a search, so it can be shared and the back button returns to it. */
export function urlFromState(state: SearchState, pathname = '/cari/'): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES)
    for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'terbaru') params.set('urut', 'terbaru');
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Pagefind's filter object: any of the chosen values within a group, every group together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [
      name,
      { any: state.filters[name] },
    ]),
  );
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state);
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/**
 * The words of `typed` that the reader has finished, i.e. followed by a space: worth fetching the
 * index for while the typing delay runs. The word still being typed is not: its index for "p",
 * then "pe", would download pages of words the reader never meant.
 */
export function finishedWords(typed: string): string {
  return typed.slice(0, typed.search(/\S*$/)).trim();
}
