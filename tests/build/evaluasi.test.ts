import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/lib/evaluation/indicators.ts';
import { COLUMNS } from '../../src/lib/evaluation/openData.ts';
import { GOOD_DIST } from '../setup/sites.ts';
import { readPage, type BuiltPage } from './distFiles.ts';

/*
 * The evaluation reports of the good fixture: "Semester II 2025" (real, with a figure missing and
 * a real zero) and "Semester I 2026" (illustrative). Read as readers and reusers get them.
 */
const ORIGIN = 'http://127.0.0.1:4321';
const REAL = '/evaluasi/semester-ii-2025/';
const EXAMPLE = '/evaluasi/semester-i-2026/';
const text = (page: BuiltPage, selector: string) =>
  page.root
    .querySelectorAll(selector)
    .map((element) => element.textContent.replace(/\s+/g, ' ').trim());
const dataFile = (name: string) =>
  readFileSync(path.join(GOOD_DIST, 'evaluasi/data', name), 'utf8');
const csvRows = (name: string) =>
  parseCsv(dataFile(name), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const jsonLdOf = (page: BuiltPage) =>
  page.root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => JSON.parse(script.textContent) as Record<string, unknown>[]);

/** Each indicator's table on a report page: program name → cell text. */
function tables(page: BuiltPage): Map<string, Map<string, string>> {
  return new Map(
    INDICATORS.map((indicator) => {
      const section = page.root.querySelector(
        `section[aria-labelledby="indikator-${indicator.column.replaceAll('_', '-')}"]`,
      );
      const rows = section?.querySelectorAll('tbody tr') ?? [];
      return [
        indicator.column,
        new Map(
          rows.map((row) => [
            row.querySelector('th')?.textContent.trim() ?? '',
            row.querySelector('td')?.textContent.trim() ?? '',
          ]),
        ),
      ];
    }),
  );
}

describe('evaluasi: halaman daftar', () => {
  const page = readPage(GOOD_DIST, '/evaluasi/');

  it('periode terbaru lebih dulu, lalu semua periode dengan label contoh pada yang contoh', () => {
    expect(text(page, '#periode-terbaru a')[0]).toBe(
      'Evaluasi Uji Program Pembinaan Semester I 2026',
    );
    const items = page.root.querySelectorAll('section[aria-labelledby="semua-periode"] li');
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual([
      EXAMPLE,
      REAL,
    ]);
    expect(items[0]?.textContent).toContain('Contoh');
    expect(items[1]?.textContent).not.toContain('Contoh');
  });

  it('data semua periode dapat diunduh dan namanya menyebut contoh', () => {
    const links = page.root
      .querySelectorAll('section[aria-labelledby="unduh-semua"] a[download]')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/evaluasi/data/evaluasi-semua-periode-memuat-contoh.csv',
      '/evaluasi/data/evaluasi-semua-periode-memuat-contoh.json',
    ]);
    for (const link of links) expect(existsSync(path.join(GOOD_DIST, link ?? ''))).toBe(true);
  });

  it('menyebut lisensi data', () => {
    expect(page.root.querySelector('a[rel="license"]')?.textContent).toBe('CC BY 4.0');
  });
});

describe('evaluasi: halaman periode', () => {
  const real = readPage(GOOD_DIST, REAL);
  const example = readPage(GOOD_DIST, EXAMPLE);

  it('setiap indikator punya grafik SVG bernama dengan ringkasan teks dan tabel di sampingnya', () => {
    for (const indicator of INDICATORS) {
      const section = real.root.querySelector(
        `section[aria-labelledby="indikator-${indicator.column.replaceAll('_', '-')}"]`,
      );
      const svg = section?.querySelector('svg[role="img"]');
      expect(svg, indicator.label).toBeTruthy();
      const names = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
      const title = names
        .map((id) => real.root.querySelector(`#${id}`)?.textContent ?? '')
        .join(' ');
      expect(title).toContain(indicator.label);
      expect(section?.querySelector('table caption')?.textContent).toContain(indicator.label);
    }
  });

  it('angka yang tidak ada tertulis "belum tersedia" atau "tidak berlaku", nol tetap nol', () => {
    const byIndicator = tables(real);
    expect(byIndicator.get('bekerja_atau_berusaha')?.get('Tata Boga')).toBe('belum tersedia');
    expect(byIndicator.get('bersertifikat')?.get('Konseling')).toBe('tidak berlaku');
    expect(byIndicator.get('menyelesaikan')?.get('Konseling')).toBe('0');
  });

  it('CSV dibaca pengurai CSV sungguhan dan sama dengan tabel halaman', () => {
    const rows = csvRows('evaluasi-semester-ii-2025.csv');
    expect(Object.keys(rows[0] ?? {})).toEqual(COLUMNS.map((column) => column.name));
    const byIndicator = tables(real);
    for (const row of rows) {
      for (const indicator of INDICATORS) {
        const shown = byIndicator.get(indicator.column)?.get(row.nama_program ?? '');
        const cell = row[indicator.column];
        expect(
          cell === '' ? shown === 'belum tersedia' || shown === 'tidak berlaku' : shown === cell,
          `${row.nama_program} ${indicator.column}`,
        ).toBe(true);
      }
      expect(row.contoh).toBe('tidak');
    }
    expect(rows).toHaveLength(3);
  });

  it('JSON memuat baris yang sama dengan CSV', () => {
    const json = JSON.parse(dataFile('evaluasi-semester-ii-2025.json'));
    const rows = csvRows('evaluasi-semester-ii-2025.csv');
    expect(json.baris).toHaveLength(rows.length);
    for (const [index, row] of rows.entries()) {
      for (const indicator of INDICATORS) {
        const value = json.baris[index][indicator.column];
        expect(value === null ? '' : String(value)).toBe(row[indicator.column]);
      }
    }
  });

  it('data terstruktur Dataset dengan distribusi, periode, dan lisensi', () => {
    const dataset = jsonLdOf(real).find((item) => item['@type'] === 'Dataset');
    expect(dataset).toMatchObject({
      temporalCoverage: '2025-07-01/2025-12-31',
      license: 'https://creativecommons.org/licenses/by/4.0/deed.id',
      distribution: [
        {
          encodingFormat: 'text/csv',
          contentUrl: `${ORIGIN}/evaluasi/data/evaluasi-semester-ii-2025.csv`,
        },
        {
          encodingFormat: 'application/json',
          contentUrl: `${ORIGIN}/evaluasi/data/evaluasi-semester-ii-2025.json`,
        },
      ],
    });
  });

  it('tanpa JavaScript', () => {
    for (const page of [real, example, readPage(GOOD_DIST, '/evaluasi/')]) {
      const scripts = page.root
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(
        scripts.map((script) => script.toString()),
        page.url,
      ).toEqual([]);
    }
  });
});

describe('evaluasi contoh: label "Contoh" di setiap tempat angka muncul', () => {
  const page = readPage(GOOD_DIST, EXAMPLE);

  it('di halaman: label di judul, keterangan contoh, setiap judul tabel', () => {
    expect(page.root.querySelector('article header [title^="Isi ini ilustrasi"]')).toBeTruthy();
    expect(text(page, 'aside[aria-label="Keterangan contoh"]')[0]).toContain('rekaan');
    const captions = text(page, 'table caption');
    expect(captions.length).toBe(INDICATORS.length);
    for (const caption of captions) expect(caption).toMatch(/^Contoh — /);
  });

  it('di dalam setiap gambar grafik: nama dan teks yang terlihat', () => {
    const charts = page.root.querySelectorAll('svg[role="img"]');
    expect(charts.length).toBe(INDICATORS.length);
    for (const chart of charts) {
      expect(chart.querySelector('title')?.textContent).toMatch(/^Contoh/);
      expect(
        chart.querySelectorAll('text').some((label) => label.textContent.trim() === 'Contoh'),
      ).toBe(true);
    }
  });

  it('di nama berkas dan kolom data', () => {
    const links = page.root
      .querySelectorAll('a[download]')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/evaluasi/data/evaluasi-contoh-semester-i-2026.csv',
      '/evaluasi/data/evaluasi-contoh-semester-i-2026.json',
    ]);
    for (const row of csvRows('evaluasi-contoh-semester-i-2026.csv')) expect(row.contoh).toBe('ya');
    expect(JSON.parse(dataFile('evaluasi-contoh-semester-i-2026.json')).memuat_contoh).toBe(true);
  });

  it('di gambar bagikan, umpan, dan hasil pencarian', () => {
    expect(page.root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toMatch(
      /^Contoh: /,
    );
    expect(existsSync(path.join(GOOD_DIST, 'og/evaluasi/semester-i-2026.jpg'))).toBe(true);
    const feed = readFileSync(path.join(GOOD_DIST, 'evaluasi/rss.xml'), 'utf8');
    expect(feed).toContain('<title>Contoh: Evaluasi Uji Program Pembinaan Semester I 2026</title>');
    expect(readFileSync(path.join(GOOD_DIST, 'rss.xml'), 'utf8')).toContain(`${ORIGIN}${EXAMPLE}`);
    expect(
      page.root.querySelector('article[data-pagefind-body] [data-pagefind-meta="contoh:ya"]'),
    ).toBeTruthy();
  });

  it('di halaman program: tabel dan grafik per periode', () => {
    const program = readPage(GOOD_DIST, '/program/tata-boga/');
    const section = program.root.querySelector('section[aria-labelledby="hasil-evaluasi"]');
    expect(section?.querySelector('table caption')?.textContent).toMatch(/^\s*Contoh — /);
    expect(section?.querySelector('svg[role="img"] title')?.textContent).toMatch(/^Contoh/);
    const periods = section
      ?.querySelectorAll('thead th')
      .slice(1)
      .map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
    expect(periods).toEqual(['Semester II 2025', 'Semester I 2026 Contoh']);
  });
});

describe('evaluasi: peta situs', () => {
  it('berkas data tercantum di peta situs tersendiri yang masuk indeks', () => {
    const index = readFileSync(path.join(GOOD_DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${ORIGIN}/sitemap-data.xml</loc>`);
    const data = readFileSync(path.join(GOOD_DIST, 'sitemap-data.xml'), 'utf8');
    for (const name of [
      'evaluasi-semester-ii-2025.csv',
      'evaluasi-contoh-semester-i-2026.json',
      'evaluasi-semua-periode-memuat-contoh.csv',
    ])
      expect(data).toContain(`<loc>${ORIGIN}/evaluasi/data/${name}</loc>`);
    const pages = readFileSync(path.join(GOOD_DIST, 'sitemap-0.xml'), 'utf8');
    expect(pages).toContain(`<loc>${ORIGIN}${REAL}</loc>`);
  });
});
