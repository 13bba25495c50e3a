import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_REPOSITORY, GOOD_DIST, GOOD_SITE, OUT } from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';

const hashes = (dir: string) =>
  Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );

describe('hasil build sama untuk konten yang sama', () => {
  it('build kedua dari fixture baik menghasilkan berkas yang identik', async () => {
    const again = path.join(OUT, 'good-lagi');
    const { code, output } = await buildSite(GOOD_SITE, again, {
      SITE_REPOSITORY_URL: FIXTURE_REPOSITORY,
    });
    expect(code, output).toBe(0);
    expect(hashes(again)).toEqual(hashes(GOOD_DIST));
  });
});
