/**
 * Starts Pagefind 1.6 for the search page. With its worker, the page talks to
 * `pagefind-worker.js` itself instead of loading `pagefind.js`: that script (13 KB gzip of a
 * first query's 111 KB at 1,000 articles) carries a whole second copy of the search engine for
 * running on the main thread, and with the worker the page used only its few lines of messaging.
 * The messages below are the worker's own protocol (`handleMessage` in pagefind-worker.js 1.6.0:
 * `{ id, method, args }` in, `{ id, result }` or `{ id, error }` out); Pagefind's version is
 * pinned and tests/browser/search.test.ts searches through this client. When the worker cannot
 * start (blocked, missing, or a browser without workers), `pagefind.js` runs on the main thread,
 * as Pagefind itself falls back.
 */
import { PAGEFIND_WORKER } from './pagefindOptions.ts';

/** The part of a result's data this site reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` are the positions of matched words in it. */
  content: string;
  locations: number[];
  meta: { title?: string; tanggal?: string; image?: string; image_alt?: string; contoh?: string };
  filters: Record<string, string[]>;
}
export interface PagefindResponse {
  results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
/** The calls the search page makes, the same with or without the worker. */
export interface Pagefind {
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: object) => Promise<void>;
  search: (
    term: string | null,
    options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse | null>;
}
/** What the main-thread module exports besides the calls (pagefind.js). */
interface PagefindModule extends Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

/** Browsers without requestIdleCallback let go of unused results this long after a search. */
const IDLE_FALLBACK_MS = 2000;
/** Where the index lives after `astro build`; it is not part of the bundle. */
export const PAGEFIND_BASE = '/pagefind/';

/** The smallest part of the Web Worker API the client needs, so unit tests can hand it a fake. */
export interface WorkerLike {
  postMessage: (message: WorkerRequest) => void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}
export interface WorkerRequest {
  id: number;
  method: 'init' | 'search' | 'filters' | 'preload' | 'getData' | 'releaseData';
  args: unknown[];
}
type WorkerReply = { id: number; result?: unknown; error?: string };
/** A result as the worker sends it: its data stays in the worker under an id until asked for. */
type WorkerResponse = Omit<PagefindResponse, 'results'> & {
  results: (Omit<PagefindResponse['results'][number], 'data'> & { data: unknown })[];
};

/**
 * A Pagefind that searches in `worker`. Resolves once the worker has taken its options and
 * rejects if the worker fails first; later failures reject the calls that were waiting.
 */
export async function workerPagefind(
  worker: WorkerLike,
  options: Record<string, unknown>,
  language: string,
): Promise<Pagefind> {
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let failure: Error | undefined;

  worker.addEventListener('message', ({ data: { id, result, error } }) => {
    const call = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) call?.resolve(result);
    else call?.reject(new Error(`Pagefind: ${error}`));
  });
  worker.addEventListener('error', () => {
    failure = new Error('Worker Pagefind tidak dapat berjalan.');
    for (const call of waiting.values()) call.reject(failure);
    waiting.clear();
  });

  function send<T>(method: WorkerRequest['method'], ...args: unknown[]): Promise<T> {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  }

  // The worker keeps every result's data until told to let go, one message per result. A
  // search's results are let go together once the page holds none of them, and the messages wait
  // until the page is idle, so they never queue in front of the reader's next search. One
  // registration per result, as pagefind.js does, made a search over 1,000 pages paint in 180 to
  // 190 ms instead of about 130 (measured twice each, npm run bench:search).
  const unused: unknown[] = [];
  const releaseUnused = () => {
    for (const dataId of unused.splice(0)) send('releaseData', dataId).catch(() => undefined);
  };
  const released = new FinalizationRegistry<unknown[]>((dataIds) => {
    if (unused.length === 0)
      if (typeof requestIdleCallback === 'function') requestIdleCallback(releaseUnused);
      else setTimeout(releaseUnused, IDLE_FALLBACK_MS);
    unused.push(...dataIds);
  });

  const pagefind: Pagefind = {
    filters: () => send('filters'),
    preload: (term, preloadOptions = {}) => send('preload', term, preloadOptions),
    async search(term, searchOptions) {
      const response = await send<WorkerResponse | null>('search', term, searchOptions);
      if (!response) return null;
      // Every result's data() reaches its id through `handed`, so `handed` lives as long as any.
      const handed = { dataIds: response.results.map((result) => result.data) };
      released.register(handed, handed.dataIds);
      return {
        ...response,
        results: response.results.map((result, index) => ({
          ...result,
          data: () => send<PagefindResultData>('getData', handed.dataIds[index]),
        })),
      };
    },
  };
  // Pagefind's worker takes its language from the options: it cannot read <html lang>.
  await send('init', { ...options, basePath: PAGEFIND_BASE, language, primary: true });
  return pagefind;
}

async function mainThreadPagefind(options: Record<string, unknown>): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`)) as PagefindModule;
  await module.options({ ...options, noWorker: true });
  await module.init();
  return module;
}

/** Pagefind with `options`, in its worker when the site chose it and the browser allows it. */
export async function startPagefind(options: Record<string, unknown>): Promise<Pagefind> {
  if (!PAGEFIND_WORKER || typeof Worker === 'undefined') return mainThreadPagefind(options);
  const language = (document.documentElement.lang || 'unknown').toLowerCase();
  try {
    return await workerPagefind(
      new Worker(`${PAGEFIND_BASE}pagefind-worker.js`),
      options,
      language,
    );
  } catch {
    return mainThreadPagefind(options);
  }
}
