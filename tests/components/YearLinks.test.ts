import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import YearLinks from '../../src/components/YearLinks.astro';

describe('tautan arsip per tahun di /berita/', () => {
  it('satu tautan per tahun', async () => {
    const container = await AstroContainer.create();
    const nav = parse(
      await container.renderToString(YearLinks, { props: { years: [2026, 2025] } }),
    ).querySelector('nav[aria-label="Arsip per tahun"]');
    expect(nav?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/berita/arsip/2026/',
      '/berita/arsip/2025/',
    ]);
  });

  it('sebelum berita pertama terbit: tanpa navigasi kosong', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(YearLinks, { props: { years: [] } });
    expect(parse(html).querySelector('nav')).toBeNull();
    expect(html).not.toContain('Arsip per tahun');
  });
});
