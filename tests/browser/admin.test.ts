/**
 * The web editor at /admin/, in Chromium against the built site and a real decap-server over a
 * throw-away Git copy of the good fixture: what an editor does, and what lands in Git.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { GOOD_SITE, ROOT, runScript } from '../setup/sites.ts';
import { launchChromium } from './chromium.ts';
import {
  cmsRepository,
  openEditor,
  policyViolations,
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
  page.on('dialog', (dialog) => dialog.accept());
});

/** What the editor showed when a step failed, to read beside the error. */
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const file = path.join(repository.dir, '..', task.name);
  await page.screenshot({ path: `${file}.png` });
  await writeFile(`${file}.txt`, await page.locator('body').innerText());
});

afterAll(async () => {
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
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Entri tersimpan').first().waitFor();
}

/** A file as it stands on a branch of the repository. */
const onBranch = (branch: string, file: string) => repository.git('show', `${branch}:${file}`);

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
    await page.getByRole('menuitem', { name: 'Siap terbit' }).click();
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).click();
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

  it('meminta hanya berkas situs sendiri dan backend yang dikonfigurasi', () => {
    expect(elsewhere).toEqual([]);
  });

  it('kebijakan keamanan editor tidak menolak apa pun dalam alur biasa', async () => {
    await expect(policyViolations(page)).resolves.toEqual([]);
  });
});
