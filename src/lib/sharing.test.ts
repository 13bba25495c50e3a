import { describe, expect, it } from 'vitest';
import { headlineOf } from './documentTitle.ts';
import { shareLinks } from './sharing.ts';

const url = 'https://sinergi.example/berita/pelatihan-las/';
const title = 'Pelatihan las untuk warga binaan';

/** The text each network receives, read back from its link the way the network reads it. */
function sharedTexts(illustrative: boolean): Record<string, string | null> {
  const links = Object.fromEntries(
    shareLinks({ url, title, illustrative }).map(({ label, href }) => [
      label,
      new URL(href).searchParams,
    ]),
  );
  return {
    WhatsApp: links.WhatsApp?.get('text') ?? null,
    X: links.X?.get('text') ?? null,
    Telegram: links.Telegram?.get('text') ?? null,
    'Surel (subjek)': links.Surel?.get('subject') ?? null,
    'Surel (isi)': links.Surel?.get('body') ?? null,
  };
}

describe('tautan bagikan', () => {
  it('entri contoh: setiap teks yang dibagikan diawali label Contoh, seperti judul halaman', () => {
    const headline = headlineOf(title, true);
    expect(headline).toBe(`Contoh: ${title}`);
    expect(sharedTexts(true)).toEqual({
      WhatsApp: `${headline} ${url}`,
      X: headline,
      Telegram: headline,
      'Surel (subjek)': headline,
      'Surel (isi)': `${headline}\n${url}`,
    });
  });

  it('entri nyata: judulnya dibagikan apa adanya, tanpa label', () => {
    expect(sharedTexts(false)).toEqual({
      WhatsApp: `${title} ${url}`,
      X: title,
      Telegram: title,
      'Surel (subjek)': title,
      'Surel (isi)': `${title}\n${url}`,
    });
  });

  it('alamat halaman sampai utuh ke setiap jaringan', () => {
    for (const { label, href } of shareLinks({ url, title, illustrative: true })) {
      const params = new URL(href).searchParams;
      const carried = [params.get('url'), params.get('u'), params.get('text'), params.get('body')];
      expect(
        carried.some((value) => value?.includes(url)),
        label,
      ).toBe(true);
    }
  });
});
