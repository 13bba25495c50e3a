import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatProblems } from './messages.ts';
import { checkPadanan, PADANAN_ENTRY, PADANAN_FILE } from './padanan.ts';
import { contentDir } from './paths.ts';

/**
 * Loads `content/padanan.yml` into the `padanan` collection. A broken file stops the build with
 * the same Indonesian report as a broken article (file, line, field, fix); a missing file means
 * no equivalent words, not an error, so sites without one (tests, benchmarks) build as before.
 */
export function padananLoader(): Loader {
  return {
    name: 'konten-padanan',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const filePath = path.resolve(root, contentDir, PADANAN_FILE);
      const file = path.relative(root, filePath).split(path.sep).join('/');
      const sync = (): string | undefined => {
        context.store.clear();
        // Without the file the list is empty, but the entry exists: Astro warns of a missing
        // collection otherwise.
        if (!existsSync(filePath)) {
          context.store.set({ id: PADANAN_ENTRY, data: { kelompok: [] } });
          return undefined;
        }
        const { groups, problems } = checkPadanan(readFileSync(filePath, 'utf8'), file);
        if (problems.length > 0) return formatProblems(problems);
        context.store.set({ id: PADANAN_ENTRY, data: { kelompok: groups }, filePath: file });
        return undefined;
      };
      const failure = sync();
      if (failure) throw new ContentError(failure);
      // In `astro dev` an edit is read again; a mistake is shown, and the search keeps no list.
      context.watcher?.add(filePath);
      context.watcher?.on('change', (changed) => {
        if (path.resolve(changed) !== filePath) return;
        const problem = sync();
        if (problem) context.logger.error(problem);
      });
    },
  };
}
