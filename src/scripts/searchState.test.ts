import { describe, expect, it } from 'vitest';
import { hasCriteria, pagefindFilters, stateFromUrl, urlFromState } from './searchState.ts';

describe('keadaan pencarian di alamat halaman', () => {
  it('membaca kata, saringan dan urutan', () => {
    const state = stateFromUrl('?q=+tata%20boga+&jenis=Berita&jenis=Kisah&tahun=2026&urut=terbaru');
    expect(state).toEqual({
      query: 'tata boga',
      filters: { jenis: ['Berita', 'Kisah'], tahun: ['2026'], program: [] },
      sort: 'terbaru',
    });
  });

  it('menulis kembali alamat yang sama', () => {
    const url = '/cari/?q=tata+boga&jenis=Berita&program=Tata+Boga&urut=terbaru';
    expect(urlFromState(stateFromUrl(url.slice(url.indexOf('?'))))).toBe(url);
    expect(urlFromState(stateFromUrl(''))).toBe('/cari/');
  });

  it('saringan Pagefind: salah satu nilai dalam kelompok, semua kelompok sekaligus', () => {
    const state = stateFromUrl('?jenis=Berita&jenis=Kisah&tahun=2025');
    expect(pagefindFilters(state)).toEqual({
      jenis: { any: ['Berita', 'Kisah'] },
      tahun: { any: ['2025'] },
    });
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria(stateFromUrl('?urut=terbaru'))).toBe(false);
  });
});
