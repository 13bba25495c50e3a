import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GOOD_DIST } from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';

/** Every draft and scheduled entry in the good fixture has "Rahasia" in its title. */
const MARKER = 'Rahasia';

describe('draf dan entri terjadwal tidak terbit di build produksi', () => {
  const files = listFiles(GOOD_DIST);

  it('fixture memang punya entri terbit (uji ini bisa gagal)', () => {
    expect(files).toContain('berita/terbit/index.html');
    expect(files).toContain('kisah/kisah-contoh/index.html');
  });

  it('tidak ada halaman untuk draf atau entri terjadwal', () => {
    expect(files.filter((file) => /draf|terjadwal|2099/.test(file))).toEqual([]);
  });

  it('tidak ada di indeks pencarian', () => {
    const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    const indexed = fragments.map((file) =>
      gunzipSync(readFileSync(path.join(GOOD_DIST, file))).toString('utf8'),
    );
    expect(indexed.some((text) => text.includes('Berita Terbit untuk Uji Situs'))).toBe(true);
    expect(indexed.filter((text) => text.includes(MARKER))).toEqual([]);
  });

  it('judul, topik dan tahunnya tidak disebut di file mana pun', () => {
    const leaking = files
      .filter((file) => /\.(html|xml|json|txt|js)$/.test(file))
      .filter((file) => {
        const text = readFileSync(path.join(GOOD_DIST, file), 'utf8');
        return text.includes(MARKER) || text.includes('topik-draf') || text.includes('/2099/');
      });
    expect(leaking).toEqual([]);
  });
});
