import { describe, expect, it } from 'vitest';
import {
  finishedWords,
  hasCriteria,
  hasFilters,
  pagefindFilters,
  stateFromUrl,
  urlFromState,
} from './searchState.ts';

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

  it('hanya kata yang sudah selesai diketik (diikuti spasi) yang indeksnya diambil lebih dulu', () => {
    expect(finishedWords('p')).toBe('');
    expect(finishedWords('pelatihan')).toBe('');
    expect(finishedWords('pelatihan ')).toBe('pelatihan');
    expect(finishedWords('  pelatihan  ketera')).toBe('pelatihan');
    expect(finishedWords('ikan asap segar')).toBe('ikan asap');
  });

  it('saringan dari alamat dikenali tanpa kata pencarian', () => {
    expect(hasFilters(stateFromUrl('?tahun=2025'))).toBe(true);
    expect(hasFilters(stateFromUrl('?q=bina&urut=terbaru'))).toBe(false);
  });
});
