import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from './distFiles.ts';

/** Rules come from .htmlvalidate.json: the recommended set, nothing turned off. */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const htmlFiles = listFiles(DIST).filter((file) => file.endsWith('.html'));

describe('html-validate atas setiap berkas HTML', () => {
  it.each(htmlFiles)('%s', async (file) => {
    const report = await validator.validateFile(path.join(DIST, file));
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
