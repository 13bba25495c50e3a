import { describe, expect, it } from 'vitest';
import { preloadLinks, withPreloadLinks, type PreloadHint } from './searchPreload.ts';

const HINTS: PreloadHint[] = [
  { rel: 'modulepreload', href: '/pagefind/pagefind.js' },
  { rel: 'preload', href: '/pagefind/pagefind.id_abc.pf_meta', as: 'fetch' },
];

describe('petunjuk preload halaman pencarian', () => {
  it('berkas yang dibaca fetch() mendapat crossorigin agar cocok dengan permintaan Pagefind', () => {
    expect(preloadLinks(HINTS)).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js">' +
        '<link rel="preload" href="/pagefind/pagefind.id_abc.pf_meta" as="fetch" crossorigin>',
    );
  });

  it('ditulis di akhir <head>; menulis ulang mengganti petunjuk lama, tidak menambah', () => {
    const page = '<html><head><meta charset="utf-8"><title>Cari</title></head><body></body></html>';
    const once = withPreloadLinks(page, HINTS);
    expect(once).toMatch(/<title>Cari<\/title><!--indeks-pencarian--><link .*<\/head>/);
    const again = withPreloadLinks(once, [HINTS[0] as PreloadHint]);
    expect(again.match(/<link /g)).toHaveLength(1);
    expect(() => withPreloadLinks('<p>tanpa kepala</p>', HINTS)).toThrow(/<\/head>/);
  });
});
