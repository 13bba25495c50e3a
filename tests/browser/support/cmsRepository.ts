import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page, Response } from 'playwright-core';
import { LOCAL_SERVER_URL } from '../../../src/lib/cms/config.ts';
import { copyTree, OUT, ROOT } from '../../setup/sites.ts';

const run = promisify(execFile);
/** decap-server's one endpoint, at the editor's address and at the test server's alike. */
const BACKEND_PATH = new URL(LOCAL_SERVER_URL).pathname;

/** A throw-away Git repository holding a copy of a content folder, served by `decap-server`. */
export interface CmsRepository {
  /** The repository's folder; its content is in `content/`. */
  dir: string;
  /** Where its `decap-server` listens. */
  serverUrl: string;
  git(...args: string[]): Promise<string>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server berhenti (${code}):\n${output}`)));
  });
}

/**
 * Copies `contentSource` into `tests/.out/cms/<name>/content/`, commits it on `main`, and starts
 * `decap-server` in git mode over it, as `npm run cms` does over the project itself.
 */
export async function cmsRepository(name: string, contentSource: string): Promise<CmsRepository> {
  const dir = path.join(OUT, 'cms', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await copyTree(contentSource, path.join(dir, 'content'));
  const git = async (...args: string[]) =>
    (
      await run('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.invalid', ...args], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
  await git('init', '--quiet', '--initial-branch=main');
  await git('add', '--all');
  await git('commit', '--quiet', '--message', 'Konten awal');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/decap-server/dist/index.js')],
    {
      env: {
        ...process.env,
        MODE: 'git',
        GIT_REPO_DIRECTORY: dir,
        BIND_HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        // decap-server commits as the machine's Git user; a fresh CI machine has none.
        GIT_AUTHOR_NAME: 'Editor Uji',
        GIT_AUTHOR_EMAIL: 'editor@contoh.invalid',
        GIT_COMMITTER_NAME: 'Editor Uji',
        GIT_COMMITTER_EMAIL: 'editor@contoh.invalid',
      },
    },
  );
  await waitForListening(child);
  return {
    dir,
    serverUrl: `http://127.0.0.1:${port}/api/v1`,
    git,
    close: async () => {
      child.kill();
    },
  };
}

/**
 * Opens the built editor at `origin`/admin/ and signs in to the local backend. The editor's
 * configuration names decap-server's usual address (and its policy allows only that), so the page's
 * requests to it are sent on to this test's own server on a free port. Chromium sends them itself:
 * passing them through this process instead (`route.fetch`) carried every image of an entry's
 * folder, as base64, through Playwright twice: the fixture's 28 entries took 67 s instead of
 * 58–59 s, the two editor test files 124–126 s instead of 121–122 s (2026-12-02, 2 cores). It also
 * met decap-server closing idle connections, which needed a retry on ECONNRESET.
 */
export async function openEditor(
  browser: Browser,
  origin: string,
  repository: CmsRepository,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { policyViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await page.route(LOCAL_SERVER_URL, (route) => route.continue({ url: repository.serverUrl }));
  // Decap asks before publishing and before leaving unsaved changes. Playwright would dismiss
  // the question, leaving the page on a failed entry and every later step waiting behind it.
  page.on('dialog', (dialog) => dialog.accept().catch(() => undefined));
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Koleksi' }).waitFor();
  return page;
}

/**
 * Closes an editor page. Decap may still be asking its backend (it refreshes lists after a save):
 * a request passed on while the page closes would reject outside any test and fail the run.
 */
export async function closeEditor(page: Page | undefined): Promise<void> {
  await page?.unrouteAll({ behavior: 'ignoreErrors' });
  await page?.close();
}

/**
 * What the editor shows, as a screenshot and as text beside the repository's folder, named after
 * a failed test: to read beside the error when a step times out on a loaded machine.
 */
export async function recordEditor(
  page: Page,
  repository: CmsRepository,
  name: string,
): Promise<void> {
  const file = path.join(repository.dir, '..', name.replace(/[\\/:*?"<>|]/g, '-'));
  await page.screenshot({ path: `${file}.png` });
  await writeFile(`${file}.txt`, await page.locator('body').innerText());
}

/** What the page's Content-Security-Policy refused so far, as `directive address`. */
export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { policyViolations: string[] }).policyViolations,
  );
}

/**
 * decap-server's answer to the editor's next request for `action`. Saving and publishing commit
 * and merge through git: on a loaded machine that can take longer than Playwright's 30 s.
 */
export function backendAnswer(page: Page, action: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === BACKEND_PATH &&
      (response.request().postData() ?? '').includes(`"${action}"`),
    { timeout: 90_000 },
  );
}

/**
 * Opens an existing entry in the editor and changes it the smallest way an editor would: the
 * title edited and put back, a space typed at the start of the first paragraph (which makes
 * Decap write the whole body again from its rich-text form; Markdown ignores it). Saves when Decap sees a change; returns whether
 * it did. The entry is opened from its collection's list, as an editor does: going straight from
 * one entry's address to another's keeps the previous entry's form.
 */
export async function touchAndSave(
  page: Page,
  origin: string,
  collection: string,
  id: string,
): Promise<boolean> {
  const title = page.locator('input[id^="title-field-"]');
  // Once, in a full `test:e2e` on a loaded machine, the form did not appear within 30 s of the
  // click, and the same step passed when run again (cause not found; Decap refreshes its lists
  // from the backend after a save). Opening the entry again from the list after 20 s, as an editor would,
  // still fails when the entry never opens.
  for (const lastTry of [false, true]) {
    await page.goto(`${origin}/admin/#/collections/${collection}`);
    await page.locator(`a[href$="/collections/${collection}/entries/${id}/index"]`).click();
    const opened = await title
      .waitFor({ timeout: lastTry ? 30_000 : 20_000 })
      .then(() => true)
      .catch((error: unknown) => {
        if (lastTry) throw error;
        return false;
      });
    if (opened) break;
    // What the editor showed instead, in the test log: the cause is still unknown.
    const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 400);
    console.warn(
      `${collection}/${id}: formulir tidak tampil dalam 20 s di ${page.url()}: ${shown}`,
    );
  }
  const value = await title.inputValue();
  await title.fill(`${value} `);
  await title.fill(value);
  // Prose, not the `import` line of the old image form, which a space would turn into text.
  const firstParagraph = page
    .locator('[data-slate-editor="true"] p')
    .filter({ hasNotText: /^import\s/ })
    .first();
  if ((await firstParagraph.count()) > 0) {
    await firstParagraph.click({ position: { x: 1, y: 4 } });
    await page.keyboard.type(' ');
  }
  const save = page.getByRole('button', { name: 'Simpan' });
  if (!(await save.isEnabled())) return false;
  const persisted = backendAnswer(page, 'persistEntry');
  // A save the editor refuses sends nothing; Decap says why for a few seconds only.
  const refused = page
    .getByText('Gagal menyimpan entri')
    .first()
    .waitFor({ timeout: 90_000 })
    .then(async () => {
      const message = await page.getByText('Gagal menyimpan entri').first().innerText();
      throw new Error(`${collection}/${id}: editor menolak menyimpan. ${message}`);
    });
  await save.click();
  const response = await Promise.race([persisted, refused]);
  refused.catch(() => {});
  if (!response.ok()) throw new Error(`${collection}/${id}: decap-server menolak penyimpanan.`);
  await page.getByText('Entri tersimpan').first().waitFor();
  return true;
}

/**
 * The content as the editor left it: `main`, with every entry saved on its own branch (Decap's
 * editorial workflow) laid over it, copied to `target`.
 */
export async function contentWithBranches(
  repository: CmsRepository,
  target: string,
): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await copyTree(path.join(repository.dir, 'content'), target);
  const branches = (await repository.git('branch', '--format=%(refname:short)'))
    .split('\n')
    .filter((branch) => branch.startsWith('cms/'));
  for (const branch of branches) {
    const changed = (await repository.git('diff', '--name-only', `main...${branch}`))
      .split('\n')
      .filter((file) => file.startsWith('content/'));
    for (const file of changed) {
      const bytes = await run('git', ['show', `${branch}:${file}`], {
        cwd: repository.dir,
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
      });
      const destination = path.join(target, path.relative('content', file));
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, bytes.stdout);
    }
  }
}
