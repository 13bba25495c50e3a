import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { copyOfGoodSite, GOOD_SITE, ROOT, runScript, siteWithOverlay } from '../setup/sites.ts';

// Each case runs the command on its own copy of the content. Side by side: 12–13 s instead of
// 14–16 s on the project's 2-core machine (2026-12-02), as each process mostly starts up on one core.
describe.concurrent('npm run periksa', () => {
  it('meloloskan konten yang baik', async () => {
    const terbit = `${path.relative(ROOT, GOOD_SITE)}/berita/terbit/index.mdx`;
    const { code, output } = await runScript('periksa.ts', [terbit], GOOD_SITE);
    expect(output).toContain('0 galat, 0 peringatan');
    expect(code).toBe(0);
    // Every draft and scheduled entry, and the entry named on the command line, with its status.
    expect(output).toMatch(/DRAF\s+\S+\/berita\/draf\/index\.mdx: tidak tampil di situs publik/);
    expect(output).toMatch(
      /TERJADWAL\s+\S+\/berita\/terjadwal\/index\.mdx: tampil 1 Januari 2099 pukul 00\.00 WIT\./,
    );
    expect(output).toContain(
      `TERBIT     ${terbit}: tampil sejak 27 November 2026 pukul 00.00 WIT.`,
    );
    expect(output).not.toMatch(/TERBIT\s+\S+\/kisah\/kisah-contoh\//);
  });

  it('menolak konten salah: berkas, baris dan perbaikan, kode keluar 1', async () => {
    const { code, output } = await runScript(
      'periksa.ts',
      [],
      await siteWithOverlay('program-tidak-dikenal', 'periksa-program-tidak-dikenal'),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/\n\S+\/berita\/terbit\/index\.mdx\n/);
    expect(output).toMatch(/baris 13\s+GALAT\s+Kolom "programs.1": program "tata-bogaa" tidak ada/);
    expect(output).toContain('Perbaikan: Gunakan nama folder program');
    expect(output).toContain('1 galat');
  });

  it('menolak evaluasi yang periodenya bertumpang tindih dengan evaluasi lain', async () => {
    const { code, output } = await runScript(
      'periksa.ts',
      [],
      await siteWithOverlay('evaluasi-periode-bertumpang-tindih', 'periksa-periode-bertumpang'),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/\n\S+\/evaluasi\/triwulan-ii-2026\/index\.mdx\n/);
    expect(output).toMatch(/baris 6\s+GALAT\s+Kolom "period.start": periode "Triwulan II 2026"/);
    expect(output).toContain('Perbaikan: Mulai periode ini sesudah periode yang lain berakhir');
    expect(output).toContain('1 galat');
  });

  it('di GitHub Actions, nilai dari editor tidak pernah menjadi perintah alur kerja', async () => {
    const content = await siteWithOverlay('judul-perintah-github', 'periksa-perintah-github');
    const { code, output } = await runScript('periksa.ts', [], content, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    const commands = output.split('\n').filter((line) => line.trimStart().startsWith('::'));
    const [stop, resume, ...annotations] = commands;
    expect(stop).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
    expect(resume).toBe(`::${stop?.split('::')[2]}::`);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      /^::error file=tests\/.out\/content\/periksa-perintah-github\/berita\/terbit\/index.mdx,line=2,title=Konten::Kolom "title": ada karakter tak terlihat U\+000A/,
    );
    expect(output).not.toMatch(/^\s*::error file=README/m);
  });

  it('mendaftar semua masalah sekaligus', async () => {
    const content = await siteWithOverlay('judul-hilang', 'periksa-semua-masalah');
    const second = path.join(content, 'kisah/kisah-contoh/index.mdx');
    await writeFile(
      second,
      (await readFile(second, 'utf8')).replace(/^summary: .*$/m, 'summary: ""'),
    );
    const { output } = await runScript('periksa.ts', [], content);
    expect(output).toContain('berita/terbit/index.mdx');
    expect(output).toContain('kisah/kisah-contoh/index.mdx');
    expect(output).toContain('2 galat');
  });

  it('gambar di atas 10 MB diperingatkan, di atas 25 MB ditolak', async () => {
    const content = await copyOfGoodSite('periksa-gambar-besar');
    const cover = path.join(content, 'program/pelatihan-contoh/cover.jpg');
    // Random noise does not compress: a 2200×2000 PNG of it is about 13 MB.
    const noisy = (width: number, height: number) =>
      sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
    await writeFile(cover, await noisy(2200, 2000));
    let result = await runScript('periksa.ts', [], content);
    expect(result.output).toMatch(
      /PERINGATAN\s+Kolom "cover.image": gambar ".\/cover.jpg" berukuran 1\d,\d MB/,
    );
    await writeFile(cover, await noisy(3000, 3000));
    result = await runScript('periksa.ts', [], content);
    expect(result.output).toMatch(
      /GALAT\s+Kolom "cover.image": gambar ".\/cover.jpg" berukuran 2\d,\d MB, lebih dari batas 25 MB/,
    );
    expect(result.code).toBe(1);
  });
});
