import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import EvaluationOverview from '../../src/components/EvaluationOverview.astro';
import { evaluationIndex } from '../../src/lib/evaluation/evaluationPages.ts';
import { reportOf } from '../../src/lib/evaluation/report.ts';
import { entry } from '../unit/support/evaluationEntry.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (props: ReturnType<typeof evaluationIndex>) =>
  parse(await container.renderToString(EvaluationOverview, { props }));

describe('isi /evaluasi/', () => {
  it('tanpa periode: keadaan kosong yang menyebut apa yang akan terbit, tanpa unduhan', async () => {
    const page = await render(evaluationIndex([]));
    const empty = page.querySelector('section[aria-labelledby="belum-ada"]');
    expect(empty?.querySelector('h2')?.text.trim()).toBe('Belum ada laporan evaluasi yang terbit');
    expect(empty?.text).toContain('secara berkala');
    expect(empty?.text).toContain('data dalam format CSV dan JSON');
    expect(page.querySelectorAll('a[download]')).toHaveLength(0);
    expect(page.querySelector('#periode-terbaru')).toBeNull();
  });

  it('dengan periode: periode terbaru dan unduhan seri, tanpa keadaan kosong', async () => {
    const report = reportOf(entry, (id) => ({ id, title: id, category: 'vokasional' }));
    const page = await render(evaluationIndex([report]));
    expect(page.querySelector('section[aria-labelledby="belum-ada"]')).toBeNull();
    expect(page.querySelector('#periode-terbaru a')?.getAttribute('href')).toBe(
      '/evaluasi/semester-i-2027/',
    );
    expect(page.querySelectorAll('a[download]').map((link) => link.getAttribute('href'))).toEqual([
      '/evaluasi/data/evaluasi-semua-periode.csv',
      '/evaluasi/data/evaluasi-semua-periode.json',
    ]);
  });
});
