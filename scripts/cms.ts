/**
 * `npm run cms`: the web editor on this computer, without signing in to GitHub. Starts
 * decap-server over this repository (it saves entries as commits on branches of this repository,
 * as the editorial workflow does on GitHub) and the development server, and stops both together.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_SERVER_URL } from '../src/lib/cms/config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { port } = new URL(LOCAL_SERVER_URL);

const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: ROOT,
    stdio: 'inherit',
    // Only this computer may reach it: the server writes to the repository without asking who.
    env: {
      ...process.env,
      MODE: 'git',
      GIT_REPO_DIRECTORY: ROOT,
      BIND_HOST: '127.0.0.1',
      PORT: port,
    },
  }),
  spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'dev'], {
    cwd: ROOT,
    stdio: 'inherit',
  }),
];

console.log('\nEditor web: http://127.0.0.1:4321/admin/ (hentikan dengan Ctrl+C)\n');

function stopAll(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
