import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/lib/site.ts';
import { sitemapPaths } from '../../scripts/lib/pages.mjs';
import { DIST, GOOD_DIST } from '../setup/sites.ts';
import { isEntryPage, readPage, readPages, type BuiltPage } from './distFiles.ts';

const ORIGIN = 'http://127.0.0.1:4321';
/** Both sites are built for the same address; the fixture holds entries of every kind. */
const SITES = [
  ['situs', DIST],
  ['fixture baik', GOOD_DIST],
] as const;
const meta = (page: BuiltPage, property: string) =>
  page.root
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');
const jsonLdOf = (page: BuiltPage) =>
  page.root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => JSON.parse(script.textContent) as Record<string, unknown>[]);
/** Whether the entry's own header carries the "Contoh" label. */
const isIllustrative = (page: BuiltPage) =>
  page.root.querySelector('article[data-pagefind-body] header [title^="Isi ini ilustrasi"]') !==
  null;

/** The title of each item of a site's main feed, by the item's link, as a feed reader reads it. */
function feedTitles(dist: string): Map<string, string> {
  const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
  return new Map(
    [...feed.matchAll(/<item>[\s\S]*?<\/item>/g)].map(([item]) => [
      /<link>([^<]*)<\/link>/.exec(item)?.[1] ?? '',
      parse(/<title>([^<]*)<\/title>/.exec(item)?.[1] ?? '').text,
    ]),
  );
}

describe.each(SITES)('metadata setiap halaman (%s)', (name, dist) => {
  const pages = readPages(dist);
  const entryPages = pages.filter((page) => isEntryPage(page.url));

  it('memeriksa setiap halaman entri di peta situs', () => {
    const listed = sitemapPaths(dist).filter(isEntryPage);
    expect(entryPages.map((page) => page.url).sort()).toEqual(listed);
    // The real site may have published none yet; the fixture has entries of every kind.
    if (dist === GOOD_DIST) expect(listed.length, name).toBeGreaterThan(0);
  });

  it.each(pages.filter((page) => page.url !== '/404').map((page) => [page.url, page] as const))(
    '%s: canonical, Open Graph dan kartu Twitter dengan alamat absolut',
    (url, page) => {
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toBe(`${ORIGIN}${url}`);
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
      const { width, height } = await sharp(readFileSync(path.join(dist, image))).metadata();
      expect([width, height]).toEqual([1200, 630]);
      expect(image).toBe(`/og${url.replace(/\/$/, '')}.jpg`);

      const data = jsonLdOf(page);
      const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList') as
        | { itemListElement: { item: string }[] }
        | undefined;
      expect(breadcrumb?.itemListElement.at(-1)?.item).toBe(`${ORIGIN}${url}`);
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
          logo: { url: `${ORIGIN}${SITE.logo.path}` },
        },
      });
    },
  );

  it('beranda memperkenalkan kedua lembaga sebagai GovernmentOrganization', () => {
    const names = jsonLdOf(readPage(dist, '/'))
      .filter((item) => item['@type'] === 'GovernmentOrganization')
      .map((item) => item.name);
    expect(names).toEqual([
      'Pemerintah Kota Ambon',
      'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku',
    ]);
  });

  it('halaman tanpa sampul memakai gambar bagikan bawaan situs', async () => {
    expect(meta(readPage(dist, '/berita/'), 'og:image')).toBe(`${ORIGIN}/og/situs.jpg`);
    const { width, height } = await sharp(path.join(dist, 'og/situs.jpg')).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });

  it('logo penerbit di JSON-LD ada di hasil build dengan ukuran yang disebutkan', async () => {
    const { format, width, height } = await sharp(path.join(dist, SITE.logo.path)).metadata();
    expect([format, width, height]).toEqual(['png', SITE.logo.size, SITE.logo.size]);
  });
});

describe.each(SITES)('tautan berbagi (%s)', (_, dist) => {
  const entryPages = readPages(dist).filter((page) => isEntryPage(page.url));
  it.each(entryPages.map((page) => [page.url, page] as const))(
    '%s: tautan biasa ke WhatsApp, Facebook, X, Telegram, dan e-mail, tanpa skrip pihak ketiga',
    (url, page) => {
      const links = page.root
        .querySelectorAll('section[aria-labelledby="bagikan"] a')
        .map((a) => a.getAttribute('href') ?? '');
      expect(links.map((href) => new URL(href).protocol + (new URL(href).hostname || ''))).toEqual([
        'https:wa.me',
        'https:www.facebook.com',
        'https:x.com',
        'https:t.me',
        'mailto:',
      ]);
      for (const href of links) expect(href).toContain(encodeURIComponent(`${ORIGIN}${url}`));
      const scripts = page.root
        .querySelectorAll('script[src]')
        .map((script) => script.getAttribute('src'));
      expect(scripts.every((src) => src?.startsWith('/_astro/'))).toBe(true);
    },
  );
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

describe.each(SITES)('contoh tetap berlabel di luar halamannya (%s)', (_, dist) => {
  const titles = feedTitles(dist);
  const entries = readPages(dist).filter((page) => isEntryPage(page.url));
  /** An entry's title as it must read away from its page: "Contoh: …" when it is illustrative. */
  const labelled = (page: BuiltPage) => {
    const heading = page.root.querySelector('h1')?.text.trim() ?? '';
    return isIllustrative(page) ? `Contoh: ${heading}` : heading;
  };

  it.each(entries.map((page) => [page.url, page] as const))(
    '%s: judul tab, Open Graph dan JSON-LD diawali "Contoh:" tepat bila entrinya contoh',
    (url, page) => {
      expect(page.root.querySelector('h1')?.text.trim()).not.toMatch(/^Contoh/);
      expect(meta(page, 'og:title')).toBe(labelled(page));
      expect(page.root.querySelector('title')?.text.startsWith('Contoh: ')).toBe(
        isIllustrative(page),
      );
      if (url.startsWith('/program/')) return;
      expect(jsonLdOf(page).find((item) => 'headline' in item)?.headline).toBe(labelled(page));
    },
  );

  // The feed holds the newest entries only (SITE.feedSize): each item it has, by its page.
  it('setiap butir RSS berjudul seperti halamannya, "Contoh:" tepat bila entrinya contoh', () => {
    for (const [link, title] of titles)
      expect(title, link).toBe(labelled(readPage(dist, new URL(link).pathname)));
  });
});

describe('contoh tetap berlabel di luar halamannya (entri fixture yang diketahui)', () => {
  const titles = feedTitles(GOOD_DIST);
  const ogTitle = (url: string) => meta(readPage(GOOD_DIST, url), 'og:title');

  it('kisah dan program contoh diawali "Contoh:"; judul di halaman tidak', () => {
    const story = readPage(GOOD_DIST, '/kisah/kisah-ikan-asap/');
    const heading = 'Kisah Uji: Ikan Asap dan Awal yang Baru';
    expect(story.root.querySelector('h1')?.text.trim()).toBe(heading);
    expect(meta(story, 'og:title')).toBe(`Contoh: ${heading}`);
    expect(story.root.querySelector('title')?.text).toMatch(/^Contoh: Kisah Uji: Ikan Asap/);
    expect(jsonLdOf(story).find((item) => 'headline' in item)?.headline).toBe(`Contoh: ${heading}`);
    expect(titles.get(`${ORIGIN}/kisah/kisah-ikan-asap/`)).toBe(`Contoh: ${heading}`);
    expect(ogTitle('/program/tata-boga/')).toBe('Contoh: Tata Boga');
  });

  it('berita dan program nyata tidak diberi label', () => {
    const heading = 'Nota Kesepahaman Uji tentang Pembinaan Warga Binaan Ditandatangani';
    expect(ogTitle('/berita/nota-kesepahaman/')).toBe(heading);
    expect(titles.get(`${ORIGIN}/berita/nota-kesepahaman/`)).toBe(heading);
    expect(ogTitle('/program/pengolahan-ikan/')).toBe('Pengolahan Ikan');
  });
});
