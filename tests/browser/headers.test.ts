import { describe, expect, inject, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from '../build/distFiles.ts';
import {
  contentSecurityPolicy,
  IMMUTABLE_CACHE,
  REFERRER_POLICY,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
} from '../../src/lib/securityHeaders.ts';

const siteUrl = inject('siteUrl');
const htmlPaths = listFiles(DIST)
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

/** What must open every page: the policy governs only markup after it, so nothing may precede it. */
const HEAD_START =
  '<head><meta charset="utf-8">' +
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}">` +
  `<meta name="referrer" content="${REFERRER_POLICY}">`;

describe('header keamanan dan cache dari dist/_headers', () => {
  it.each(htmlPaths)('%s', async (pathname) => {
    const response = await fetch(siteUrl + pathname);
    expect(response.status).toBe(200);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    const html = await response.text();
    expect(html.slice(html.indexOf('<head>'), html.indexOf('<head>') + HEAD_START.length)).toBe(
      HEAD_START,
    );
  });

  it('aset berhash di /_astro/ disimpan setahun tanpa revalidasi', async () => {
    const assets = listFiles(DIST).filter((file) => file.startsWith('_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of [assets[0], assets.at(-1)]) {
      const response = await fetch(`${siteUrl}/${asset}`);
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    }
  });
});
