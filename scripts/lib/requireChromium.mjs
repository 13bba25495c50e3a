#!/usr/bin/env node
/**
 * Stops a test run at once, with one line saying what to install, when the machine has no
 * Chromium: otherwise the run would fail minutes later with a stack trace deep in a browser test.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium tidak ditemukan di ${CHROMIUM_PATH} / Chromium not found: pasang paket Debian "chromium fonts-noto-core fonts-dejavu-core" (apt-get install), atau arahkan CHROMIUM_PATH ke Chromium lain.`,
  );
  process.exit(1);
}
