import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_SECURITY_HEADERS,
  contentSecurityPolicy,
  IMMUTABLE_CACHE,
  REVALIDATE_CACHE,
  SECURITY_HEADERS,
} from './securityHeaders.ts';

const NGINX = readFileSync(new URL('../../docs/deploy-nginx.conf', import.meta.url), 'utf8');

/** Every `add_header Name "value"` in the nginx example, commented out or not, in file order. */
function nginxHeaders(): [string, string][] {
  return [...NGINX.matchAll(/add_header\s+(\S+)\s+"([^"]*)"/g)].map((match) => [
    match[1] ?? '',
    match[2] ?? '',
  ]);
}

/** `default-src 'self'; …` as directive name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('kebijakan keamanan', () => {
  it('hanya skrip dari situs sendiri, tanpa plugin, tanpa dibingkai situs lain', () => {
    const csp = directives(contentSecurityPolicy('header'));
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('editor web hanya dilonggarkan pada direktif yang diperlukan Decap', () => {
    const site = directives(contentSecurityPolicy('header'));
    const admin = directives(contentSecurityPolicy('header', 'admin'));
    const loosened = [...admin].filter(
      ([name, sources]) => sources.join(' ') !== site.get(name)?.join(' '),
    );
    expect(Object.fromEntries(loosened)).toEqual({
      'script-src': ["'self'", "'unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'blob:', 'https://avatars.githubusercontent.com'],
      'connect-src': [
        "'self'",
        'blob:',
        'https://api.github.com',
        'http://127.0.0.1:8081',
        'http://localhost:8081',
      ],
    });
    expect([...admin.keys()]).toEqual([...site.keys()]);
  });

  it('HSTS berlaku setidaknya setahun', () => {
    const hsts = new Map(SECURITY_HEADERS).get('Strict-Transport-Security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('tag meta membawa setiap direktif header kecuali frame-ancestors', () => {
    const header = contentSecurityPolicy('header');
    expect(header).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('meta')).toBe(header.replace("; frame-ancestors 'none'", ''));
  });
});

describe('docs/deploy-nginx.conf sama dengan src/lib/securityHeaders.ts', () => {
  it('header keamanan pembaca lalu editor web: nama, nilai dan urutan yang sama', () => {
    const security = nginxHeaders().filter(([name]) => name !== 'Cache-Control');
    expect(security).toEqual([...SECURITY_HEADERS, ...ADMIN_SECURITY_HEADERS]);
  });

  it('Cache-Control: setahun untuk /_astro/, revalidasi untuk editor web dan selebihnya', () => {
    const cache = nginxHeaders().filter(([name]) => name === 'Cache-Control');
    expect(cache.map(([, value]) => value)).toEqual([
      IMMUTABLE_CACHE,
      REVALIDATE_CACHE,
      REVALIDATE_CACHE,
    ]);
  });
});
