import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existsExactly, lookUp } from './exactName.ts';

/** An entry folder `berita/Pameran/` holding `Foto.JPG` and `index.mdx`, beside `berita/lain/`. */
function site(): { root: string; entry: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'nama-persis-'));
  const entry = path.join(root, 'berita', 'Pameran');
  mkdirSync(entry, { recursive: true });
  mkdirSync(path.join(root, 'berita', 'lain'));
  writeFileSync(path.join(entry, 'Foto.JPG'), '');
  writeFileSync(path.join(entry, 'index.mdx'), '');
  return { root, entry };
}

describe('nama berkas dibandingkan huruf demi huruf, seperti di server build', () => {
  const { root, entry } = site();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('nama yang persis sama ditemukan', () => {
    expect(lookUp(entry, path.join(entry, 'Foto.JPG'))).toEqual({ found: 'exact' });
    expect(existsExactly(entry, path.join(entry, 'index.mdx'))).toBe(true);
  });

  it('nama dengan huruf besar-kecil lain tidak dianggap ada, dan ejaan sebenarnya disebut', () => {
    expect(lookUp(entry, path.join(entry, 'foto.jpg'))).toEqual({
      found: 'otherCase',
      spelled: 'Foto.JPG',
    });
    expect(existsExactly(entry, path.join(entry, 'foto.jpg'))).toBe(false);
    expect(existsExactly(entry, path.join(entry, 'index.MDX'))).toBe(false);
  });

  it('setiap folder di jalurnya ikut dibandingkan, juga sesudah langkah ..', () => {
    expect(lookUp(root, path.join(root, 'berita/pameran/Foto.JPG'))).toEqual({
      found: 'otherCase',
      spelled: 'berita/Pameran/Foto.JPG',
    });
    expect(lookUp(path.join(root, 'berita/lain'), path.join(entry, 'foto.jpg'))).toEqual({
      found: 'otherCase',
      spelled: '../Pameran/Foto.JPG',
    });
  });

  it('berkas yang tidak ada dengan ejaan apa pun tidak ditemukan', () => {
    expect(lookUp(entry, path.join(entry, 'sampul.jpg'))).toEqual({ found: 'none' });
    expect(lookUp(root, path.join(root, 'kisah/x/foto.jpg'))).toEqual({ found: 'none' });
  });
});
