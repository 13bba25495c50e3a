import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import BarChart from '../../src/components/BarChart.astro';
import type { ChartInput } from '../../src/lib/evaluation/barChart.ts';
import { NOT_APPLICABLE, NOT_AVAILABLE } from '../../src/lib/evaluation/indicators.ts';

const chart: ChartInput = {
  title: 'Peserta terdaftar per program',
  summary:
    'Pelatihan menjahit punya peserta terbanyak, 48 orang; angka perbengkelan belum tersedia.',
  illustrative: false,
  unit: 'orang',
  groups: [
    { label: 'Pelatihan Menjahit', bars: [{ value: 48 }] },
    { label: 'Tata Boga', bars: [{ value: 0 }] },
    { label: 'Perbengkelan', bars: [{ value: NOT_AVAILABLE }] },
    { label: 'Pembinaan Kepribadian', bars: [{ value: NOT_APPLICABLE }] },
  ],
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (props: ChartInput & { id?: string }) =>
  parse(await container.renderToString(BarChart, { props: { ...props } }));

/** The texts an SVG shows, in document order. */
const texts = (svg: HTMLElement) => svg.querySelectorAll('text').map((text) => text.text);

describe('BarChart.astro', () => {
  it('satu gambar SVG di dalam figure, bernama judulnya dan dijelaskan ringkasannya', async () => {
    const html = await render(chart);
    const figure = html.querySelector('figure')!;
    expect(figure.querySelector('img')).toBeNull();
    expect(figure.querySelector('figcaption')!.text.trim()).toBe('Peserta terdaftar per program');
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 400 \d+$/);
    const [nameId, descriptionId] = svg.getAttribute('aria-labelledby')!.split(' ');
    const name = svg.querySelector(`title[id="${nameId}"]`)!;
    const description = svg.querySelector(`desc[id="${descriptionId}"]`)!;
    expect(name.text).toBe('Peserta terdaftar per program');
    expect(description.text).toBe(chart.summary);
  });

  it('setiap nilai tertulis; yang kosong tanpa batang, dengan alasannya', async () => {
    const svg = (await render(chart)).querySelector('svg')!;
    expect(svg.querySelectorAll('rect')).toHaveLength(1);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['48', '0', 'belum tersedia', 'tidak berlaku', 'Satuan: orang']),
    );
    expect(texts(svg)).not.toContain('Contoh');
  });

  it('angka contoh berlabel Contoh di dalam gambar dan di namanya', async () => {
    const svg = (await render({ ...chart, illustrative: true })).querySelector('svg')!;
    expect(texts(svg)[0]).toBe('Contoh');
    expect(svg.querySelector('title')!.text).toBe('Contoh — Peserta terdaftar per program');
  });

  it('tanpa gaya sebaris, tanpa skrip: kebijakan keamanan situs menolak keduanya', async () => {
    const html = await render({ ...chart, illustrative: true });
    expect(html.querySelectorAll('[style]')).toHaveLength(0);
    expect(html.querySelectorAll('style, script')).toHaveLength(0);
    for (const element of html.querySelectorAll('svg *')) {
      expect(Object.keys(element.attributes).filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it('id berbeda untuk grafik berbeda di satu halaman, atau sesuai yang diberikan', async () => {
    const first = (await render(chart)).querySelector('svg')!;
    const second = (
      await render({ ...chart, title: 'Menyelesaikan program per program' })
    ).querySelector('svg')!;
    const third = (await render({ ...chart, id: 'grafik-a' })).querySelector('svg')!;
    expect(first.getAttribute('aria-labelledby')).not.toBe(second.getAttribute('aria-labelledby'));
    expect(third.getAttribute('aria-labelledby')).toBe('grafik-a-judul grafik-a-ringkasan');
  });
});
