import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfGoodSite, copyOfSmallSite, OUT, runScript } from '../setup/sites.ts';
import { todayInMaluku } from '../../src/lib/content/scaffold.ts';
import { listFiles } from '../build/distFiles.ts';
import { htmlErrors } from '../build/htmlErrors.ts';

const COLLECTIONS = ['berita', 'program', 'kisah'] as const;
const titleFor = (collection: string) => `Uji Perancah ${collection}: Pelatihan & Pembinaan`;
/** An evaluation is named by its period, one the good fixture does not evaluate yet. */
const PERIOD = 'Triwulan I 2025';
const evaluationFile = (content: string) =>
  path.join(content, 'evaluasi', 'triwulan-i-2025', 'index.mdx');

describe('npm run baru', () => {
  /** One small site holding a new draft of each kind, checked and built once. */
  let content: string;
  beforeAll(async () => {
    content = await copyOfSmallSite('baru');
    for (const collection of COLLECTIONS) {
      const created = await runScript('baru.ts', [collection, titleFor(collection)], content);
      expect(created.code, created.output).toBe(0);
      expect(created.output).toContain('Entri baru dibuat');
      expect(created.output).toContain('Langkah berikutnya');
    }
    const evaluation = await runScript('baru.ts', ['evaluasi', PERIOD], content);
    expect(evaluation.code, evaluation.output).toBe(0);
    expect(evaluation.output).toContain('Evaluasi baru dibuat');
  });

  it.each(COLLECTIONS)('%s: membuat draf lengkap dengan sampul', (collection) => {
    const folder = path.join(
      content,
      collection,
      `uji-perancah-${collection}-pelatihan-dan-pembinaan`,
    );
    const mdx = readFileSync(path.join(folder, 'index.mdx'), 'utf8');
    expect(mdx).toContain(`title: "${titleFor(collection)}"`);
    expect(mdx).toContain('draft: true');
    if (collection !== 'program') expect(mdx).toContain(`publishDate: ${todayInMaluku()}`);
    expect(existsSync(path.join(folder, 'cover.jpg'))).toBe(true);
  });

  it('evaluasi: draf bernama periode, satu baris figures per program, tanpa sampul', () => {
    const mdx = readFileSync(evaluationFile(content), 'utf8');
    expect(mdx).toContain(`label: "${PERIOD}"`);
    expect(mdx).toContain('start: 2025-01-01');
    expect(mdx).toContain('end: 2025-03-31');
    expect(mdx).toContain('draft: true');
    // The program scaffolded above is a draft: its figures may not be published yet.
    const draft = 'uji-perancah-program-pelatihan-dan-pembinaan';
    const programs = readdirSync(path.join(content, 'program')).filter((id) => id !== draft);
    expect(programs.length).toBeGreaterThan(0);
    expect(mdx.match(/^ {2}- program: /gm)).toHaveLength(programs.length);
    expect(mdx).not.toContain(draft);
    expect(existsSync(path.join(path.dirname(evaluationFile(content)), 'cover.jpg'))).toBe(false);
  });

  it('keempat draf lolos periksa (dengan peringatan isi contoh) dan build; halamannya, juga yang kosong, lolos html-validate', async () => {
    const checked = await runScript('periksa.ts', [], content);
    expect(checked.output).toContain('0 galat');
    expect(checked.output).toContain('PERINGATAN');
    // The stand-in cover too: the first thing an editor forgets to replace.
    expect(checked.output).toMatch(
      /berita\/uji-perancah-berita-[^/\n]+\/index\.mdx\n(?: {2}[^\n]*\n)*? {2}[^\n]*gambar "\.\/cover\.jpg" masih sampul sementara dari npm run baru\./,
    );
    expect(checked.code).toBe(0);
    const dist = path.join(OUT, 'dist-baru');
    const built = await buildSite(content, dist);
    expect(built.code, built.output).toBe(0);
    // Nothing here publishes an evaluation or a story: their list pages show their empty states,
    // which neither the real site nor the good fixture builds.
    expect(readFileSync(path.join(dist, 'evaluasi/index.html'), 'utf8')).toContain(
      'Belum ada laporan evaluasi yang terbit',
    );
    expect(readFileSync(path.join(dist, 'kisah/index.html'), 'utf8')).toContain(
      'Belum ada kisah yang terbit.',
    );
    for (const file of listFiles(dist).filter((name) => name.endsWith('.html')))
      expect(await htmlErrors(path.join(dist, file)), file).toEqual([]);
  });

  it('evaluasi: menolak menimpa periode yang sudah ada', async () => {
    const before = readFileSync(evaluationFile(content), 'utf8');
    const again = await runScript('baru.ts', ['evaluasi', PERIOD], content);
    expect(again.code).toBe(1);
    expect(again.output).toContain('sudah ada, dan isinya tidak akan ditimpa');
    expect(readFileSync(evaluationFile(content), 'utf8')).toBe(before);
  });

  it.each(COLLECTIONS)('%s: menolak menimpa entri yang sudah ada', async (collection) => {
    const file = path.join(
      content,
      collection,
      `uji-perancah-${collection}-pelatihan-dan-pembinaan`,
      'index.mdx',
    );
    const before = readFileSync(file, 'utf8');
    const again = await runScript('baru.ts', [collection, titleFor(collection)], content);
    expect(again.code).toBe(1);
    expect(again.output).toContain('sudah ada, dan isinya tidak akan ditimpa');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

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
