// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwind from '@astrojs/tailwind';
import sitemap from '@astrojs/sitemap';
import { FOOTNOTE_OPTIONS } from './src/lib/content/footnotes.ts';
import { remarkContentPolicy } from './src/lib/content/remarkContentPolicy.ts';
import { pruneUnusedImages } from './src/lib/build/pruneUnusedImages.ts';
import { searchIndex } from './src/lib/build/searchIndex.ts';
import { headersFile } from './src/lib/build/headersFile.ts';
import { dataSitemap } from './src/lib/build/dataSitemap.ts';
import { webEditor } from './src/lib/build/webEditor.ts';
import { lastModifiedByPath } from './src/lib/content/lastModified.ts';
import { contentDir } from './src/lib/content/paths.ts';

// SITE_URL is the public address the site is deployed at; canonical links and feeds use it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const lastModified = lastModifiedByPath(process.cwd(), contentDir);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Tests build fixture sites into their own folders so they never clobber the real `dist`.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Benchmarks measure cold builds in a cache of their own, leaving the real site's cache warm.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // Four pages at a time: while sharp draws share images off the main thread, pages keep rendering,
  // so both cores of a CI runner stay busy (1,000 articles: 44.7 s at 2, 40.3 s at 4).
  build: { format: 'directory', concurrency: 4 },
  server: { host: '127.0.0.1', port: 4321 },
  // Bodies are checked against the content policy before MDX compiles them (MDX extends this
  // config). A news site shows no program code; Shiki would load on every build for nothing.
  markdown: {
    remarkPlugins: [remarkContentPolicy],
    remarkRehype: FOOTNOTE_OPTIONS,
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    tailwind({ applyBaseStyles: false }),
    // The 404 page is served for unknown addresses and /admin/ is the editors' tool: neither is
    // a page to list.
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !new URL(page).pathname.startsWith('/admin/'),
      serialize: (item) => {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
      },
    }),
    dataSitemap(),
    pruneUnusedImages(),
    searchIndex(),
    webEditor(),
    headersFile(),
  ],
  image: {
    service: { entrypoint: './src/lib/build/imageService.ts', config: {} },
    // Covers are large camera originals; a bounded set of widths keeps build time and dist small.
    responsiveStyles: false,
  },
  devToolbar: { enabled: false },
  vite: {
    // Scripts are always separate files: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: 0 },
    // Vite's own cache (dependencies it pre-bundles as a build starts) is one folder for every
    // build unless set; a build with a cache of its own keeps it there too, so builds that tests
    // run side by side never swap that folder under each other.
    ...(process.env.SITE_CACHE_DIR && { cacheDir: `${process.env.SITE_CACHE_DIR}/vite` }),
  },
});
