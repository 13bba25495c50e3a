import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/lib/site.ts';
import { DIST, ROOT } from '../setup/sites.ts';
import { readPage, readPages } from './distFiles.ts';

const pages = readPages(DIST);
const publishedNews = readdirSync(path.join(ROOT, 'content/berita'));
const PAGE_SIZE = SITE.listPageSize;

describe('setiap halaman hasil build', () => {
  it('ada, termasuk semua bagian situs', () => {
    const urls = pages.map((page) => page.url);
    for (const url of ['/', '/berita/', '/program/', '/kisah/', '/tentang/', '/topik/', '/404']) {
      expect(urls).toContain(url);
    }
  });

  it.each(pages.map((page) => [page.url, page] as const))(
    '%s: satu h1, lang id, judul dan deskripsi',
    (_, page) => {
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('id');
      expect(page.root.querySelector('title')?.text.trim().length).toBeGreaterThan(5);
      const description = page.root
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
      expect(description?.trim().length).toBeGreaterThan(30);
    },
  );

  it.each(pages.map((page) => [page.url, page] as const))(
    '%s: setiap gambar punya alt, width, height',
    (_, page) => {
      for (const img of page.root.querySelectorAll('img')) {
        expect(img.getAttribute('alt')?.trim(), img.toString()).toBeTruthy();
        expect(Number(img.getAttribute('width')), img.toString()).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), img.toString()).toBeGreaterThan(0);
      }
    },
  );

  it.each(pages.map((page) => [page.url, page] as const))(
    '%s: gambar pertama dimuat segera, sisanya lambat',
    (_, page) => {
      const images = page.root.querySelectorAll('img');
      if (images.length === 0) return;
      const [first, ...rest] = images;
      expect(first?.getAttribute('loading')).toBe('eager');
      expect(first?.getAttribute('fetchpriority')).toBe('high');
      for (const img of rest) expect(img.getAttribute('loading')).toBe('lazy');
    },
  );
});

describe('gambar', () => {
  it('sampul berita disajikan sebagai AVIF dan WebP dengan srcset dan sizes', () => {
    const page = readPage(DIST, '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/');
    const picture = page.root.querySelector('article picture');
    const types = picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture?.querySelectorAll('source') ?? []) {
      expect(source.getAttribute('srcset')?.split(',').length).toBeGreaterThanOrEqual(3);
      expect(source.getAttribute('sizes')).toBeTruthy();
    }
  });

  it('gambar di badan tulisan juga AVIF dan WebP', () => {
    const page = readPage(DIST, '/berita/kelas-tata-boga-menu-khas-maluku/');
    const figures = page.root.querySelectorAll('.prose figure picture');
    expect(figures.length).toBeGreaterThan(0);
    const types = figures[0]
      ?.querySelectorAll('source')
      .map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
  });
});

describe('daftar berita dan halamannya', () => {
  const cardsOn = (url: string) =>
    readPage(DIST, url)
      .root.querySelectorAll('main article h2 a')
      .map((a) => a.getAttribute('href'));

  it(`halaman pertama memuat ${PAGE_SIZE} berita terbaru dan menautkan halaman 2`, () => {
    const page = readPage(DIST, '/berita/');
    expect(cardsOn('/berita/')).toHaveLength(Math.min(PAGE_SIZE, publishedNews.length));
    expect(page.root.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/berita/halaman/2/',
    );
    expect(page.root.querySelector('a[rel="prev"]')).toBeNull();
  });

  it('halaman terakhir menautkan kembali dan tidak punya halaman berikutnya', () => {
    const last = Math.ceil(publishedNews.length / PAGE_SIZE);
    expect(last).toBeGreaterThan(1);
    const url = `/berita/halaman/${last}/`;
    const page = readPage(DIST, url);
    expect(page.root.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      last === 2 ? '/berita/' : `/berita/halaman/${last - 1}/`,
    );
    expect(page.root.querySelector('a[rel="next"]')).toBeNull();
    expect(page.root.querySelector('[aria-current="page"]')?.text).toContain(String(last));
  });

  it('setiap berita muncul tepat sekali di seluruh halaman daftar, terbaru dulu', () => {
    const listUrls = pages
      .map((page) => page.url)
      .filter((url) => url === '/berita/' || url.startsWith('/berita/halaman/'));
    expect(listUrls).not.toContain('/berita/halaman/1/');
    const hrefs = listUrls.sort().flatMap(cardsOn);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.sort()).toEqual(publishedNews.map((slug) => `/berita/${slug}/`).sort());
  });

  it('arsip per tahun membagi semua berita tanpa sisa', () => {
    const archiveUrls = pages
      .map((page) => page.url)
      .filter((url) => /^\/berita\/arsip\/\d{4}\/(halaman\/\d+\/)?$/.test(url));
    expect(archiveUrls.length).toBeGreaterThanOrEqual(2);
    const hrefs = archiveUrls.flatMap(cardsOn);
    expect(hrefs.sort()).toEqual(publishedNews.map((slug) => `/berita/${slug}/`).sort());
  });
});

describe('halaman artikel', () => {
  const page = readPage(DIST, '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/');

  it('menampilkan tanggal Indonesia, penulis, waktu baca, topik dan program', () => {
    const text = page.root.querySelector('main')?.text ?? '';
    expect(text).toContain('27 November 2026');
    expect(page.root.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-27');
    expect(text).toMatch(/Penulis:\s*Tim Redaksi/);
    expect(text).toMatch(/\d+ menit baca/);
    expect(page.root.querySelectorAll('a[href^="/topik/"]').length).toBeGreaterThan(0);
    expect(page.root.querySelectorAll('#program-terkait ~ ul a[href^="/program/"]')).toHaveLength(
      10,
    );
  });

  it('berita fakta tidak berlabel Contoh; berita ilustratif berlabel Contoh', () => {
    const label = 'article[data-pagefind-body] header [title^="Isi ini ilustrasi"]';
    const notice = 'aside[aria-label="Keterangan contoh"]';
    expect(page.root.querySelector(label)).toBeNull();
    expect(page.root.querySelector(notice)).toBeNull();
    const example = readPage(DIST, '/berita/kelas-tata-boga-menu-khas-maluku/');
    expect(example.root.querySelector(label)?.text).toBe('Contoh');
    expect(example.root.querySelector(notice)).not.toBeNull();
  });

  it('remah roti menuju beranda dan bagian berita', () => {
    const crumbs = page.root
      .querySelectorAll('nav[aria-label="Jejak navigasi"] a')
      .map((a) => a.getAttribute('href'));
    expect(crumbs).toEqual(['/', '/berita/']);
  });
});
