import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existsExactly, lookUp, otherCaseImage } from './exactName.ts';

/**
 * An entry folder `berita/Pameran/` holding `Foto.JPG`, `index.mdx` and `Foto Kegiatan.jpg`, and
 * `café.jpg` with its accent decomposed, as macOS may store it; beside it `berita/lain/`.
 */
function site(): { root: string; entry: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'nama-persis-'));
  const entry = path.join(root, 'berita', 'Pameran');
  mkdirSync(entry, { recursive: true });
  mkdirSync(path.join(root, 'berita', 'lain'));
  for (const name of ['Foto.JPG', 'index.mdx', 'Foto Kegiatan.jpg', 'cafe\u0301.jpg'])
    writeFileSync(path.join(entry, name), '');
  return { root, entry };
}

const otherCase = (folder: string, relative: string) => {
  const found = lookUp(folder, relative);
  if (found.found !== 'otherCase') throw new Error(`${relative}: ${found.found}`);
  return found;
};

describe('nama berkas dibandingkan huruf demi huruf, seperti di server build', () => {
  const { root, entry } = site();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('nama yang persis sama ditemukan, juga huruf beraksen yang disimpan terurai', () => {
    expect(lookUp(entry, './Foto.JPG')).toEqual({ found: 'exact' });
    expect(existsExactly(entry, 'index.mdx')).toBe(true);
    expect(existsExactly(entry, './caf\u00e9.jpg')).toBe(true);
  });

  it('nama dengan huruf besar-kecil lain tidak dianggap ada, dan ejaan sebenarnya disebut', () => {
    expect(lookUp(entry, './foto.jpg')).toEqual({
      found: 'otherCase',
      spelled: 'Foto.JPG',
      step: { written: 'foto.jpg', actual: 'Foto.JPG', isFolder: false },
    });
    expect(existsExactly(entry, 'index.MDX')).toBe(false);
  });

  it('setiap folder di jalurnya ikut dibandingkan, langkah demi langkah seperti tertulis', () => {
    expect(otherCase(root, 'berita/pameran/Foto.JPG')).toMatchObject({
      spelled: 'berita/Pameran/Foto.JPG',
      step: { written: 'pameran', actual: 'Pameran', isFolder: true },
    });
    expect(otherCase(path.join(root, 'berita/lain'), '..\\Pameran\\foto.jpg').spelled).toBe(
      '../Pameran/Foto.JPG',
    );
  });

  it('berkas yang tidak ada dengan ejaan apa pun tidak ditemukan', () => {
    expect(lookUp(entry, './sampul.jpg')).toEqual({ found: 'none' });
    expect(lookUp(root, 'kisah/x/foto.jpg')).toEqual({ found: 'none' });
  });

  it('saran perbaikan dapat dipakai apa adanya', () => {
    expect(otherCaseImage('./foto.jpg', otherCase(entry, './foto.jpg'))).toEqual({
      problem:
        'nama gambar "./foto.jpg" berbeda huruf besar-kecilnya dari yang tersimpan: "./Foto.JPG".',
      fix: 'Tulis "./Foto.JPG", atau ganti nama berkas "Foto.JPG" menjadi "foto.jpg". Windows dan macOS tidak membedakan huruf besar-kecil, tetapi server yang membangun situs membedakannya.',
    });
    // A Markdown path keeps its %20, or the image would turn into plain text.
    const spaced = otherCaseImage('./foto%20kegiatan.jpg', otherCase(entry, './foto kegiatan.jpg'));
    expect(spaced.fix).toMatch(
      /^Tulis "\.\/Foto%20Kegiatan\.jpg", atau ganti nama berkas "Foto Kegiatan\.jpg" menjadi "foto kegiatan\.jpg"\./,
    );
    const outside = otherCaseImage(
      '../pameran/Foto.JPG',
      otherCase(path.join(root, 'berita/lain'), '../pameran/Foto.JPG'),
    );
    expect(outside.fix).toMatch(
      /^Tulis "\.\.\/Pameran\/Foto\.JPG", atau ganti nama folder "Pameran" menjadi "pameran"\./,
    );
  });
});
