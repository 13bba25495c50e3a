import { describe, expect, inject, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from '../build/distFiles.ts';
import {
  ADMIN_PATH,
  ADMIN_SECURITY_HEADERS,
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

const isEditor = (pathname: string) => pathname.startsWith(ADMIN_PATH);

/** What must open every page: the policy governs only markup after it, so nothing may precede it. */
const headStart = (pathname: string) =>
  '<head><meta charset="utf-8">' +
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta', isEditor(pathname) ? 'admin' : 'site')}">` +
  `<meta name="referrer" content="${REFERRER_POLICY}">`;

describe('header keamanan dan cache dari dist/_headers', () => {
  it.each(htmlPaths)('%s', async (pathname) => {
    const response = await fetch(siteUrl + pathname);
    expect(response.status).toBe(200);
    const expected = isEditor(pathname) ? ADMIN_SECURITY_HEADERS : SECURITY_HEADERS;
    for (const [name, value] of expected) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    const html = await response.text();
    const start = headStart(pathname);
    expect(html.slice(html.indexOf('<head>'), html.indexOf('<head>') + start.length)).toBe(start);
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
