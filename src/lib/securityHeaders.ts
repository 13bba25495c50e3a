/**
 * The security policy of every page, in one place so that its copies cannot drift apart:
 * `dist/_headers` (Netlify, Cloudflare Pages) is written from it at build time, BaseLayout puts
 * the Content-Security-Policy and referrer policy into <meta> tags for hosts that send no headers
 * (GitHub Pages), and a unit test holds docs/deploy-nginx.conf to it.
 */

interface Directive {
  name: string;
  sources: readonly string[];
  /** Browsers ignore the directive in a <meta> tag and log an error, so only headers carry it. */
  headerOnly?: true;
}

const DIRECTIVES: readonly Directive[] = [
  // Whatever no directive below names (frames, media) may come only from the site itself.
  { name: 'default-src', sources: ["'self'"] },
  // Only script files the build wrote: markup in content cannot run code. Pagefind's search
  // reads its index with WebAssembly, which a policy without 'wasm-unsafe-eval' refuses.
  { name: 'script-src', sources: ["'self'", "'wasm-unsafe-eval'"] },
  // The built stylesheet only: style attributes and <style> elements in content are refused.
  { name: 'style-src', sources: ["'self'"] },
  // Every image is a file of the site; content cannot embed a tracking pixel from elsewhere.
  { name: 'img-src', sources: ["'self'"] },
  // The next four repeat default-src on purpose: loosening default-src one day for one need
  // must not open fonts, requests, workers or manifests to other origins along with it.
  { name: 'font-src', sources: ["'self'"] },
  // The search fetches its index from /pagefind/.
  { name: 'connect-src', sources: ["'self'"] },
  // Pagefind ships a worker script in /pagefind/; the site's search does not start it today.
  { name: 'worker-src', sources: ["'self'"] },
  { name: 'manifest-src', sources: ["'self'"] },
  // Plugins (<object>, <embed>) are never needed and default-src would still allow them.
  { name: 'object-src', sources: ["'none'"] },
  // An injected <base> would send every relative link and asset to another site.
  { name: 'base-uri', sources: ["'self'"] },
  // An injected form must not post what readers type to another site.
  { name: 'form-action', sources: ["'self'"] },
  // No other site may frame these pages to trick clicks; browsers honour this only as a header.
  { name: 'frame-ancestors', sources: ["'none'"], headerOnly: true },
];

/**
 * The Content-Security-Policy value. A <meta> tag gets the directives a <meta> tag can carry;
 * the header gets all of them.
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return DIRECTIVES.filter((directive) => delivery === 'header' || !directive.headerOnly)
    .map((directive) => [directive.name, ...directive.sources].join(' '))
    .join('; ');
}

/** Sends the origin, never the path, to other sites; a <meta> tag carries it too. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Every header that every response carries, in the order the hosting files list them. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', contentSecurityPolicy('header')],
  // Two years, subdomains included: browsers never try plain http again once they have seen it.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  // A file is only what its Content-Type says: a text or image file never runs as a script.
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', REFERRER_POLICY],
  // The site uses no sensors, camera, payment or ad topics; no page may ask for them.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  // A page opened from another site cannot reach back into this one through window.opener.
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // frame-ancestors for browsers that predate it.
  ['X-Frame-Options', 'DENY'],
];

/** Hashed file names under /_astro/: a changed file gets a new name, so a year is safe. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages, feeds and the search index keep their names between builds: always revalidate. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';
