/**
 * The web editor at /admin/, in Chromium against the built site and a real decap-server over a
 * throw-away Git copy of the good fixture: what an editor does, and what lands in Git.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { GOOD_SITE, OUT, runScript } from '../setup/sites.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './chromium.ts';
import {
  backendAnswer,
  closeEditor,
  cmsRepository,
  openEditor,
  policyViolations,
  recordEditor,
  type CmsRepository,
} from './support/cmsRepository.ts';

const origin = inject('fixtureUrl');
const PHOTO = path.join(GOOD_SITE, 'berita/terbit/cover.jpg');
const BODY_PHOTO = path.join(GOOD_SITE, 'berita/terbit/badan.jpg');

let browser: Browser;
let repository: CmsRepository;
let page: Page;
/** Every address the editor asked for outside its own origin and its backend. */
const elsewhere: string[] = [];

beforeAll(async () => {
  [browser, repository] = await Promise.all([launchChromium(), cmsRepository('editor', GOOD_SITE)]);
  page = await openEditor(browser, origin, repository);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.origin !== origin &&
      !url.href.startsWith('http://127.0.0.1:8081/') &&
      url.protocol !== 'blob:' &&
      url.protocol !== 'data:'
    )
      elsewhere.push(url.href);
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await recordEditor(page, repository, task.name);
});

afterAll(async () => {
  await closeEditor(page);
  await browser?.close();
  await repository?.close();
});

/** Opens the media library from `button`, uploads `file` and uses it. */
async function chooseImage(button: ReturnType<Page['getByRole']>, file: string): Promise<void> {
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByText(path.basename(file)).waitFor();
  await dialog.getByRole('button', { name: 'Gunakan yang dipilih' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function save(): Promise<void> {
  const persisted = backendAnswer(page, 'persistEntry');
  await page.getByRole('button', { name: 'Simpan' }).click();
  expect((await persisted).ok()).toBe(true);
  await page.getByText('Entri tersimpan').first().waitFor();
}

/** A file as it stands on a branch of the repository. */
const onBranch = (branch: string, file: string) => repository.git('show', `${branch}:${file}`);

/**
 * What axe finds in Decap's own interface (not in anything this project writes), by rule, with
 * why it stays: the editor is Decap's application and these are reported upstream, not hidden.
 * A rule not listed here fails the test, so a new problem, or one our configuration causes, is
 * seen at once.
 */
const DECAP_AXE_FINDINGS: Record<string, string> = {
  'color-contrast': 'warna tab aktif di kepala Decap dan lencana "Perubahan belum disimpan"',
  'aria-input-field-name': 'kotak isi tulisan (Slate) di editor teks berformat Decap tanpa nama',
  'aria-required-attr': 'sakelar Teks berformat/Markdown Decap tanpa aria-checked',
  'button-name': 'sakelar Teks berformat/Markdown Decap tanpa nama',
  'frame-title': 'bingkai pratinjau Decap tanpa judul',
  'nested-interactive': 'menu Subjudul dan Tambah komponen Decap: tombol di dalam tombol',
};

describe('editor web', () => {
  it('tombol-tombol alur biasa berbahasa Indonesia', async () => {
    await page.getByRole('link', { name: 'Berita', exact: true }).click();
    for (const name of ['Berita baru', 'Konten', 'Alur kerja', 'Media'])
      await expect(page.getByText(name, { exact: true }).first().isVisible()).resolves.toBe(true);
    const texts = await page.locator('button, a').allInnerTexts();
    expect(texts.join(' | ')).not.toMatch(/\b(New|Save|Publish|Upload|Delete|Contents|Workflow)\b/);
  });

  it('membuat berita dengan sampul, teks alt, program, dan Gambar di badan tulisan', async () => {
    await page.getByRole('link', { name: 'Berita baru' }).click();
    await page.getByLabel('Judul', { exact: true }).fill('Pelatihan Menjahit Dimulai di Ambon');
    await page
      .getByLabel('Ringkasan')
      .fill(
        'Contoh berita uji: warga binaan mulai belajar menjahit pakaian sederhana di ruang pelatihan.',
      );
    await page.getByLabel('Penulis').fill('Tim Redaksi');
    await chooseImage(page.getByRole('button', { name: 'Pilih gambar' }).first(), PHOTO);
    await page.getByLabel('Teks alt').first().fill('Bidang warna polos sebagai sampul berita uji');
    await page.getByRole('button', { name: 'Tambah topik' }).click();
    await page.locator('input[id^="tags-field-"]').last().fill('pelatihan vokasional');
    await page.locator('input[id^="programs-field-"]').fill('Tata Boga');
    await page.keyboard.press('Enter');
    await page.getByLabel('Contoh (ilustratif)').click();

    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await page.keyboard.type('Paragraf pertama berita uji.');
    await page.getByRole('button', { name: 'Tambah komponen' }).click();
    await page.getByRole('menuitem', { name: 'Gambar' }).click();
    const block = body.locator('[data-slate-void="true"]').last();
    await chooseImage(block.getByRole('button', { name: 'Pilih gambar' }), BODY_PHOTO);
    await block.getByLabel('Teks alt').fill('Bidang hijau laut polos di badan berita');
    await save();

    const branch = 'cms/berita/pelatihan-menjahit-dimulai-di-ambon/index';
    const folder = 'content/berita/pelatihan-menjahit-dimulai-di-ambon';
    const files = (await repository.git('ls-tree', '--name-only', `${branch}:${folder}`)).split(
      '\n',
    );
    expect(files.filter(Boolean).sort()).toEqual(['badan.jpg', 'cover.jpg', 'index.mdx']);
    const raw = await onBranch(branch, `${folder}/index.mdx`);
    const { data } = readFrontmatter(raw);
    expect(data).toMatchObject({
      title: 'Pelatihan Menjahit Dimulai di Ambon',
      author: 'Tim Redaksi',
      cover: { image: 'cover.jpg', alt: 'Bidang warna polos sebagai sampul berita uji' },
      tags: ['pelatihan vokasional'],
      programs: ['tata-boga'],
      illustrative: true,
    });
    expect(data).not.toHaveProperty('updatedDate');
    expect(raw).toContain(
      '<Gambar src="./badan.jpg" alt="Bidang hijau laut polos di badan berita" />',
    );
    expect(await repository.git('log', '--format=%s', '-1', branch)).toMatch(/Berita/);
  });

  it('berita yang siap terbit digabung ke main dan lolos npm run periksa', async () => {
    await page.getByRole('button', { name: /^Status: / }).click();
    const ready = backendAnswer(page, 'updateUnpublishedEntryStatus');
    await page.getByRole('menuitem', { name: 'Siap terbit' }).click();
    expect((await ready).ok()).toBe(true);
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    const published = backendAnswer(page, 'publishUnpublishedEntry');
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).click();
    expect((await published).ok()).toBe(true);
    await page.getByText('Entri sudah diterbitkan').first().waitFor();
    const file = path.join(
      repository.dir,
      'content/berita/pelatihan-menjahit-dimulai-di-ambon/index.mdx',
    );
    await expect(
      repository.git('show', `main:${path.relative(repository.dir, file)}`),
    ).resolves.toContain('Pelatihan Menjahit');
    const checked = await runScript('periksa.ts', [], path.join(repository.dir, 'content'));
    expect(checked.output).not.toMatch(/GALAT/);
    expect(checked.code, checked.output).toBe(0);
  });

  it('mengubah satu kolom entri lama hanya mengubah kolom itu', async () => {
    const file = 'content/berita/kelas-menjahit/index.mdx';
    await page.goto(`${origin}/admin/#/collections/berita/entries/kelas-menjahit/index`);
    await page.reload();
    const summary = page.getByLabel('Ringkasan');
    await summary.fill(
      'Ringkasan baru berita uji yang diubah lewat editor web oleh redaksi situs ini.',
    );
    await save();
    const before = readFrontmatter(await repository.git('show', `main:${file}`));
    const raw = await onBranch('cms/berita/kelas-menjahit/index', file);
    const after = readFrontmatter(raw);
    const changed = [...new Set([...Object.keys(before.data), ...Object.keys(after.data)])].filter(
      (key) =>
        JSON.stringify(before.data[key]) !== JSON.stringify(after.data[key]) &&
        // Decap writes switches left at their default; the schema reads them the same.
        !(before.data[key] === undefined && after.data[key] === false),
    );
    expect(changed).toEqual(['description']);
    const body = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, '').trimStart();
    expect(body(raw)).toBe(body(await repository.git('show', `main:${file}`)));
  });

  it('kisah yang menampilkan orang tanpa persetujuan tidak dapat disimpan: pesan periksa yang sama', async () => {
    await page.goto(`${origin}/admin/#/collections/kisah`);
    await page.locator('a[href$="/collections/kisah/entries/kisah-contoh/index"]').click();
    await page.getByLabel('Menampilkan orang yang dapat dikenali').first().click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    const message = page.getByText('Gagal menyimpan entri: cover.showsPerson: showsPerson: true');
    await message.first().waitFor();
    expect(await message.first().innerText()).toContain('subject.consent belum ada.');
    const branches = await repository.git('branch', '--list', 'cms/kisah/*');
    expect(branches).not.toContain('kisah-contoh');
  });

  it('axe atas daftar koleksi dan formulir: hanya temuan Decap yang tercatat', async () => {
    await page.goto(`${origin}/admin/#/collections/berita`);
    await page.reload();
    await page.getByRole('link', { name: 'Berita baru' }).waitFor();
    const list = await axeViolations(page);
    await page.getByRole('link', { name: 'Berita baru' }).click();
    await page.getByLabel('Judul', { exact: true }).waitFor();
    const form = await axeViolations(page);
    const found = [...list, ...form];
    await writeFile(
      path.join(OUT, 'cms', 'axe-editor-web.json'),
      `${JSON.stringify({ daftar: list, formulir: form }, null, 2)}\n`,
    );
    console.info(
      `axe di editor web: ${found.map((v) => `${v.id} (${v.targets.length} elemen)`).join(', ') || 'tidak ada temuan'}`,
    );
    expect(found.map((v) => v.id).filter((id) => !(id in DECAP_AXE_FINDINGS))).toEqual([]);
  });

  it('meminta hanya berkas situs sendiri dan backend yang dikonfigurasi', () => {
    expect(elsewhere).toEqual([]);
  });

  it('kebijakan keamanan editor tidak menolak apa pun dalam alur biasa', async () => {
    await expect(policyViolations(page)).resolves.toEqual([]);
  });
});
