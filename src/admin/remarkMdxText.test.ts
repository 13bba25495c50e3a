import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from './remarkMdxText.ts';

const compiled = async (mdx: string) => String(await compile(mdx, { jsx: true }));

describe('teks dari editor web tetap teks di MDX', () => {
  it.each(['kurung {kurawal}', 'nilai <5', 'skor {2} dan < 3'])('%s', async (text) => {
    expect(await compiled(escapeMdxText(text))).toContain(JSON.stringify(text));
  });

  it('kurung yang sudah di-escape dan tag komponen tidak diubah', () => {
    expect(escapeMdxText('kurung \\{kurawal\\}')).toBe('kurung \\{kurawal\\}');
    expect(escapeMdxText('<Galeri judul="A">')).toBe('<Galeri judul="A">');
  });
});
