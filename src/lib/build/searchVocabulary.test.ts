import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  fragmentText,
  VOCABULARY_FILE,
  vocabularyFromTexts,
  writeSearchVocabulary,
} from './searchVocabulary.ts';

/** A page fragment as Pagefind 1.6 writes it: gzip of a signature and JSON. */
const fragment = (content: string, title: string) =>
  gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ content, meta: { title } })}`));

describe('kosakata pencarian dari indeks Pagefind', () => {
  it('kata huruf saja, 3–30 huruf, huruf kecil, dengan jumlah pemakaiannya, urut abjad', () => {
    expect(
      vocabularyFromTexts([
        'Pelatihan Hidroponik di Lapas; pelatihan 2026.',
        'Warga binaan (WBP) ikut pelatihan — ke-2.',
      ]),
    ).toEqual({ binaan: 1, hidroponik: 1, ikut: 1, lapas: 1, pelatihan: 3, warga: 1, wbp: 1 });
  });

  it('judul dan isi cuplikan terbaca; tanda tangan format diperiksa', () => {
    expect(fragmentText(fragment('Isi halaman', 'Judul'))).toBe('Judul\nIsi halaman');
    expect(() => fragmentText(gzipSync(Buffer.from('{"content":"x"}')))).toThrow(
      /format yang dikenal/,
    );
  });

  it('ditulis di samping indeks, sama untuk masukan yang sama', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'kosakata-'));
    mkdirSync(path.join(outDir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(outDir, 'pagefind/fragment/b.pf_fragment'), fragment('konseling', 'B'));
    writeFileSync(path.join(outDir, 'pagefind/fragment/a.pf_fragment'), fragment('ikan asap', 'A'));
    expect(await writeSearchVocabulary(outDir)).toBe(3);
    const written = readFileSync(path.join(outDir, 'pagefind', VOCABULARY_FILE), 'utf8');
    expect(JSON.parse(written)).toEqual({ kata: { asap: 1, ikan: 1, konseling: 1 } });
  });
});
