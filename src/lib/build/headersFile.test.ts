import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/lib/serve.mjs';
import { contentSecurityPolicy, IMMUTABLE_CACHE, REVALIDATE_CACHE } from '../securityHeaders.ts';
import { headersFileText } from './headersFile.ts';

const rules = parseHeadersFile(
  headersFileText([
    '404.html',
    '_astro/',
    '_headers',
    'admin/',
    'berita/',
    'index.html',
    'rss.xml',
  ]),
);

describe('_headers yang ditulis saat build', () => {
  it.each(['/', '/index.html', '/404.html', '/berita/', '/berita/a/', '/rss.xml'])(
    '%s: header keamanan dan revalidasi',
    (pathname) => {
      const headers = headersFor(rules, pathname);
      expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy('header'));
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    },
  );

  it('aset berhash disimpan setahun, tanpa aturan revalidasi yang ikut tergabung', () => {
    const headers = headersFor(rules, '/_astro/a.css');
    expect(headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy('header'));
  });

  it.each(['/admin/', '/admin/config.yml'])(
    '%s: kebijakan editor web saja, tidak digabung dengan kebijakan pembaca',
    (pathname) => {
      const headers = headersFor(rules, pathname);
      expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy('header', 'admin'));
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    },
  );

  it('berkas _headers sendiri tidak mendapat aturan', () => {
    expect(rules.map((rule) => rule.pattern)).not.toContain('/_headers');
  });
});
