#!/usr/bin/env node
/**
 * `npm run check`: Astro's type check and Prettier's format check, side by side. One after the
 * other they took 37 s on the project's 2-core machine, side by side 26–29 s (2026-12-02, idle): the
 * type check leaves part of the second core unused. Each tool's output is printed whole, in a
 * fixed order, once both are done, so that their lines never interleave.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CHECKS = [
  { name: 'astro check', script: 'node_modules/astro/astro.js', args: ['check'] },
  {
    name: 'prettier --check .',
    script: 'node_modules/prettier/bin/prettier.cjs',
    args: ['--check', '.'],
  },
];

/** Runs one check; resolves with its exit code and everything it printed. */
function run({ script, args }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
let failed = false;
for (const [index, { code, output }] of results.entries()) {
  process.stdout.write(`\n> ${CHECKS[index].name}\n${output}`);
  if (code !== 0) {
    failed = true;
    console.error(`${CHECKS[index].name} gagal (kode ${code}).`);
  }
}
process.exit(failed ? 1 : 0);
