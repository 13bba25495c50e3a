import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changedContentFiles,
  changedFiles,
  onlyContent,
  pagesForChangedFiles,
  screenshotSummary,
  templatePaths,
  UNKNOWN_PATH,
} from '../../scripts/lib/pages.mjs';
import { ROOT } from '../setup/sites.ts';

describe('satu halaman per templat, dari bentuk alamatnya', () => {
  const sitemap = [
    '/',
    '/berita/',
    '/berita/arsip/',
    '/berita/arsip/2025/',
    '/berita/arsip/2026/',
    '/berita/halaman/2/',
    '/berita/pelatihan-las/',
    '/berita/zebra/',
    '/cari/',
    '/evaluasi/',
    '/evaluasi/semester-i-2027/',
    '/kisah/',
    '/kisah/jalan-pulang/',
    '/program/',
    '/program/tata-boga/',
    '/tentang/',
    '/topik/',
    '/topik/tata-boga/',
  ];

  it('memilih halaman pertama setiap templat, pencarian dengan kueri, dan 404', () => {
    expect(templatePaths(sitemap)).toEqual([
      '/',
      '/berita/',
      '/berita/halaman/2/',
      '/berita/pelatihan-las/',
      '/berita/arsip/',
      '/berita/arsip/2025/',
      '/topik/',
      '/topik/tata-boga/',
      '/program/',
      '/program/tata-boga/',
      '/kisah/',
      '/kisah/jalan-pulang/',
      '/tentang/',
      '/evaluasi/',
      '/evaluasi/semester-i-2027/',
      '/cari/?q=pembinaan',
      UNKNOWN_PATH,
    ]);
  });

  it('halaman periode evaluasi boleh tidak ada: daftarnya lalu menampilkan keadaan kosong', () => {
    const paths = templatePaths(sitemap.filter((page) => !/^\/evaluasi\/.+/.test(page)));
    expect(paths).toContain('/evaluasi/');
    expect(paths.filter((page) => page.startsWith('/evaluasi/'))).toEqual(['/evaluasi/']);
  });

  it('halaman 2 boleh tidak ada; templat wajib yang hilang menggagalkan pemeriksaan', () => {
    expect(templatePaths(sitemap.filter((page) => page !== '/berita/halaman/2/'))).not.toContain(
      '/berita/halaman/2/',
    );
    expect(() => templatePaths(sitemap.filter((page) => !page.startsWith('/kisah/')))).toThrow(
      'Tidak ada halaman templat "daftar kisah"',
    );
  });

  it('situs nyata tanpa berita dan kisah: templat entri dilewati, templat halaman tetap masih wajib', () => {
    // The pages every site has, and the programs: what is left once the last article and story go.
    const withoutEntries = [
      '/',
      '/berita/',
      '/berita/arsip/',
      '/cari/',
      '/evaluasi/',
      '/kisah/',
      '/program/',
      '/program/tata-boga/',
      '/tentang/',
      '/topik/',
    ];
    expect(() => templatePaths(withoutEntries)).toThrow('Tidak ada halaman templat "berita"');
    expect(templatePaths(withoutEntries, { anyContent: true })).toEqual([
      '/',
      '/berita/',
      '/berita/arsip/',
      '/topik/',
      '/program/',
      '/program/tata-boga/',
      '/kisah/',
      '/tentang/',
      '/evaluasi/',
      '/cari/?q=pembinaan',
      UNKNOWN_PATH,
    ]);
    expect(() =>
      templatePaths(
        withoutEntries.filter((page) => page !== '/tentang/'),
        { anyContent: true },
      ),
    ).toThrow('Tidak ada halaman templat "tentang"');
  });
});

const CHANGE_KIND = path.join(ROOT, 'scripts/lib/changeKind.mjs');

describe('halaman yang ditampilkan berkas konten yang berubah, pada cabang fixture', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Uji',
        GIT_AUTHOR_EMAIL: 'uji@contoh.id',
        GIT_COMMITTER_NAME: 'Uji',
        GIT_COMMITTER_EMAIL: 'uji@contoh.id',
      },
    });
  const write = async (file: string, text = 'isi') => {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  };

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'cabang-'));
    git('init', '-q', '-b', 'main');
    for (const file of [
      'content/berita/lama/index.mdx',
      'content/berita/dihapus/index.mdx',
      'content/halaman/tentang/index.mdx',
      'src/pages/index.astro',
    ])
      await write(file);
    git('add', '.');
    git('commit', '-q', '-m', 'dasar');
    git('checkout', '-q', '-b', 'usulan');
    await write('content/berita/lama/foto.jpg', 'gambar');
    await write('content/berita/baru/index.mdx');
    await write('content/kisah/satu.mdx');
    await write('content/halaman/tentang/index.mdx', 'diubah');
    await write('src/pages/index.astro', 'kode');
    await rm(path.join(repo, 'content/berita/dihapus'), { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'usulan editor');
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('berkas yang diubah, ditambah atau dihapus di content/ menjadi alamat halamannya', () => {
    git('checkout', '-q', 'usulan');
    expect(pagesForChangedFiles(changedContentFiles('main', repo))).toEqual([
      '/berita/baru/',
      '/berita/dihapus/',
      '/berita/lama/',
      '/kisah/satu/',
      '/tentang/',
    ]);
  });

  it('ringkasan menyebut tangkapan layar dan halaman berubah yang tidak terbit', () => {
    const summary = screenshotSummary(
      [
        { pathname: '/berita/baru/', width: 360, file: 'berita_baru-360.png' },
        { pathname: '/berita/baru/', width: 1280, file: 'berita_baru-1280.png' },
      ],
      ['/berita/dihapus/'],
    );
    expect(summary).toContain('### Tangkapan layar (2)');
    expect(summary).toContain('- `/berita/baru/` pada 360 px: `berita_baru-360.png`');
    expect(summary).toContain('### Halaman berubah yang tidak terbit di build ini (1)');
    expect(summary).toContain('- `/berita/dihapus/`');
    expect(screenshotSummary([], [])).toBe(
      '### Tangkapan layar\n\nTidak ada halaman terbit yang berubah.\n',
    );
  });

  it('perubahan di luar content/ menjalankan semua pengujian', () => {
    git('checkout', '-q', 'usulan');
    expect(onlyContent(changedFiles('main', repo))).toBe(false);
    expect(
      execFileSync(process.execPath, [CHANGE_KIND, 'main'], {
        cwd: repo,
        encoding: 'utf8',
      }),
    ).toBe('hanya_konten=false\n');
  });

  it('perubahan yang hanya di content/ mendapat pemeriksaan konten', () => {
    git('checkout', '-q', '-b', 'hanya-konten', 'main');
    git('rm', '-q', 'content/berita/dihapus/index.mdx');
    git('commit', '-q', '-m', 'hapus berita');
    expect(onlyContent(changedFiles('main', repo))).toBe(true);
  });

  it('berkas kode yang dipindah ke content/ tidak lolos sebagai perubahan konten', () => {
    git('checkout', '-q', '-b', 'pindah-kode', 'main');
    git('mv', 'src/pages/index.astro', 'content/index.astro');
    git('commit', '-q', '-m', 'pindah');
    expect(changedFiles('main', repo)).toEqual(['content/index.astro', 'src/pages/index.astro']);
    expect(onlyContent(changedFiles('main', repo))).toBe(false);
    expect(onlyContent([])).toBe(false);
  });

  it('berkas di luar entri koleksi tidak menjadi halaman', () => {
    expect(
      pagesForChangedFiles([
        'content/README.md',
        'src/pages/index.astro',
        'content/lain/x/index.mdx',
      ]),
    ).toEqual([]);
  });
});
