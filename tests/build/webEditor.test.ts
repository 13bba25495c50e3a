/**
 * The web editor's files in the built site: its own page and policy, the pinned Decap bundle
 * copied in whole, its configuration, and nothing of it where readers and search engines look.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/serve.mjs';
import { decapBundleFiles } from '../../src/lib/build/webEditor.ts';
import { SCHEMAS } from '../../src/lib/content/schemas.ts';
import { contentSecurityPolicy } from '../../src/lib/securityHeaders.ts';
import { DIST } from '../setup/sites.ts';
import { listFiles, readPages } from './distFiles.ts';

const admin = path.join(DIST, 'admin');
const page = parse(readFileSync(path.join(admin, 'index.html'), 'utf8'));

describe('editor web di dist/admin/', () => {
  it('halamannya tidak diindeks, dengan kebijakan keamanan editor web', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    expect(
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(contentSecurityPolicy('meta', 'admin'));
    const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    expect(headersFor(rules, '/admin/').get('content-security-policy')).toBe(
      contentSecurityPolicy('header', 'admin'),
    );
  });

  it('bundel Decap dari node_modules tersalin utuh, tanpa peta sumber', async () => {
    const copied = listFiles(admin).filter((file) => file.endsWith('.js'));
    expect(copied.sort()).toEqual((await decapBundleFiles()).sort());
    expect(listFiles(admin).some((file) => file.endsWith('.map'))).toBe(false);
  });

  it('config.yml memuat setiap koleksi skema', () => {
    const config = yaml.load(readFileSync(path.join(admin, 'config.yml'), 'utf8')) as {
      collections: { name: string; folder: string }[];
      locale: string;
    };
    expect(config.locale).toBe('id');
    expect(config.collections.map((collection) => collection.name)).toEqual(Object.keys(SCHEMAS));
  });

  it('tidak ada di peta situs, indeks pencarian, atau tautan halaman pembaca', () => {
    const sitemaps = listFiles(DIST).filter((file) => /^sitemap.*\.xml$/.test(file));
    for (const file of sitemaps)
      expect(readFileSync(path.join(DIST, file), 'utf8')).not.toContain('/admin/');
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const indexed = readPages(DIST).filter((built) =>
      built.root.querySelector('[data-pagefind-body]'),
    );
    expect(entry.languages.id.page_count).toBe(indexed.length);
    const linked = readPages(DIST).filter((built) =>
      built.root.querySelectorAll('a').some((a) => a.getAttribute('href')?.startsWith('/admin')),
    );
    expect(linked.map((built) => built.url)).toEqual([]);
    expect(existsSync(path.join(DIST, 'admin/index.html'))).toBe(true);
  });
});
