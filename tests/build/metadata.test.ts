import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/lib/site.ts';
import { DIST, GOOD_DIST } from '../setup/sites.ts';
import { readPage, readPages, type BuiltPage } from './distFiles.ts';

const pages = readPages(DIST);
const entryPages = pages.filter(
  (page) =>
    /^\/(berita|kisah|program)\/[^/]+\/$/.test(page.url) &&
    !page.url.startsWith('/berita/halaman/') &&
    !page.url.startsWith('/berita/arsip/'),
);
const meta = (page: BuiltPage, property: string) =>
  page.root
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');
const jsonLdOf = (page: BuiltPage) =>
  page.root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => JSON.parse(script.textContent) as Record<string, unknown>[]);

describe('metadata setiap halaman', () => {
  it('memeriksa halaman entri yang memang ada', () => {
    expect(entryPages.length).toBeGreaterThanOrEqual(28);
  });

  it.each(pages.filter((page) => page.url !== '/404').map((page) => [page.url, page] as const))(
    '%s: canonical, Open Graph dan kartu Twitter dengan alamat absolut',
    (url, page) => {
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toBe(`http://127.0.0.1:4321${url}`);
      expect(meta(page, 'og:url')).toBe(canonical);
      expect(meta(page, 'og:locale')).toBe('id_ID');
      expect(meta(page, 'og:title')?.length).toBeGreaterThan(3);
      expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
      expect(meta(page, 'og:image')).toMatch(/^http:\/\/127\.0\.0\.1:4321\/og\/.+\.jpg$/);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    },
  );

  it.each(entryPages.map((page) => [page.url, page] as const))(
    '%s: gambar bagikan 1200×630 ada dan JSON-LD lengkap',
    async (url, page) => {
      const image = new URL(meta(page, 'og:image') ?? '').pathname;
      const { width, height } = await sharp(readFileSync(path.join(DIST, image))).metadata();
      expect([width, height]).toEqual([1200, 630]);
      expect(image).toBe(`/og${url.replace(/\/$/, '')}.jpg`);

      const data = jsonLdOf(page);
      const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList') as
        | { itemListElement: { item: string }[] }
        | undefined;
      expect(breadcrumb?.itemListElement.at(-1)?.item).toBe(`http://127.0.0.1:4321${url}`);
      if (url.startsWith('/program/')) {
        expect(meta(page, 'og:type')).toBe('website');
        return;
      }
      expect(meta(page, 'og:type')).toBe('article');
      expect(meta(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta(page, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const article = data.find(
        (item) => item['@type'] === (url.startsWith('/berita/') ? 'NewsArticle' : 'Article'),
      );
      expect(article).toMatchObject({
        headline: meta(page, 'og:title'),
        image: [meta(page, 'og:image')],
        datePublished: meta(page, 'article:published_time'),
        dateModified: meta(page, 'article:modified_time'),
        author: { '@type': 'Organization' },
        publisher: {
          name: 'Sinergi Pembinaan Ambon',
          logo: { url: `http://127.0.0.1:4321${SITE.logo.path}` },
        },
      });
    },
  );

  it('beranda memperkenalkan kedua lembaga sebagai GovernmentOrganization', () => {
    const names = jsonLdOf(readPage(DIST, '/'))
      .filter((item) => item['@type'] === 'GovernmentOrganization')
      .map((item) => item.name);
    expect(names).toEqual([
      'Pemerintah Kota Ambon',
      'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku',
    ]);
  });

  it('halaman tanpa sampul memakai gambar bagikan bawaan situs', async () => {
    expect(meta(readPage(DIST, '/berita/'), 'og:image')).toBe('http://127.0.0.1:4321/og/situs.jpg');
    const { width, height } = await sharp(path.join(DIST, 'og/situs.jpg')).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });

  it('logo penerbit di JSON-LD ada di hasil build dengan ukuran yang disebutkan', async () => {
    const { format, width, height } = await sharp(path.join(DIST, SITE.logo.path)).metadata();
    expect([format, width, height]).toEqual(['png', SITE.logo.size, SITE.logo.size]);
  });
});

describe('tautan berbagi', () => {
  it('tautan biasa ke WhatsApp, Facebook, X, Telegram, dan e-mail, tanpa skrip pihak ketiga', () => {
    const page = readPage(DIST, '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/');
    const links = page.root
      .querySelectorAll('section[aria-labelledby="bagikan"] a')
      .map((a) => a.getAttribute('href') ?? '');
    const encoded = encodeURIComponent(
      'http://127.0.0.1:4321/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/',
    );
    expect(links.map((href) => new URL(href).protocol + (new URL(href).hostname || ''))).toEqual([
      'https:wa.me',
      'https:www.facebook.com',
      'https:x.com',
      'https:t.me',
      'mailto:',
    ]);
    for (const href of links) expect(href).toContain(encoded);
    const scripts = page.root
      .querySelectorAll('script[src]')
      .map((script) => script.getAttribute('src'));
    expect(scripts.every((src) => src?.startsWith('/_astro/'))).toBe(true);
  });
});

describe('isi editor yang berbahaya tetap jadi teks', () => {
  const title = 'Uji </script> <script>alert("x")</script> & "kutip" <b>tebal</b>';
  const description =
    'Deskripsi dengan </script> penutup, tanda "kutip" ganda, \'tunggal\', & ampersan, serta <i>tag</i>.';
  const page = readPage(GOOD_DIST, '/berita/judul-berbahaya/');

  it('di HTML: tidak ada skrip baru, teksnya utuh', () => {
    // Inside quoted attribute values `<` is inert, so the parsed document is what counts.
    expect(page.root.querySelector('h1')?.text.trim()).toBe(title);
    expect(
      page.root
        .querySelectorAll('script')
        .every(
          (script) =>
            script.getAttribute('type') === 'application/ld+json' || script.getAttribute('src'),
        ),
    ).toBe(true);
    expect(page.root.querySelector('article img')?.getAttribute('alt')).toBe(
      'Sampul uji dengan </script> & "kutip" <img> di teks alt',
    );
  });

  it('di Open Graph', () => {
    expect(meta(page, 'og:title')).toBe(`Contoh: ${title}`);
    expect(meta(page, 'og:description')).toBe(description);
  });

  it('di JSON-LD: tetap JSON yang sah dan tidak menutup elemen script', () => {
    const raw = page.root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => script.textContent);
    for (const text of raw) expect(text).not.toMatch(/<\/?script|<!--/i);
    const article = jsonLdOf(page).find((item) => item['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: `Contoh: ${title}`,
      description,
      author: { name: 'Tim <Redaksi> & "Humas"' },
    });
  });

  it('di RSS: karakter diloloskan sebagai XML', () => {
    const feed = readFileSync(path.join(GOOD_DIST, 'rss.xml'), 'utf8');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain(
      '<title>Contoh: Uji &lt;/script&gt; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;kutip&quot; &lt;b&gt;tebal&lt;/b&gt;</title>',
    );
  });
});

describe('contoh tetap berlabel di luar halamannya', () => {
  const illustrative = readPage(DIST, '/kisah/ikan-asap-dan-awal-yang-baru/');
  const real = readPage(DIST, '/berita/penandatanganan-nota-kesepahaman-pembinaan-warga-binaan/');
  const feed = readFileSync(path.join(DIST, 'rss.xml'), 'utf8');

  it('judul tab, Open Graph dan JSON-LD entri contoh diawali "Contoh:"; judul di halaman tidak', () => {
    const heading = illustrative.root.querySelector('h1')?.textContent.trim() ?? '';
    expect(heading.length).toBeGreaterThan(10);
    expect(heading).not.toMatch(/^Contoh/);
    expect(meta(illustrative, 'og:title')).toBe(`Contoh: ${heading}`);
    expect(illustrative.root.querySelector('title')?.textContent).toMatch(/^Contoh: /);
    const article = jsonLdOf(illustrative).find((item) => 'headline' in item);
    expect(article?.headline).toBe(`Contoh: ${heading}`);
    expect(feed).toContain(`<title>Contoh: ${heading}</title>`);
  });

  it('entri nyata tidak diberi label', () => {
    const heading = real.root.querySelector('h1')?.textContent.trim() ?? '';
    expect(meta(real, 'og:title')).toBe(heading);
    expect(feed).toContain(`<title>${heading}</title>`);
  });
});
