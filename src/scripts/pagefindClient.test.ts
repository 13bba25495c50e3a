import { describe, expect, it } from 'vitest';
import {
  PAGEFIND_BASE,
  workerPagefind,
  type WorkerLike,
  type WorkerRequest,
} from './pagefindClient.ts';

type Listener = (event: { data: unknown }) => void;

/** Answers like pagefind-worker.js 1.6.0 does, on the next tick; `fail()` fires its error event. */
function fakeWorker(answer: (request: WorkerRequest) => { result?: unknown; error?: string }) {
  const listeners: Record<string, Listener[]> = { message: [], error: [] };
  const requests: WorkerRequest[] = [];
  const worker = {
    postMessage(request: WorkerRequest) {
      requests.push(request);
      setTimeout(() => {
        for (const listener of listeners.message ?? [])
          listener({ data: { id: request.id, ...answer(request) } });
      });
    },
    addEventListener(type: string, listener: Listener) {
      listeners[type]?.push(listener);
    },
  } as WorkerLike;
  const fail = () => listeners.error?.forEach((listener) => listener({ data: undefined }));
  return { worker, requests, fail };
}

const pagefindWorker = (request: WorkerRequest) => {
  switch (request.method) {
    case 'search':
      return {
        result: {
          results: [{ id: 'satu', score: 2, data: `data_${request.id}_0` }],
          filters: { jenis: { Berita: 1 } },
        },
      };
    case 'getData':
      return { result: { url: `/dari/${String(request.args[0])}/` } };
    case 'filters':
      return { result: { jenis: { Berita: 3 } } };
    default:
      return { result: true };
  }
};

describe('Pagefind di worker tanpa pagefind.js', () => {
  it('memberi worker pilihan situs, alamat indeks, dan bahasa halaman', async () => {
    const { worker, requests } = fakeWorker(pagefindWorker);
    await workerPagefind(worker, { excerptLength: 24 }, 'id');
    expect(requests).toEqual([
      {
        id: 0,
        method: 'init',
        args: [{ excerptLength: 24, basePath: PAGEFIND_BASE, language: 'id', primary: true }],
      },
    ]);
  });

  it('hasil membawa data() yang meminta data hasil itu dari worker', async () => {
    const { worker, requests } = fakeWorker(pagefindWorker);
    const pagefind = await workerPagefind(worker, {}, 'id');
    const response = await pagefind.search('bina', { filters: {} });
    expect(requests.at(-1)).toMatchObject({ method: 'search', args: ['bina', { filters: {} }] });
    expect(response?.filters).toEqual({ jenis: { Berita: 1 } });
    expect(response?.results.map(({ id, score }) => ({ id, score }))).toEqual([
      { id: 'satu', score: 2 },
    ]);
    const data = await response?.results[0]?.data();
    expect(requests.at(-1)).toMatchObject({ method: 'getData', args: ['data_1_0'] });
    expect(data).toEqual({ url: '/dari/data_1_0/' });
    expect(await pagefind.filters()).toEqual({ jenis: { Berita: 3 } });
    await pagefind.preload('bina');
    expect(requests.at(-1)).toMatchObject({ method: 'preload', args: ['bina', {}] });
  });

  it('galat dari worker menolak panggilan itu saja, dengan pesan Pagefind', async () => {
    const { worker } = fakeWorker((request) =>
      request.method === 'search'
        ? { error: 'Pagefind instance "default" not initialized' }
        : pagefindWorker(request),
    );
    const pagefind = await workerPagefind(worker, {}, 'id');
    await expect(pagefind.search('bina', {})).rejects.toThrow(/not initialized/);
    expect(await pagefind.filters()).toEqual({ jenis: { Berita: 3 } });
  });

  it('worker yang gagal sebelum siap menolak permulaan, sehingga halaman memakai utas utama', async () => {
    const { worker, fail } = fakeWorker(() => ({}));
    worker.postMessage = () => fail();
    await expect(workerPagefind(worker, {}, 'id')).rejects.toThrow(/tidak dapat berjalan/);
  });

  it('sesudah worker gagal, setiap panggilan yang menunggu dan berikutnya ditolak, tidak menggantung', async () => {
    const { worker, fail } = fakeWorker(pagefindWorker);
    const pagefind = await workerPagefind(worker, {}, 'id');
    const post = worker.postMessage;
    worker.postMessage = () => undefined;
    const waiting = pagefind.search('bina', {});
    fail();
    await expect(waiting).rejects.toThrow(/tidak dapat berjalan/);
    worker.postMessage = post;
    await expect(pagefind.filters()).rejects.toThrow(/tidak dapat berjalan/);
  });
});
