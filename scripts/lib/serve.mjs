#!/usr/bin/env node
/**
 * Serves a built site the way the static host will: files from `dist/`, pretty URLs, the 404 page,
 * gzip, and the response headers from `dist/_headers` (Netlify / Cloudflare Pages syntax). Tests,
 * benchmarks and `npm run serve` use it so that they see the Content-Security-Policy readers get.
 *
 *   node scripts/lib/serve.mjs [folder] [port]      (defaults: dist 4321)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest))|svg/;

/** Rules of a `_headers` file: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 0) throw new Error(`Baris _headers tidak dikenal: ${line}`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** `*` matches any run of characters, slashes included, as on both hosts. */
function matches(pattern, pathname) {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** Headers for `pathname`; values of a header set by several rules are joined like the hosts do. */
export function headersFor(rules, pathname) {
  const merged = new Map();
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, pathname))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      merged.set(key, merged.has(key) ? `${merged.get(key)}, ${value}` : value);
    }
  }
  return merged;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(root, pathname) {
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (await isFile(file)) return file;
  }
  return undefined;
}

/**
 * Starts the server; resolves with its address and a `close` function. `onResponse` hears of every
 * response body as sent (after compression), so benchmarks can count bytes no browser API reports,
 * such as a worker's own script.
 */
export async function startServer({
  root = 'dist',
  port = 4321,
  host = '127.0.0.1',
  onResponse = undefined,
} = {}) {
  const dir = path.resolve(root);
  const headersText = await readFile(path.join(dir, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeadersFile(headersText);

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', `http://${host}`);
      if (!url.pathname.endsWith('/') && !path.extname(url.pathname)) {
        const directory = await resolveFile(dir, `${url.pathname}/index.html`);
        if (directory) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      }
      const file = await resolveFile(dir, url.pathname);
      const status = file ? 200 : 404;
      const servedFile = file ?? path.join(dir, '404.html');
      const servedPath = file ? url.pathname : '/404.html';
      let body = await readFile(servedFile);
      const type = TYPES[path.extname(servedFile).toLowerCase()] ?? 'application/octet-stream';
      const headers = Object.fromEntries(headersFor(rules, servedPath));
      headers['content-type'] = type;
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      onResponse?.(url.pathname, request.method === 'HEAD' ? 0 : body.length);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Kesalahan server: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(
    `Situs dari ${root}/ tersaji di ${url}/ dengan header dari _headers (Ctrl+C untuk berhenti).`,
  );
}
