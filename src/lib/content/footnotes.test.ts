import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE_OPTIONS } from './footnotes.ts';

describe('catatan kaki', () => {
  it('label untuk pembaca layar berbahasa Indonesia', async () => {
    const code = String(
      await compile('Angka ini dari laporan[^1], juga di sini[^1].\n\n[^1]: Laporan triwulan.\n', {
        remarkPlugins: [remarkGfm],
        remarkRehypeOptions: FOOTNOTE_OPTIONS,
      }),
    );
    expect(code).toContain('"Catatan kaki"');
    expect(code).toContain('"Kembali ke rujukan 1"');
    expect(code).toContain('"Kembali ke rujukan 1-2"');
    expect(code).not.toMatch(/Footnotes|Back to/);
  });
});
