import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';
import { htmlErrors } from './htmlErrors.ts';

const htmlFiles = listFiles(DIST).filter((file) => file.endsWith('.html'));

describe('html-validate atas setiap berkas HTML', () => {
  it.each(htmlFiles)('%s', async (file) => {
    expect(await htmlErrors(path.join(DIST, file))).toEqual([]);
  });
});
