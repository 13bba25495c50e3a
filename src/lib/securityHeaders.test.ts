import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from './securityHeaders.ts';

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
