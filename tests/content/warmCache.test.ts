import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyOfSmallSite, FIXTURES, OUT } from '../setup/sites.ts';

/**
 * CI keeps Astro's cache between builds, so an editor's change usually meets a warm cache in which
 * every unchanged entry is reused as the last build stored it. These builds share one cache. That
 * a moved entry links to its new file with such a cache is checked with the second build of the
 * good fixture (tests/build/determinism.test.ts).
 */
describe('build ulang dengan cache yang tersimpan', () => {
  it('berita yang diubah dibangun ulang tanpa peringatan palsu, alamat ganda tetap menghentikan build', async () => {
    const content = await copyOfSmallSite('cache-hangat');
    const out = path.join(OUT, 'dist-cache-hangat');
    await rm(path.join(OUT, 'cache', 'dist-cache-hangat'), { recursive: true, force: true });
    // Plain Markdown is rendered while content syncs, which is where Astro would warn.
    const markdown = path.join(content, 'berita/catatan');
    await mkdir(markdown);
    await cp(path.join(content, 'berita/terbit/cover.jpg'), path.join(markdown, 'cover.jpg'));
    const source = await readFile(path.join(content, 'berita/terbit/index.mdx'), 'utf8');
    const frontmatter = source
      .slice(0, source.indexOf('\n---\n'))
      .replace('Berita Terbit untuk Uji Situs', 'Catatan Markdown untuk Uji Situs');
    await writeFile(
      path.join(markdown, 'index.md'),
      `${frontmatter}\n---\n\nCatatan berita biasa.\n`,
    );
    const first = await buildSite(content, out);
    expect(first.code, first.output).toBe(0);

    for (const file of ['berita/terbit/index.mdx', 'berita/catatan/index.md'])
      await appendFile(path.join(content, file), '\nKalimat tambahan dari editor.\n');
    const second = await buildSite(content, out);
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toContain('Duplicate id');
    for (const page of ['berita/terbit/index.html', 'berita/catatan/index.html'])
      expect(await readFile(path.join(out, page), 'utf8')).toContain(
        'Kalimat tambahan dari editor.',
      );

    await cp(path.join(FIXTURES, 'bad/alamat-ganda'), content, { recursive: true });
    const third = await buildSite(content, out);
    expect(third.code).not.toBe(0);
    expect(third.output).toContain('Konten tidak dapat diterbitkan');
    expect(third.output).toContain('alamat "terbit" sudah dipakai oleh');
  });
});
