import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyOfGoodSite, OUT, runScript } from '../setup/sites.ts';
import { todayInMaluku } from '../../src/lib/content/scaffold.ts';

describe('npm run baru', () => {
  it.each(['berita', 'program', 'kisah'])(
    '%s: membuat draf lengkap yang lolos periksa dan build, lalu menolak menimpanya',
    async (collection) => {
      const content = await copyOfGoodSite(`baru-${collection}`);
      const title = `Uji Perancah ${collection}: Pelatihan & Pembinaan`;

      const created = await runScript('baru.ts', [collection, title], content);
      expect(created.code).toBe(0);
      const folder = path.join(
        content,
        collection,
        'uji-perancah-' + collection + '-pelatihan-dan-pembinaan',
      );
      expect(created.output).toContain('Entri baru dibuat');
      expect(created.output).toContain('Langkah berikutnya');
      const mdx = readFileSync(path.join(folder, 'index.mdx'), 'utf8');
      expect(mdx).toContain(`title: "${title}"`);
      expect(mdx).toContain('draft: true');
      if (collection !== 'program') expect(mdx).toContain(`publishDate: ${todayInMaluku()}`);
      expect(existsSync(path.join(folder, 'cover.jpg'))).toBe(true);

      const checked = await runScript('periksa.ts', [], content);
      expect(checked.output).toContain('0 galat');
      expect(checked.output).toContain('PERINGATAN');
      expect(checked.code).toBe(0);

      const built = await buildSite(content, path.join(OUT, 'dist-baru', collection));
      expect(built.code, built.output).toBe(0);

      const again = await runScript('baru.ts', [collection, title], content);
      expect(again.code).toBe(1);
      expect(again.output).toContain('sudah ada, dan isinya tidak akan ditimpa');
      expect(readFileSync(path.join(folder, 'index.mdx'), 'utf8')).toBe(mdx);
    },
  );

  it('menjelaskan cara pakai bila perintahnya kurang', async () => {
    const { code, output } = await runScript(
      'baru.ts',
      ['berita'],
      await copyOfGoodSite('baru-tanpa-judul'),
    );
    expect(code).toBe(1);
    expect(output).toContain('Cara pakai: npm run baru -- <berita|program|kisah> "Judul entri"');
  });
});
