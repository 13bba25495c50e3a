import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/documentTitle.ts';
import { GOOD_DIST } from '../setup/sites.ts';
import { readPages } from './distFiles.ts';

/** Entry pages of the fixture site: every one of them has a share row. */
const shared = readPages(GOOD_DIST).filter((page) => page.root.querySelector('#bagikan'));

/** The texts each share link and the phone's share sheet pass on, decoded as the networks do. */
function sharedTexts(root: (typeof shared)[number]['root']): string[] {
  const links = root.querySelectorAll('section[aria-labelledby="bagikan"] a[href]');
  const texts = links.flatMap((link) => {
    const params = new URL(link.getAttribute('href') ?? '').searchParams;
    return ['text', 'subject'].flatMap((name) => params.get(name) ?? []);
  });
  const sheet = root.querySelector('[data-bagikan-perangkat] button')?.getAttribute('data-title');
  return [...texts, ...(sheet ? [sheet] : [])];
}

describe('teks bagikan membawa label Contoh seperti judul dokumen (situs fixture)', () => {
  it('memeriksa halaman entri contoh dan entri nyata yang memang ada', () => {
    expect(shared.map((page) => page.url)).toEqual(
      expect.arrayContaining([
        '/berita/terbit/',
        '/kisah/kisah-contoh/',
        '/berita/nota-kesepahaman/',
      ]),
    );
  });

  it.each(shared.map((page) => [page.url, page] as const))(
    '%s: WhatsApp, X, Telegram, surel dan lembar bagikan membawa judul seperti judul dokumen',
    (_url, page) => {
      const headline =
        page.root.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      // The shared headline carries the "Contoh" label exactly when the page shows it.
      const labelled = /\bContoh\b/.test(page.root.querySelector('h1')?.parentNode?.text ?? '');
      expect(headline.startsWith('Contoh: ')).toBe(labelled);
      expect(documentTitle(headline)).toBe(page.root.querySelector('title')?.text);
      const url = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // WhatsApp's text, X's, Telegram's, the mail subject, and the share sheet's title.
      expect(sharedTexts(page.root)).toEqual([
        `${headline} ${url}`,
        headline,
        headline,
        headline,
        headline,
      ]);
    },
  );
});
