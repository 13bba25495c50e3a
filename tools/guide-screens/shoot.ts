// Screenshots of the web editor (/admin/) for docs/panduan-editor.md, taken while an editor writes
// an example news article in the built good fixture site.
//
//   npx tsx tools/guide-screens/shoot.ts                 # the site built by the tests
//   npx tsx tools/guide-screens/shoot.ts --site <dir>    # another build of the good fixture
//
// Needs tests/.out/good (built by the tests); it builds nothing. The article goes into a throw-away
// Git repository in tests/.out/cms/panduan, served by decap-server, never into content/.
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { startServer } from '../../scripts/lib/serve.mjs';
import { launchChromium } from '../../tests/browser/chromium.ts';
import {
  cmsRepository,
  openEditor,
  policyViolations,
  type CmsRepository,
} from '../../tests/browser/support/cmsRepository.ts';
import { GOOD_DIST, GOOD_SITE, ROOT } from '../../tests/setup/sites.ts';

const OUT_DIR = path.join(ROOT, 'docs/gambar');
const VIEWPORT = { width: 1280, height: 800 };
/** Width of every image in the guide. */
const WIDTH = 960;
/** Images the example uses, copied under the names an editor would give them. */
const PHOTOS = {
  cover: { from: 'berita/terbit/cover.jpg', name: 'pelatihan-menjahit.jpg' },
  body: { from: 'berita/terbit/badan.jpg', name: 'praktik-menjahit.jpg' },
};

const EXAMPLE = {
  title: 'Contoh: Pelatihan Menjahit Dimulai di Ambon',
  description:
    'Contoh berita: dua puluh warga binaan mulai belajar menjahit pakaian sederhana di ruang pelatihan.',
  author: 'Tim Humas Pemkot Ambon',
  coverAlt: 'Ilustrasi mesin jahit dan gulungan kain di atas meja pelatihan',
  coverCaption: 'Ruang pelatihan menjahit (contoh).',
  coverCredit: 'Ilustrasi: Tim Redaksi',
  tags: ['pelatihan vokasional', 'menjahit'],
  program: 'Tata Boga',
  opening:
    'Ini contoh berita untuk panduan editor, bukan peristiwa nyata. Dua puluh warga binaan mulai ' +
    'belajar menjahit pakaian sederhana di ruang pelatihan.',
  heading: 'Materi minggu pertama',
  list: ['Mengenal mesin jahit', 'Mengukur dan memotong kain'],
  bodyAlt: 'Ilustrasi tangan merapikan potongan kain di samping mesin jahit',
  bodyCaption: 'Praktik memotong kain (contoh).',
  bodyCredit: 'Ilustrasi: Tim Redaksi',
};

const written: { file: string; bytes: number }[] = [];

/** Writes a screenshot as a small palette PNG, at most WIDTH pixels wide. */
async function save(name: string, png: Buffer): Promise<void> {
  const file = path.join(OUT_DIR, `editor-web-${name}.png`);
  const image = await sharp(png)
    .resize({ width: WIDTH, withoutEnlargement: true })
    .png({ palette: true, quality: 80, compressionLevel: 9 })
    .toBuffer();
  await writeFile(file, image);
  written.push({ file: path.relative(ROOT, file), bytes: image.length });
  console.log(`${path.relative(ROOT, file)}  ${(image.length / 1024).toFixed(0)} KB`);
}

/** A clip around `locators` together, with `margin` pixels around, inside the page's viewport. */
async function around(page: Page, locators: Locator[], margin = 12) {
  const viewport = page.viewportSize() ?? VIEWPORT;
  const boxes = await Promise.all(locators.map((locator) => locator.boundingBox()));
  const present = boxes.filter((box) => box !== null);
  if (present.length === 0) throw new Error('Tidak ada yang dapat dipotret.');
  const left = Math.max(0, Math.min(...present.map((box) => box.x)) - margin);
  const top = Math.max(0, Math.min(...present.map((box) => box.y)) - margin);
  const right = Math.min(
    viewport.width,
    Math.max(...present.map((box) => box.x + box.width)) + margin,
  );
  const bottom = Math.min(
    viewport.height,
    Math.max(...present.map((box) => box.y + box.height)) + margin,
  );
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Takes the focus away, so no field is shown highlighted. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Waits for Decap's notifications to go, so they do not cover what is shown. */
async function noToasts(page: Page): Promise<void> {
  await page
    .locator('.Toastify__toast')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** The sign-in screen as editors see it on the real site: GitHub, not this computer's server. */
async function signInScreen(browser: Browser, origin: string): Promise<void> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      const config = yaml.load(await response.text()) as Record<string, unknown>;
      delete config.local_backend;
      await route.fulfill({ response, body: yaml.dump(config, { lineWidth: -1 }) });
    });
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'Masuk dengan GitHub' }).waitFor();
    await save('01-masuk', await page.screenshot());
  } finally {
    await page.close();
  }
}

/** Opens the media library from `button`, uploads `file`, shows it (optionally) and uses it. */
async function chooseImage(page: Page, button: Locator, file: string, shot?: string) {
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByText(path.basename(file)).waitFor();
  if (shot) {
    await page.waitForTimeout(500);
    await save(shot, await page.screenshot());
  }
  await dialog.getByRole('button', { name: 'Gunakan yang dipilih' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: GOOD_DIST } } });
  const site = path.resolve(values.site);
  try {
    await stat(path.join(site, 'admin/index.html'));
  } catch {
    throw new Error(
      `${path.relative(ROOT, site) || site}/admin/ belum ada. Jalankan dulu pengujian yang membangun situs uji.`,
    );
  }
  await mkdir(OUT_DIR, { recursive: true });
  const photos = await mkdtemp(path.join(tmpdir(), 'panduan-'));
  const cover = path.join(photos, PHOTOS.cover.name);
  const bodyPhoto = path.join(photos, PHOTOS.body.name);
  await copyFile(path.join(GOOD_SITE, PHOTOS.cover.from), cover);
  await copyFile(path.join(GOOD_SITE, PHOTOS.body.from), bodyPhoto);

  let server: { url: string; close: () => Promise<unknown> } | undefined;
  let browser: Browser | undefined;
  let repository: CmsRepository | undefined;
  let page: Page | undefined;
  try {
    server = await startServer({ root: site, port: 0 });
    [browser, repository] = await Promise.all([
      launchChromium(),
      cmsRepository('panduan', GOOD_SITE),
    ]);
    page = await openEditor(browser, server.url, repository);
    await page.setViewportSize(VIEWPORT);
    page.on('dialog', (dialog) => dialog.accept());
    // A build older than the editor's security policy shows the editor without its styles.
    const refused = await policyViolations(page);
    if (refused.length > 0)
      throw new Error(
        `Kebijakan keamanan menolak ${refused.join(', ')}: bangun ulang situs uji dulu.`,
      );
    await signInScreen(browser, server.url);

    // 2: the collection and its "Berita baru" button.
    await page.getByRole('link', { name: 'Berita', exact: true }).click();
    await page.getByRole('link', { name: 'Berita baru' }).waitFor();
    await page.waitForTimeout(500);
    // The top of the list only: further down are the fixture's test entries.
    await save(
      '02-koleksi-berita',
      await page.screenshot({ clip: { x: 0, y: 0, width: VIEWPORT.width, height: 480 } }),
    );

    // 3: the empty form.
    await page.getByRole('link', { name: 'Berita baru' }).click();
    const title = page.getByLabel('Judul', { exact: true });
    await title.waitFor();
    await page.waitForTimeout(1000);
    await save('03-formulir-kosong', await page.screenshot());

    await title.fill(EXAMPLE.title);
    await page.getByLabel('Ringkasan').fill(EXAMPLE.description);
    await page.getByLabel('Penulis').fill(EXAMPLE.author);

    // 4: the media library after uploading the cover.
    await chooseImage(
      page,
      page.getByRole('button', { name: 'Pilih gambar' }).first(),
      cover,
      '04-pustaka-media',
    );
    await page.getByLabel('Teks alt').first().fill(EXAMPLE.coverAlt);
    await page.getByLabel('Keterangan gambar').first().fill(EXAMPLE.coverCaption);
    await page.getByLabel('Pembuat gambar').first().fill(EXAMPLE.coverCredit);
    for (const tag of EXAMPLE.tags) {
      await page.getByRole('button', { name: 'Tambah topik' }).click();
      await page.locator('input[id^="tags-field-"]').last().fill(tag);
    }
    await page.locator('input[id^="programs-field-"]').fill(EXAMPLE.program);
    await page.keyboard.press('Enter');
    await page.getByLabel('Contoh (ilustratif)').click();

    // 5: the body, with the "Tambah komponen" menu open.
    const body = page.locator('[data-slate-editor="true"]');
    await body.scrollIntoViewIfNeeded();
    await body.click();
    await page.keyboard.type(EXAMPLE.opening);
    await page.keyboard.press('Enter');
    await page.keyboard.type(EXAMPLE.heading);
    await page.getByRole('button', { name: 'Subjudul' }).first().click();
    await page.getByRole('menuitem', { name: 'Subjudul', exact: true }).click();
    await body.locator('h2').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Daftar berbutir' }).click();
    for (const [index, item] of EXAMPLE.list.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(item);
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Tambah komponen' }).click();
    const menu = page.getByRole('menuitem', { name: 'Gambar' });
    await menu.waitFor();
    const toolbar = page.getByRole('button', { name: 'Tambah komponen' });
    await save(
      '05-tambah-komponen',
      await page.screenshot({
        clip: await around(page, [
          page.getByText('Isi tulisan', { exact: true }),
          toolbar,
          body,
          page.getByRole('menuitem', { name: 'Galeri' }),
        ]),
      }),
    );

    // 6: a Gambar block, filled in.
    await menu.click();
    const block = body.locator('[data-slate-void="true"]').last();
    await chooseImage(page, block.getByRole('button', { name: 'Pilih gambar' }), bodyPhoto);
    await block.getByLabel('Teks alt').fill(EXAMPLE.bodyAlt);
    await block.getByLabel('Keterangan').fill(EXAMPLE.bodyCaption);
    await block.getByLabel('Pembuat gambar').fill(EXAMPLE.bodyCredit);
    await blur(page);
    // The whole block, clear of the body's toolbar, needs a taller window for a moment.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1100 });
    await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(500);
    await save('06-blok-gambar', await page.screenshot({ clip: await around(page, [block], 4) }));
    await page.setViewportSize(VIEWPORT);

    // 7: the preview pane beside the form.
    const preview = page.locator('iframe').first();
    await preview.waitFor();
    await page.waitForTimeout(1000);
    await save('07-pratinjau', await page.screenshot({ clip: await around(page, [preview], 0) }));

    // 8: saved, with the status menu open.
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Entri tersimpan').first().waitFor();
    await noToasts(page);
    await page.getByRole('button', { name: /^Status: / }).click();
    await page.getByRole('menuitem', { name: 'Siap terbit' }).waitFor();
    await page.waitForTimeout(300);
    await save(
      '08-status',
      await page.screenshot({ clip: { x: 0, y: 0, width: VIEWPORT.width, height: 320 } }),
    );
    await page.getByRole('menuitem', { name: 'Siap terbit' }).click();
    await page.getByText('Status entri diperbarui').first().waitFor();
    await noToasts(page);

    // 9: the workflow board with the article's card.
    await page.getByRole('link', { name: /Menulis di koleksi Berita/ }).click();
    await page.getByRole('link', { name: 'Alur kerja' }).click();
    await page.getByText(EXAMPLE.title).first().waitFor();
    await page.waitForTimeout(500);
    await save('09-alur-kerja', await page.screenshot());
  } catch (error) {
    // What the editor showed when a step failed, to read beside the error.
    if (page && repository) {
      const file = path.join(repository.dir, '..', 'panduan-galat.png');
      await page.screenshot({ path: file }).catch(() => undefined);
      console.error(`Layar saat gagal: ${path.relative(ROOT, file)}`);
    }
    throw error;
  } finally {
    await browser?.close();
    await repository?.close();
    await server?.close();
    await rm(photos, { recursive: true, force: true });
  }
  const total = written.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`Jumlah: ${written.length} berkas, ${(total / 1024).toFixed(0)} KB`);
}

await main();
