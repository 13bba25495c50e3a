import { describe, expect, it } from 'vitest';
import { urlSet, withSitemap } from './dataSitemap.ts';

describe('peta situs berkas data', () => {
  it('mencantumkan setiap alamat, aman untuk XML', () => {
    expect(urlSet(['https://a.example/evaluasi/data/x.csv?a=1&b=2'])).toContain(
      '<url><loc>https://a.example/evaluasi/data/x.csv?a=1&amp;b=2</loc></url>',
    );
  });

  it('masuk ke indeks peta situs satu kali', () => {
    const index =
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.example/sitemap-0.xml</loc></sitemap></sitemapindex>';
    const once = withSitemap(index, 'https://a.example/sitemap-data.xml');
    expect(once).toContain(
      '<sitemap><loc>https://a.example/sitemap-data.xml</loc></sitemap></sitemapindex>',
    );
    expect(withSitemap(once, 'https://a.example/sitemap-data.xml')).toBe(once);
  });
});
