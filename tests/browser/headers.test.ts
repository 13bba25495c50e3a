import { describe, expect, inject, it } from 'vitest';
import { DIST } from '../setup/sites.ts';
import { listFiles } from '../build/distFiles.ts';

const siteUrl = inject('siteUrl');
const htmlPaths = listFiles(DIST)
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('header keamanan dan cache dari public/_headers', () => {
  it.each(htmlPaths)('%s', async (pathname) => {
    const response = await fetch(siteUrl + pathname);
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('aset berhash di /_astro/ disimpan setahun tanpa revalidasi', async () => {
    const assets = listFiles(DIST).filter((file) => file.startsWith('_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of [assets[0], assets.at(-1)]) {
      const response = await fetch(`${siteUrl}/${asset}`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });
});
