#!/usr/bin/env node
/**
 * `node scripts/lib/changeKind.mjs origin/main`: prints `hanya_konten=true` when the branch changed
 * only files under `content/` since it left that base, `hanya_konten=false` otherwise, as the
 * pull-request workflow's first job writes it to `$GITHUB_OUTPUT`. Needs only Node and git, not
 * `npm ci`.
 */
import { changedFiles, onlyContent } from './pages.mjs';

const base = process.argv[2];
if (!base) {
  console.error('Cara pakai: node scripts/lib/changeKind.mjs <cabang dasar>, misalnya origin/main');
  process.exit(2);
}
console.log(`hanya_konten=${onlyContent(changedFiles(base))}`);
