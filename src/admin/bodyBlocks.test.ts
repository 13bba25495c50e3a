import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import {
  BODY_COMPONENTS,
  BODY_NOTE,
  type BodyComponentName,
} from '../lib/content/bodyComponents.ts';
import { entryFiles } from '../lib/content/paths.ts';
import { BODY_BLOCKS, writeAttributes } from './bodyBlocks.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const block = (id: BodyComponentName | typeof BODY_NOTE.id) =>
  BODY_BLOCKS.find((candidate) => candidate.id === id)!;

/** Reads a block the way the editor does, then writes it back. */
function roundTrip(id: BodyComponentName, text: string): string | undefined {
  const { pattern, fromBlock, toBlock } = block(id);
  const match = pattern.exec(text);
  return match ? toBlock(fromBlock(match)) + text.slice(match[0].length) : undefined;
}

/** What MDX makes of a body: the same program means the same page. */
const compiled = async (mdx: string) => String(await compile(mdx, { jsx: true }));

/** Every component written at the start of a line in the real content and the good fixture. */
async function componentsInContent(): Promise<
  { file: string; id: BodyComponentName; text: string }[]
> {
  const files = [
    ...(await entryFiles(path.join(ROOT, 'content'))),
    ...(await entryFiles(path.join(ROOT, 'tests/fixtures/sites/good'))),
  ];
  return files.flatMap((file) => {
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    return [...body.matchAll(/^<(Gambar|Kutipan|FaktaKunci|Galeri)\b/gm)].map((found) => ({
      file: path.relative(ROOT, file),
      id: found[1] as BodyComponentName,
      text: body.slice(found.index),
    }));
  });
}

describe('komponen badan tulisan di editor web', () => {
  it('ada satu blok untuk setiap komponen, dengan setiap atributnya sebagai kolom', () => {
    expect(BODY_BLOCKS.map((candidate) => candidate.id)).toEqual([
      ...Object.keys(BODY_COMPONENTS),
      BODY_NOTE.id,
    ]);
    for (const { id, fields } of BODY_BLOCKS)
      if (id !== BODY_NOTE.id)
        for (const attribute of Object.keys(BODY_COMPONENTS[id].attributes))
          expect(fields.map((field) => field.name)).toContain(attribute);
  });

  it.each(Object.entries(BODY_COMPONENTS))(
    '<%s> dari contoh panduan ditulis kembali persis sama',
    (id, { example }) => {
      expect(roundTrip(id as BodyComponentName, example)).toBe(example);
    },
  );

  it('setiap komponen di content/ dan fixture dikenali dan ditulis kembali tanpa mengubah halaman', async () => {
    const found = await componentsInContent();
    expect(found.length).toBeGreaterThan(3);
    for (const { file, id, text } of found) {
      const { pattern, fromBlock, toBlock } = block(id);
      const match = pattern.exec(text);
      expect(match, `${file}: <${id}> tidak dikenali editor web`).not.toBeNull();
      if (!match) continue;
      expect(await compiled(toBlock(fromBlock(match))), file).toBe(await compiled(match[0]));
    }
  });

  it('catatan editor tetap komentar MDX dan tidak dapat ditutup lebih awal', async () => {
    const { pattern, fromBlock, toBlock } = block(BODY_NOTE.id);
    const text = '{/* Catatan untuk sesama editor: tidak tampil di halaman. */}';
    const match = pattern.exec(text);
    expect(match && toBlock(fromBlock(match))).toBe(text);
    const closing = toBlock({ isi: 'akhir */ <script>' });
    expect(closing.match(/\*\//g)).toHaveLength(1);
    expect(closing.endsWith('*/}')).toBe(true);
    await expect(compiled(closing)).resolves.not.toContain('script:');
  });

  it('galeri yang berisi selain gambar tidak dijadikan blok, supaya isinya tidak hilang', () => {
    const text =
      '<Galeri judul="Produk">\n\nTeks penjelasan.\n\n<Gambar src="./a.jpg" alt="Keranjang anyaman" />\n\n</Galeri>';
    expect(block('Galeri').pattern.exec(text)).toBeNull();
  });

  it('kutipan sebaris tetap sebaris, kutipan berparagraf tetap berparagraf', () => {
    expect(roundTrip('Kutipan', '<Kutipan>Satu kalimat.</Kutipan>')).toBe(
      '<Kutipan>Satu kalimat.</Kutipan>',
    );
    expect(roundTrip('Kutipan', '<Kutipan>\n\nSatu kalimat.\n\n</Kutipan>')).toBe(
      '<Kutipan>\n\nSatu kalimat.\n\n</Kutipan>',
    );
  });

  it('atribut ditulis sebagai teks dalam tanda kutip, gambar dengan ./, kosong dilewati', () => {
    expect(
      writeAttributes('Gambar', {
        src: 'dapur.jpg',
        alt: 'Meja "dapur" praktik',
        caption: '  ',
        showsPerson: true,
      }),
    ).toBe(' src="./dapur.jpg" alt="Meja ”dapur” praktik" showsPerson');
    expect(
      writeAttributes('Gambar', { src: './a.jpg', alt: 'Meja dapur', showsPerson: false }),
    ).toBe(' src="./a.jpg" alt="Meja dapur"');
  });
});
