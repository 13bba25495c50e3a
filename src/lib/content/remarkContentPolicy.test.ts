import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from './messages.ts';
import { remarkContentPolicy } from './remarkContentPolicy.ts';

/** Compiles a body the way the build does, with the content policy as a remark step. */
function compileBody(body: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({
    value: body,
    path: `${process.cwd()}/content/kisah/contoh/index.mdx`,
    cwd: process.cwd(),
    data: { astro: { frontmatter } },
  });
  return compile(file, { remarkPlugins: [remarkContentPolicy], jsxImportSource: 'astro' });
}

describe('gerbang kebijakan konten di dalam kompilasi MDX', () => {
  it('menghentikan kompilasi sebelum kode editor menjadi modul', async () => {
    const attempt = compileBody("import fs from 'node:fs';\n\n{fs.readFileSync('/etc/passwd')}");
    await expect(attempt).rejects.toBeInstanceOf(ContentError);
    await expect(attempt).rejects.toThrow(
      /content\/kisah\/contoh\/index\.mdx\n {2}• Baris 1 \(karakter ke-1\): baris import "node:fs" memuat kode/,
    );
  });

  it('memakai persetujuan dari frontmatter untuk gambar yang menampilkan orang', async () => {
    const body = '<Gambar src="./a.jpg" alt="Orang di bengkelnya" showsPerson />';
    await expect(compileBody(body)).rejects.toThrow(/subject\.consent belum ada/);
    await expect(
      compileBody(body, { subject: { consent: { reference: 'P/1', date: new Date() } } }),
    ).resolves.toBeDefined();
  });

  it('mengubah path gambar pada <Gambar> menjadi import yang dioptimalkan build', async () => {
    const code = String(
      await compileBody('<Gambar src="./dapur.jpg" alt="Meja dapur dengan panci" />\n\nTeks.'),
    );
    expect(code).toContain('import __gambar0 from "./dapur.jpg"');
    expect(code).toMatch(/src: __gambar0/);
    const imports = code.match(/^import .*$/gm) ?? [];
    expect(imports.filter((line) => !line.includes('astro/jsx-runtime'))).toEqual([
      'import __gambar0 from "./dapur.jpg";',
    ]);
  });
});
