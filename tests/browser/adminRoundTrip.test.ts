/**
 * Saving an entry in the web editor must not change what readers see. Entries of the good fixture
 * are opened, touched the smallest way and saved, through the built editor and a real
 * decap-server; then the saved content is built and every entry's page compared with the page
 * built from the original files.
 *
 * Saved are the entries that together hold every shape of the fixture's entries (its fields, how
 * each is written in YAML, what the bodies are built of, the characters its texts hold:
 * support/entryShapes.ts), 13 of 28 today. Many entries exist for the list, paging and search
 * checks and differ only in words; each save costs Decap about 2,3 s on 2 cores, so saving all 28
 * took 64 s and these 13 take about 30 s (2026-12-02), for the same shapes.
 *
 * The fixture, not the real `content/`, so that an editor's new article cannot turn this check
 * red and the check costs one build, not two. The fixture holds every shape the real content
 * has for the editor: per collection the same frontmatter fields (nested ones, lists written as
 * `[…]` and as `- …` lines, `cover: { … }` on one line) and in the bodies the same constructs
 * (headings of two levels, bullet and numbered lists, bold and italic, internal links,
 * `<Gambar>`, `<Kutipan>`, `<FaktaKunci judul>` with a bold list, `<Galeri>` of images). Keep it
 * so when the real content starts using something new.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildSite,
  cacheOf,
  copyTree,
  FIXTURE_REPOSITORY,
  GOOD_DIST,
  GOOD_SITE,
  OUT,
  ROOT,
} from '../setup/sites.ts';
import { launchChromium } from './chromium.ts';
import {
  closeEditor,
  cmsRepository,
  contentWithBranches,
  openEditor,
  recordEditor,
  touchAndSave,
  type CmsRepository,
} from './support/cmsRepository.ts';
import { coveringEntries, shapesOfSite } from './support/entryShapes.ts';

/** The fixture's own origin; its build names this repository in "Ubah halaman ini" links. */
const origin = inject('fixtureUrl');
const env = { SITE_REPOSITORY_URL: FIXTURE_REPOSITORY };

/** Where an entry is published; standing pages sit at the top level. */
const pageOf = (entry: string) =>
  entry.startsWith('halaman/')
    ? `${entry.slice('halaman/'.length)}/index.html`
    : `${entry}/index.html`;

/** The main content of a built page, with the content folder's path (in edit links) neutralised. */
function mainOf(dist: string, entry: string, contentDir: string): string | undefined {
  const file = path.join(dist, pageOf(entry));
  if (!existsSync(file)) return undefined;
  const main = parse(readFileSync(file, 'utf8')).querySelector('main')?.outerHTML ?? '';
  return main.replaceAll(path.relative(ROOT, contentDir).replace(/\\/g, '/'), 'KONTEN');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('fixture: menyimpan setiap entri di editor web', () => {
  let repository: CmsRepository;
  let page: Page;
  const shapes = shapesOfSite(GOOD_SITE);
  const entries = [...shapes.keys()];
  const saved = coveringEntries(shapes);

  beforeAll(async () => {
    repository = await cmsRepository('pulang-pergi-fixture', GOOD_SITE);
    page = await openEditor(browser, origin, repository);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) await recordEditor(page, repository, task.name);
  });
  afterAll(async () => {
    await closeEditor(page);
    await repository?.close();
  });

  // Opening may take two tries (20 s and 30 s) and saving up to 90 s on a loaded machine.
  it.each(saved)(
    '%s terbuka dan tersimpan',
    async (entry) => {
      const [collection = '', id = ''] = entry.split('/');
      await touchAndSave(page, origin, collection, id);
    },
    180_000,
  );

  it('halaman setiap entri sama persis dengan sebelum disimpan', async () => {
    const content = path.join(OUT, 'cms', 'pulang-pergi-fixture-konten');
    const out = path.join(OUT, 'cms', 'pulang-pergi-fixture-dist');
    await contentWithBranches(repository, content);
    // Starting from the fixture's cache, as CI starts from the last build's, the images are not
    // encoded again: the pages compared are the same either way.
    const cache = path.join(OUT, 'cache', 'pulang-pergi-fixture');
    await rm(cache, { recursive: true, force: true });
    await copyTree(cacheOf(GOOD_DIST), cache);
    const { code, output } = await buildSite(content, out, { ...env, SITE_CACHE_DIR: cache });
    expect(code, output).toBe(0);
    for (const entry of entries)
      expect(mainOf(out, entry, content), entry).toBe(mainOf(GOOD_DIST, entry, GOOD_SITE));
  }, 300_000);
});
