import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectImage } from './imageFile.ts';

let dir: string;
const pixels = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#0b3954' } });

/** Writes `bytes` as `name` in a scratch folder and returns the verdict for it. */
async function verdictFor(name: string, bytes: Buffer | string) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return inspectImage(file, `./${name}`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gambar-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('gambar dinilai dari isinya, bukan namanya', () => {
  it.each([
    ['foto.jpg', () => pixels().jpeg().toBuffer(), 'JPEG'],
    ['foto.png', () => pixels().png().toBuffer(), 'PNG'],
    ['foto.webp', () => pixels().webp().toBuffer(), 'WebP'],
    ['foto.avif', () => pixels().avif().toBuffer(), 'AVIF'],
    ['png-bernama.jpg', () => pixels().png().toBuffer(), 'PNG'],
  ])('%s diterima sebagai %s', async (name, make, format) => {
    expect(await verdictFor(name, await make())).toEqual({
      ok: true,
      format,
      width: 64,
      height: 48,
    });
  });

  it.each([
    [
      'SVG berisi skrip yang diberi nama .png',
      'sampul.png',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'sebenarnya berkas SVG',
      'Ekspor gambar itu sebagai PNG',
    ],
    [
      'HTML yang diberi nama .jpg',
      'foto.jpg',
      '<!DOCTYPE html><script>alert(1)</script>',
      'sebenarnya berkas HTML',
      'ekspor ulang',
    ],
    [
      'GIF',
      'animasi.png',
      'GIF89a\u0001\u0000\u0001\u0000',
      'sebenarnya berkas GIF',
      'JPEG atau PNG',
    ],
    [
      'HEIC dari iPhone',
      'foto.jpg',
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
      'sebenarnya berkas HEIC',
      'JPEG atau PNG',
    ],
    [
      'teks biasa',
      'foto.webp',
      'bukan gambar',
      'bukan gambar JPEG, PNG, WebP, atau AVIF',
      'unggah lagi',
    ],
  ])('%s ditolak', async (_, name, bytes, problem, fix) => {
    const verdict = await verdictFor(name, bytes);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.problem).toContain(`"./${name}"`);
    expect(verdict.problem).toContain(problem);
    expect(verdict.fix).toContain(fix);
  });

  it.each([
    ['JPEG', () => pixels().jpeg().toBuffer()],
    ['PNG', () => pixels().png().toBuffer()],
  ])('%s yang terpotong di tengah unggahan ditolak', async (format, make) => {
    const whole = await make();
    const verdict = await verdictFor(
      `terpotong.${format.toLowerCase()}`,
      whole.subarray(0, whole.length / 2),
    );
    expect(verdict).toMatchObject({ ok: false });
    if (!verdict.ok)
      expect(verdict.problem).toContain(`berkas ${format} yang rusak atau terpotong`);
  });
});
