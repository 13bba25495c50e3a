import type { PadananGroup } from '../lib/content/padanan.ts';
import { searchWords } from '../lib/searchWords.ts';
import {
  countFilters,
  expandedSearch,
  FIRST_RESULTS,
  pagesByFilterValue,
  type FilterCounts,
  type Outcome,
} from './searchExpand.ts';
import { describeSearch, planQuery, type SearchReport, type StatusPart } from './searchQuery.ts';
import { suggestQueries, type Vocabulary } from './searchSuggest.ts';
import {
  FILTER_NAMES,
  finishedWords,
  hasCriteria,
  hasFilters,
  pagefindFilters,
  stateFromUrl,
  urlFromState,
  type FilterName,
  type SearchState,
} from './searchState.ts';
import { PAGEFIND_OPTIONS } from './pagefindOptions.ts';
import {
  PAGEFIND_BASE,
  startPagefind,
  type Pagefind,
  type PagefindResponse,
  type PagefindResultData,
} from './pagefindClient.ts';

/** What a search shows: its results, Pagefind's counts when they apply, and what was searched. */
type Shown = Omit<Outcome<PagefindResultData>, 'report'> & { report?: SearchReport };

/** Wait this long after the last keystroke before searching: fewer wasted searches on slow phones. */
const TYPING_DELAY_MS = 120;
const PAGE_SIZE = 10;
/** The indexed words for "Maksud Anda …?" (src/lib/build/searchVocabulary.ts). */
const VOCABULARY_URL = `${PAGEFIND_BASE}kosakata-id.json`;

const element = <T extends HTMLElement>(selector: string) => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Elemen ${selector} tidak ada di halaman pencarian.`);
  return found;
};

/** Wires the search form to Pagefind and keeps the URL, the form and the results in step. */
export function startSearchPage(): void {
  const form = element<HTMLFormElement>('#form-cari');
  const input = element<HTMLInputElement>('#q');
  const sort = element<HTMLSelectElement>('#urut');
  const status = element<HTMLParagraphElement>('#status');
  const list = element<HTMLOListElement>('#hasil');
  const more = element<HTMLButtonElement>('#lebih');
  const empty = element<HTMLDivElement>('#tanpa-hasil');
  const details = element<HTMLDetailsElement>('#saringan');
  const illustrativeLabel = element<HTMLTemplateElement>('#label-contoh');
  const resultsHeading = element<HTMLHeadingElement>('#judul-hasil');
  /** Equivalent words from content/padanan.yml, written into the page at build time. */
  const groups = JSON.parse(form.dataset.padanan ?? '[]') as PadananGroup[];
  const fieldsets = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, element<HTMLFieldSetElement>(`[data-filter="${name}"]`)]),
  ) as Record<FilterName, HTMLFieldSetElement>;

  let state = stateFromUrl(location.search);
  // A shared address with filters opens the panel, so the reader sees what narrows the results.
  if (window.matchMedia('(min-width: 64rem)').matches || hasFilters(state)) details.open = true;
  /** The current search's results, in order; the first `taken` are shown or on their way. */
  let results: PagefindResponse['results'] = [];
  let taken = 0;
  let generation = 0;
  let typingTimer: number | undefined;
  let filtersRequested = false;
  let siteFilters: Promise<PagefindResponse['filters']> | undefined;
  let filterPages: ReturnType<typeof pagesByFilterValue> | undefined;
  let vocabulary: Promise<Vocabulary | undefined> | undefined;
  const pagefindReady = startPagefind(PAGEFIND_OPTIONS);

  /** The word list is fetched once, and only when a search found nothing. */
  function loadVocabulary(): Promise<Vocabulary | undefined> {
    vocabulary ??= fetch(VOCABULARY_URL)
      .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : undefined))
      .catch(() => undefined);
    return vocabulary;
  }

  /**
   * Queries to offer for words that found nothing; none when the word list cannot load. (The
   * ranking code is 0.9 KB and stays in this bundle: a dynamic import would add Vite's 1 KB
   * preload helper to it.)
   */
  async function suggestionsFor(report: SearchReport): Promise<string[]> {
    const missing = new Set(
      report.notFound.filter((item) => item.equivalents.length === 0).map((item) => item.typed),
    );
    if (missing.size === 0) return [];
    const words = await loadVocabulary();
    return words ? suggestQueries(searchWords(report.typed), missing, words) : [];
  }

  /** The status line; a suggestion is a link to its own search, so it also works when opened anew. */
  function renderStatus(parts: readonly StatusPart[]): void {
    status.replaceChildren(
      ...parts.map((part) => {
        if (typeof part === 'string') return part;
        const link = document.createElement('a');
        link.className = 'link';
        link.href = urlFromState({ ...state, query: part.saran }, location.pathname);
        link.dataset.saran = part.saran;
        link.textContent = part.saran;
        return link;
      }),
    );
  }

  /**
   * The filter index (7 KB for 1,000 articles) loads only once the reader can see the filters:
   * the panel is open (closed by default on phones) or the address already chose some.
   */
  function filtersWanted(): boolean {
    return details.open || hasFilters(state);
  }

  function readForm(): SearchState {
    const filters = Object.fromEntries(
      FILTER_NAMES.map((name) => [
        name,
        [...fieldsets[name].querySelectorAll<HTMLInputElement>('input:checked')].map(
          (box) => box.value,
        ),
      ]),
    ) as SearchState['filters'];
    return {
      query: input.value.trim(),
      filters,
      sort: sort.value === 'terbaru' ? 'terbaru' : 'relevan',
    };
  }

  /** Options come from the whole site so they stay put; counts come from the current search. */
  function renderFilters(counts: PagefindResponse['filters'], all: PagefindResponse['filters']) {
    for (const name of FILTER_NAMES) {
      const fieldset = fieldsets[name];
      const legend = fieldset.querySelector('legend');
      fieldset.replaceChildren(...(legend ? [legend] : []));
      const values = Object.keys(all[name] ?? {}).sort((a, b) =>
        name === 'tahun' ? b.localeCompare(a) : a.localeCompare(b, 'id'),
      );
      for (const value of values) {
        const id = `saring-${name}-${value.replace(/\W+/g, '-').toLowerCase()}`;
        const row = document.createElement('div');
        row.className = 'flex items-start gap-2';
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', id, name, value });
        box.className = 'h-5 w-5 accent-laut-700';
        box.checked = state.filters[name].includes(value);
        const label = document.createElement('label');
        label.htmlFor = id;
        label.className = 'text-sm';
        label.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
        row.append(box, label);
        fieldset.append(row);
      }
      fieldset.hidden = values.length === 0;
    }
  }

  /** Excerpt requests already made, so fetching ahead and showing never load one twice. */
  const loading = new WeakMap<PagefindResponse['results'][number], Promise<PagefindResultData>>();
  function dataOf(result: PagefindResponse['results'][number]): Promise<PagefindResultData> {
    let data = loading.get(result);
    if (!data) loading.set(result, (data = result.data()));
    return data;
  }

  // When the end of the list comes within half a screen, the rest of the first page is added,
  // and after that the next results' excerpts are fetched, so that pressing "more" shows them at
  // once; readers who stop at the first screen never pay for either.
  const nearEnd = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      if (taken < PAGE_SIZE) void appendResults(PAGE_SIZE - taken);
      else
        for (const result of results.slice(taken, taken + PAGE_SIZE))
          void dataOf(result).catch(() => {});
    },
    { rootMargin: '0px 0px 50% 0px' },
  );

  /** Appends run in the order they were asked for, though their excerpts load side by side. */
  let appending = Promise.resolve();
  function appendResults(count = PAGE_SIZE): Promise<void> {
    const current = generation;
    const batch = results.slice(taken, taken + count);
    taken += batch.length;
    const datas = Promise.all(batch.map(dataOf));
    // Tests and the benchmark wait for "siap": nothing is on its way to the list any more.
    if (list.dataset.state !== 'mencari') list.dataset.state = 'memuat';
    const appended = appending
      .catch(() => undefined)
      .then(async () => {
        const shown = await datas;
        // A newer search replaced the list while these excerpts loaded.
        if (current !== generation) return;
        for (const data of shown) list.append(resultItem(data));
        more.hidden = taken >= results.length;
        // Observing anew reports where the button is now, also when it did not move.
        nearEnd.disconnect();
        if (!more.hidden) nearEnd.observe(more);
      });
    const settle = () => {
      if (appending === appended && list.dataset.state === 'memuat') list.dataset.state = 'siap';
    };
    appending = appended;
    appended.then(settle, settle);
    return appended;
  }

  function resultItem(data: PagefindResultData): HTMLLIElement {
    const create = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
      const node = document.createElement(tag);
      node.className = className;
      return node;
    };
    const item = document.createElement('li');
    const article = create(
      'article',
      'flex gap-4 rounded-lg bg-white p-4 ring-1 ring-slate-200 dark:bg-laut-900 dark:ring-laut-700',
    );
    if (data.meta.image) {
      const image = create('img', 'hidden h-[4.5rem] w-28 shrink-0 rounded object-cover sm:block');
      Object.assign(image, {
        src: data.meta.image,
        alt: data.meta.image_alt ?? '',
        width: 160,
        height: 107,
        loading: 'lazy',
        decoding: 'async',
      });
      article.append(image);
    }
    const text = create('div', 'min-w-0');
    const kind = create('p', 'eyebrow');
    kind.textContent = [data.filters.jenis?.[0], data.meta.tanggal].filter(Boolean).join(' · ');
    if (data.meta.contoh) kind.append(illustrativeLabel.content.cloneNode(true));
    const heading = create('h3', 'mt-1 text-lg font-bold leading-snug');
    const link = create('a', 'link');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const excerpt = create(
      'p',
      'mt-1 text-slate-700 dark:text-slate-300 [&_mark]:bg-pala-100 [&_mark]:text-slate-900',
    );
    // Pagefind builds the excerpt from this site's own pages and marks the matched words.
    excerpt.innerHTML = data.excerpt;
    text.append(kind, heading, excerpt);
    article.append(text);
    item.append(article);
    return item;
  }

  /** `data-state` on the results tells tests and assistive tooling when a search has finished. */
  async function run(): Promise<void> {
    const current = ++generation;
    filtersRequested ||= filtersWanted();
    list.dataset.state = 'mencari';
    try {
      await search(current);
    } finally {
      if (current === generation) list.dataset.state = 'siap';
    }
  }

  async function search(current: number): Promise<void> {
    let pagefind: Pagefind;
    try {
      pagefind = await pagefindReady;
    } catch {
      status.textContent = import.meta.env.DEV
        ? 'Pencarian belum tersedia di pratinjau pengembang: indeksnya baru dibuat saat situs dibangun. Jalankan npm start untuk mencobanya.'
        : 'Pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri arsip dan topik.';
      return;
    }
    // Pagefind counts matches per filter value only once the filter index is loaded.
    if (filtersRequested) siteFilters ??= pagefind.filters();
    const allFilters = await siteFilters;
    if (!hasCriteria(state)) {
      if (allFilters) renderFilters(allFilters, allFilters);
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = 'Tulis kata yang dicari, lalu tekan Enter.';
      return;
    }
    status.textContent = 'Mencari…';
    const filters = pagefindFilters(state);
    // Pagefind returns no filter counts at all when given an empty filter object.
    const options = {
      ...(Object.keys(filters).length > 0 ? { filters } : {}),
      ...(state.sort === 'terbaru' ? { sort: { tanggal: 'desc' as const } } : {}),
    };
    // Filters alone list every page that carries them; words go through the expansion.
    const outcome: Shown | null = state.query
      ? await expandedSearch(pagefind, planQuery(state.query, groups), options)
      : await pagefind.search(null, options);
    // A newer search started while this one ran; its results win.
    if (!outcome || current !== generation) return;
    const total = outcome.results.length;
    const report = outcome.report;
    const suggestions = report && total === 0 ? await suggestionsFor(report) : [];
    if (current !== generation) return;
    results = outcome.results;
    taken = 0;
    list.replaceChildren();
    await appendResults(FIRST_RESULTS);
    if (current !== generation) return;
    if (allFilters) renderFilters(await filterCounts(outcome, allFilters), allFilters);
    if (current !== generation) return;
    empty.hidden = total > 0;
    if (report) renderStatus(describeSearch(report, total, suggestions));
    else status.textContent = total > 0 ? `${total} hasil.` : 'Tidak ada hasil.';
  }

  /** Pagefind's counts when one search is shown as it came; else counted over the merged list. */
  async function filterCounts(outcome: Shown, all: FilterCounts): Promise<FilterCounts> {
    if (outcome.filters) return outcome.filters;
    const pagefind = await pagefindReady;
    filterPages ??= pagesByFilterValue(pagefind, all);
    return countFilters(
      outcome.results.map((result) => result.id),
      await filterPages,
    );
  }

  function applyState(next: SearchState, mode: 'push' | 'replace' | 'none'): void {
    state = next;
    const url = urlFromState(state, location.pathname);
    if (mode === 'push' && url !== location.pathname + location.search)
      history.pushState(null, '', url);
    if (mode === 'replace') history.replaceState(null, '', url);
    void run();
  }

  function fillForm(): void {
    input.value = state.query;
    sort.value = state.sort === 'terbaru' ? 'terbaru' : '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    applyState(readForm(), 'push');
  });
  // Every keystroke after a space would ask again for the same finished words; once is enough.
  let preloaded = '';
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    const finished = finishedWords(input.value);
    if (finished && finished !== preloaded) {
      preloaded = finished;
      void pagefindReady.then((pagefind) => pagefind.preload(finished)).catch(() => undefined);
    }
    typingTimer = window.setTimeout(() => applyState(readForm(), 'replace'), TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) applyState(readForm(), 'push');
  });
  // After the first screen, the button first completes the page, then adds whole pages.
  more.addEventListener('click', () => void appendResults(PAGE_SIZE - (taken % PAGE_SIZE)));
  status.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-saran]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    input.value = link.dataset.saran ?? '';
    applyState(readForm(), 'push');
    // The link is replaced by the new results; the reader continues from their heading.
    resultsHeading.focus();
  });
  details.addEventListener('toggle', () => {
    if (details.open && !filtersRequested) void run();
  });
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.search);
    fillForm();
    void run();
  });

  fillForm();
  void run();
}
