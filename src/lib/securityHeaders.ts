/**
 * The security policy of every page, in one place so that its copies cannot drift apart:
 * `dist/_headers` (Netlify, Cloudflare Pages) is written from it at build time, BaseLayout and the
 * web editor's page put the Content-Security-Policy and referrer policy into <meta> tags for hosts
 * that send no headers (GitHub Pages), and a unit test holds docs/deploy-nginx.conf to it.
 *
 * Readers' pages and the web editor at /admin/ get different policies: the editor is a large
 * third-party application that needs more than the site does, and readers must not pay for that.
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
  // The search runs Pagefind in its worker script, /pagefind/pagefind-worker.js.
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
 * The web editor (Decap CMS) at /admin/. Each loosening below was measured in Chromium against
 * the built editor: without it the editor does not start or cannot save an image, and
 * tests/browser/admin.test.ts fails on any violation. Everything else is as strict as readers'
 * pages. On GitHub's backend Decap also polls www.githubstatus.com; that request is refused on
 * purpose (Decap carries on without the status banner).
 */
const ADMIN_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // Decap validates its configuration with ajv, which compiles each schema with new Function().
  'script-src': ["'self'", "'unsafe-eval'"],
  // Decap styles its interface with emotion, which writes <style> elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  // An image chosen for upload is previewed from its blob: address before it is saved; GitHub
  // serves the signed-in editor's avatar.
  'img-src': ["'self'", 'blob:', 'https://avatars.githubusercontent.com'],
  // The GitHub API holds the content; decap-server on the editor's own computer (npm run cms)
  // is reached only when the editor itself runs on 127.0.0.1 or localhost (config.ts). An image
  // chosen for upload is read back from its blob: address when the entry is saved.
  'connect-src': [
    "'self'",
    'blob:',
    'https://api.github.com',
    'http://127.0.0.1:8081',
    'http://localhost:8081',
  ],
};

const ADMIN_DIRECTIVES: readonly Directive[] = DIRECTIVES.map((directive) => ({
  ...directive,
  sources: ADMIN_SOURCES[directive.name] ?? directive.sources,
}));

/** Which policy: readers' pages, or the web editor at /admin/. */
export type PolicyArea = 'site' | 'admin';

/**
 * The Content-Security-Policy value. A <meta> tag gets the directives a <meta> tag can carry;
 * the header gets all of them.
 */
export function contentSecurityPolicy(
  delivery: 'header' | 'meta',
  area: PolicyArea = 'site',
): string {
  return (area === 'admin' ? ADMIN_DIRECTIVES : DIRECTIVES)
    .filter((directive) => delivery === 'header' || !directive.headerOnly)
    .map((directive) => [directive.name, ...directive.sources].join(' '))
    .join('; ');
}

/** Sends the origin, never the path, to other sites; a <meta> tag carries it too. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

type Headers = readonly (readonly [name: string, value: string])[];

/** Every header that every response of readers' pages carries, in the order hosting files list them. */
export const SECURITY_HEADERS: Headers = [
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

/**
 * The web editor's headers: its own policy, and an opener policy that lets the GitHub sign-in
 * window it opens report back to it (same-origin would cut that window off).
 */
export const ADMIN_SECURITY_HEADERS: Headers = SECURITY_HEADERS.map(([name, value]) => {
  if (name === 'Content-Security-Policy') return [name, contentSecurityPolicy('header', 'admin')];
  if (name === 'Cross-Origin-Opener-Policy') return [name, 'same-origin-allow-popups'];
  return [name, value];
});

/** Where the web editor lives; its files get ADMIN_SECURITY_HEADERS. */
export const ADMIN_PATH = '/admin/';

/** Hashed file names under /_astro/: a changed file gets a new name, so a year is safe. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages, feeds and the search index keep their names between builds: always revalidate. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';
