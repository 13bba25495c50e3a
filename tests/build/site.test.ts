import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/lib/site.ts';
import { DIST, GOOD_DIST } from '../setup/sites.ts';
import { isEntryPage, isTemplate, readPages, type BuiltPage } from './distFiles.ts';

/**
 * Checks over the real site hold for any valid content: they derive what to expect from the built
 * pages. Checks that need a particular entry, date or label read the good fixture, whose entries
 * are written for them, so an editor's change to `content/` cannot turn them red.
 */
const SITES = [
  ['situs', DIST],
  ['fixture baik', GOOD_DIST],
] as const;
const PAGE_SIZE = SITE.listPageSize;
const MONTHS =
  'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  );
const LABEL = 'article[data-pagefind-body] header [title^="Isi ini ilustrasi"]';
const NOTICE = 'aside[aria-label="Keterangan contoh"]';

/** `2026-11-27` as readers see it, spelled out here rather than by the site's own formatter. */
function indonesianDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 0) - 1]} ${year}`;
}

function site(dist: string) {
  const pages = readPages(dist);
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const at = (url: string): BuiltPage => {
    const page = byUrl.get(url);
    if (!page) throw new Error(`Halaman ${url} tidak ada di ${dist}`);
    return page;
  };
  const articles = pages
    .filter((page) => isTemplate('berita', page.url))
    .map((page) => ({
      page,
      url: page.url,
      date: page.root.querySelector('main time')?.getAttribute('datetime') ?? '',
    }));
  const cardsOn = (url: string) =>
    at(url)
      .root.querySelectorAll('main article h2 a')
      .map((a) => a.getAttribute('href') ?? '');
  return { pages, at, articles, cardsOn };
}

const real = site(DIST);
const fixture = site(GOOD_DIST);

describe('setiap halaman hasil build', () => {
  const { pages } = real;

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

  // Which image comes first depends on the content (the home page has none near the top until an
  // article is published): here only what holds for any content, the rest on the fixture below.
  it.each(pages.map((page) => [page.url, page] as const))(
    '%s: hanya gambar pertama yang boleh dimuat segera, dengan prioritas tinggi',
    (_, page) => {
      const [first, ...rest] = page.root.querySelectorAll('img');
      if (first && first.getAttribute('loading') !== 'lazy')
        expect(first.getAttribute('fetchpriority')).toBe('high');
      for (const img of rest) expect(img.getAttribute('loading')).toBe('lazy');
    },
  );
});

describe('pemuatan gambar (fixture baik)', () => {
  it.each(fixture.pages.map((page) => [page.url, page] as const))(
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

describe('fixture baik memuat yang dibutuhkan uji generik, agar tidak lolos karena kosong', () => {
  it(`lebih dari ${PAGE_SIZE} berita terbit, dari lebih dari satu tahun`, () => {
    expect(fixture.articles.length).toBeGreaterThan(PAGE_SIZE);
    expect(new Set(fixture.articles.map(({ date }) => date.slice(0, 4))).size).toBeGreaterThan(1);
  });

  it('gambar di badan tulisan, entri contoh dan entri nyata', () => {
    const entries = fixture.pages.filter((page) => isEntryPage(page.url));
    expect(fixture.pages.some((page) => page.root.querySelector('.prose picture'))).toBe(true);
    expect(entries.some((page) => page.root.querySelector(LABEL))).toBe(true);
    expect(entries.some((page) => !page.root.querySelector(LABEL))).toBe(true);
  });
});

describe.each(SITES)('gambar (%s)', (_, dist) => {
  const { pages, articles } = dist === DIST ? real : fixture;
  const types = (picture: BuiltPage['root'] | null) =>
    picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));

  it.each(articles.map(({ url, page }) => [url, page] as const))(
    '%s: sampul berita disajikan sebagai AVIF dan WebP dengan srcset dan sizes',
    (_, page) => {
      const picture = page.root.querySelector('article picture');
      expect(types(picture)).toEqual(['image/avif', 'image/webp']);
      for (const source of picture?.querySelectorAll('source') ?? []) {
        expect(source.getAttribute('srcset')?.split(',').length).toBeGreaterThanOrEqual(3);
        expect(source.getAttribute('sizes')).toBeTruthy();
      }
    },
  );

  it('gambar di badan tulisan juga AVIF dan WebP', () => {
    for (const page of pages) {
      for (const picture of page.root.querySelectorAll('.prose picture')) {
        expect(types(picture), page.url).toEqual(['image/avif', 'image/webp']);
      }
    }
  });
});

describe.each(SITES)('daftar berita dan halamannya (%s)', (_, dist) => {
  const { pages, articles, cardsOn, at } = dist === DIST ? real : fixture;
  const pageCount = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  const listUrl = (number: number) => (number === 1 ? '/berita/' : `/berita/halaman/${number}/`);
  const listUrls = Array.from({ length: pageCount }, (_, index) => listUrl(index + 1));
  const dateOf = new Map(articles.map(({ url, date }) => [url, date]));

  it('setiap berita bertanggal', () => {
    for (const { url, date } of articles) expect(date, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it(`${PAGE_SIZE} berita per halaman daftar, dan halaman sebanyak yang dibutuhkan`, () => {
    const built = pages
      .map((page) => page.url)
      .filter((url) => url === '/berita/' || url.startsWith('/berita/halaman/'));
    expect(built.sort()).toEqual([...listUrls].sort());
    listUrls.forEach((url, index) => {
      const expected = Math.min(PAGE_SIZE, articles.length - index * PAGE_SIZE);
      expect(cardsOn(url), url).toHaveLength(expected);
    });
  });

  it('setiap halaman daftar menautkan halaman sebelum dan sesudahnya, dan menandai dirinya', () => {
    listUrls.forEach((url, index) => {
      const { root } = at(url);
      const number = index + 1;
      expect(root.querySelector('a[rel="prev"]')?.getAttribute('href'), url).toBe(
        number > 1 ? listUrl(number - 1) : undefined,
      );
      expect(root.querySelector('a[rel="next"]')?.getAttribute('href'), url).toBe(
        number < pageCount ? listUrl(number + 1) : undefined,
      );
      // A single page needs no page numbers at all.
      const current = root.querySelector('nav[aria-label^="Halaman daftar"] [aria-current="page"]');
      expect(current?.text.replace(/\s+/g, ' ').trim(), url).toBe(
        pageCount > 1 ? `Halaman ${number}` : undefined,
      );
    });
  });

  it('setiap berita muncul tepat sekali di seluruh halaman daftar, terbaru dulu', () => {
    const hrefs = listUrls.flatMap(cardsOn);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect([...hrefs].sort()).toEqual(articles.map(({ url }) => url).sort());
    const dates = hrefs.map((href) => dateOf.get(href) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('arsip per tahun membagi semua berita tanpa sisa, setiap tahun di arsipnya sendiri', () => {
    const archiveUrls = pages
      .map((page) => page.url)
      .filter((url) => /^\/berita\/arsip\/\d{4}\/(halaman\/\d+\/)?$/.test(url));
    const yearOf = (url: string) => url.slice('/berita/arsip/'.length).slice(0, 4);
    expect(new Set(archiveUrls.map(yearOf))).toEqual(
      new Set(articles.map(({ date }) => date.slice(0, 4))),
    );
    const hrefs: string[] = [];
    for (const url of archiveUrls) {
      for (const href of cardsOn(url)) {
        expect(dateOf.get(href)?.slice(0, 4), `${href} di ${url}`).toBe(yearOf(url));
        hrefs.push(href);
      }
    }
    expect(hrefs.sort()).toEqual(articles.map(({ url }) => url).sort());
  });
});

describe.each(SITES)('halaman artikel (%s)', (_, dist) => {
  const { articles, pages } = dist === DIST ? real : fixture;

  it.each(articles.map(({ url, page, date }) => [url, page, date] as const))(
    '%s: tanggal Indonesia sesuai datetime, penulis, waktu baca, topik, jejak navigasi',
    (_, page, date) => {
      const main = page.root.querySelector('main');
      expect(main?.querySelector('time')?.text).toBe(indonesianDate(date));
      expect(main?.text).toMatch(/Penulis:\s*\S/);
      expect(main?.text).toMatch(/\d+ menit baca/);
      // The footer links every page to /topik/; an article's own topics link further down.
      expect(
        page.root.querySelectorAll('section[aria-labelledby="topik-entri"] a[href^="/topik/"]')
          .length,
      ).toBeGreaterThan(0);
      const crumbs = page.root
        .querySelectorAll('nav[aria-label="Jejak navigasi"] a')
        .map((a) => a.getAttribute('href'));
      expect(crumbs).toEqual(['/', '/berita/']);
    },
  );

  it('label Contoh di kepala entri selalu bersama keterangan contohnya', () => {
    for (const page of pages.filter(({ url }) => isEntryPage(url))) {
      const label = page.root.querySelector(LABEL);
      expect(page.root.querySelector(NOTICE) !== null, page.url).toBe(label !== null);
      if (label) expect(label.text, page.url).toBe('Contoh');
    }
  });
});

describe('halaman artikel di fixture', () => {
  const page = fixture.at('/berita/nota-kesepahaman/');
  const text = page.root.querySelector('main')?.text ?? '';

  it('menampilkan tanggal Indonesia, penulis, waktu baca, topik dan program dalam urutannya', () => {
    expect(text).toContain('20 November 2026');
    expect(page.root.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20');
    expect(text).toMatch(/Penulis:\s*Tim Redaksi/);
    expect(text).toMatch(/\d+ menit baca/);
    expect(text).not.toContain('Diperbarui');
    expect(
      page.root.querySelectorAll('#topik-entri ~ ul a').map((a) => a.getAttribute('href')),
    ).toEqual(['/topik/nota-kesepahaman/', '/topik/pembinaan/']);
    expect(
      page.root.querySelectorAll('#program-terkait ~ ul a').map((a) => a.getAttribute('href')),
    ).toEqual([
      '/program/pelatihan-contoh/',
      '/program/tata-boga/',
      '/program/pengolahan-ikan/',
      '/program/konseling/',
    ]);
  });

  it('tanggal pembaruan tampil bila ada', () => {
    const updated = fixture.at('/berita/terbit/').root.querySelector('main')?.text ?? '';
    expect(updated).toMatch(/27 November 2026\s*Diperbarui\s*28 November 2026/);
  });

  it('berita nyata tidak berlabel Contoh; berita ilustratif berlabel Contoh', () => {
    expect(page.root.querySelector(LABEL)).toBeNull();
    expect(page.root.querySelector(NOTICE)).toBeNull();
    const example = fixture.at('/berita/kelas-tata-boga/');
    expect(example.root.querySelector(LABEL)?.text).toBe('Contoh');
    expect(example.root.querySelector(NOTICE)).not.toBeNull();
  });
});
