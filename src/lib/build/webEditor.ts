import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsConfigFile } from '../cms/settings.ts';
import { contentDir } from '../content/paths.ts';
import { ADMIN_PATH } from '../securityHeaders.ts';

/**
 * Decap CMS ships as one script plus the chunks it loads on demand (editors for code, maps…),
 * found beside it by name. Source maps stay out: nobody needs them and they triple the size.
 */
const BUNDLE_FILE = /^(?:\d+\.)?decap-cms\.js$/;
const CONFIG_FILE = 'config.yml';

/** The folder of the pinned decap-cms package's ready-made bundle. */
export function decapBundleDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** The bundle's file names: `decap-cms.js` and its numbered chunks. */
export async function decapBundleFiles(dir = decapBundleDir()): Promise<string[]> {
  return (await readdir(dir)).filter((file) => BUNDLE_FILE.test(file)).sort();
}

/** Copies the bundle and writes the configuration into `outDir/admin/`. */
export async function writeWebEditor(outDir: string, root: string): Promise<number> {
  const target = path.join(outDir, ADMIN_PATH);
  const source = decapBundleDir();
  await mkdir(target, { recursive: true });
  const files = await decapBundleFiles(source);
  await Promise.all(
    files.map((file) => copyFile(path.join(source, file), path.join(target, file))),
  );
  await writeFile(
    path.join(target, CONFIG_FILE),
    await cmsConfigFile(root, path.resolve(root, contentDir)),
  );
  return files.length;
}

/**
 * The web editor's files beside its page (src/pages/admin/): Decap's bundle copied out of
 * node_modules, so opening /admin/ asks no CDN or third party for code, and its configuration,
 * generated from the schemas at every build. `astro dev` (`npm run cms`) serves both directly.
 */
export function webEditor(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'editor-web',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const file = request.url?.startsWith(ADMIN_PATH)
            ? request.url.slice(ADMIN_PATH.length).split('?')[0]
            : undefined;
          if (!file || !(file === CONFIG_FILE || BUNDLE_FILE.test(file))) return next();
          try {
            if (file === CONFIG_FILE) {
              response.setHeader('content-type', 'text/yaml; charset=utf-8');
              response.end(await cmsConfigFile(root, path.resolve(root, contentDir)));
            } else {
              response.setHeader('content-type', 'text/javascript; charset=utf-8');
              response.end(await readFile(path.join(decapBundleDir(), file)));
            }
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const files = await writeWebEditor(fileURLToPath(dir), root);
          logger.info(
            `editor web: Decap CMS (${files} berkas) dan ${CONFIG_FILE} di ${ADMIN_PATH}.`,
          );
        } catch (error) {
          throw new Error(`Editor web di ${ADMIN_PATH} tidak dapat ditulis.`, { cause: error });
        }
      },
    },
  };
}
