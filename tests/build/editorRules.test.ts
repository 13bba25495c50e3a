import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPOSITORY, GOOD_DIST } from '../setup/sites.ts';
import { listFiles, readPage } from './distFiles.ts';

describe('privasi kisah', () => {
  it('tanpa persetujuan hanya alias yang tampil', () => {
    const text = readPage(GOOD_DIST, '/kisah/kisah-contoh/').root.querySelector('main')?.text ?? '';
    expect(text).toContain('R., 34');
    expect(text).toContain('nama samaran untuk melindungi privasinya');
  });

  it('dengan persetujuan tercatat nama boleh tampil, tetapi catatan persetujuannya tidak pernah', () => {
    const text =
      readPage(GOOD_DIST, '/kisah/kisah-dengan-persetujuan/').root.querySelector('main')?.text ??
      '';
    expect(text).toContain('Nama Uji Bersetuju');
    expect(text).toContain('ditampilkan dengan persetujuannya');
    const leaking = listFiles(GOOD_DIST).filter((file) => {
      const bytes = readFileSync(path.join(GOOD_DIST, file));
      const text = file.endsWith('.pf_fragment')
        ? gunzipSync(bytes).toString('utf8')
        : bytes.toString('utf8');
      return text.includes('PERSETUJUAN-RAHASIA-UJI');
    });
    expect(leaking).toEqual([]);
  });
});

describe('tautan "Ubah halaman ini"', () => {
  it.each([
    ['/berita/terbit/', 'berita/terbit/index.mdx'],
    ['/program/pelatihan-contoh/', 'program/pelatihan-contoh/index.mdx'],
    ['/kisah/kisah-contoh/', 'kisah/kisah-contoh/index.mdx'],
  ])('%s menuju berkasnya di repositori', (url, file) => {
    const link = readPage(GOOD_DIST, url)
      .root.querySelectorAll('a')
      .find((a) => a.text.trim() === 'Ubah halaman ini');
    expect(link?.getAttribute('href')).toBe(
      `${FIXTURE_REPOSITORY}/edit/main/tests/fixtures/sites/good/${file}`,
    );
  });
});
