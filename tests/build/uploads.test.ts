import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, GOOD_DIST, GOOD_SITE, ROOT } from '../setup/sites.ts';
import { readPage } from './distFiles.ts';

function fingerprints(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [createHash('sha256').update(readFileSync(file)).digest('hex'), file] as const;
    }),
  );
}

describe('tidak ada unggahan editor yang terbit tanpa diolah', () => {
  it.each([
    ['content/', path.join(ROOT, 'content'), DIST],
    ['fixture baik', GOOD_SITE, GOOD_DIST],
  ])('%s: tidak satu pun berkas di dist sama persis dengan berkas konten', (_, content, dist) => {
    const uploaded = fingerprints(content);
    const copied = [...fingerprints(dist)].filter(([hash]) => uploaded.has(hash));
    expect(copied.map(([hash, file]) => `${file} = ${uploaded.get(hash)}`)).toEqual([]);
  });
});

describe('gambar di badan tulisan tanpa baris import', () => {
  const page = readPage(GOOD_DIST, '/berita/terbit/');
  const body = page.root.querySelector('[data-pagefind-body]') ?? page.root;

  it.each([
    ['<Gambar src="./badan.jpg">', 'Bidang hijau laut polos di badan tulisan'],
    ['![…](./badan.jpg)', 'Bidang hijau laut polos sebagai gambar Markdown'],
  ])('%s dioptimalkan seperti sampul: AVIF dan WebP dengan srcset', (_, alt) => {
    const img = body.querySelector(`img[alt="${alt}"]`);
    expect(img, alt).not.toBeNull();
    const picture = img?.parentNode;
    const types = picture?.querySelectorAll('source').map((source) => source.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    expect(img?.getAttribute('srcset')).toMatch(/480w.*800w.*1200w/);
    expect(img?.getAttribute('src')).toMatch(/^\/_astro\/badan\.[\w-]+\.webp$/);
  });

  it('teks yang di-escape tampil apa adanya, komentar editor tidak tampil', () => {
    expect(body.text).toContain('nilai <5, kurung {kurawal} yang ditulis sebagai teks');
    expect(body.text).not.toContain('Catatan untuk sesama editor');
  });
});
