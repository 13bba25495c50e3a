import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { frontmatterProblem } from './frontmatter.ts';
import { ContentError, formatProblems, type ContentProblem } from './messages.ts';
import { contentDir, entryFiles, entryIdFromPath } from './paths.ts';
import { checkEntry, type SchemaFactory } from './validateEntry.ts';

/** Entries in a collection folder whose frontmatter cannot be read, with the reason. */
async function unreadableEntries(root: string, baseDir: string): Promise<ContentProblem[]> {
  return (await entryFiles(baseDir)).flatMap((file) => {
    const problem = frontmatterProblem(
      path.relative(root, file).split(path.sep).join('/'),
      readFileSync(file, 'utf8'),
    );
    return problem ? [problem] : [];
  });
}

/**
 * Rules across a collection's entries, which no single entry's schema can see, run once every
 * entry is loaded: `entries` as the store holds them, `contentRoot` the content folder.
 */
export type AcrossEntries = (
  entries: ReturnType<LoaderContext['store']['values']>,
  contentRoot: string,
) => Promise<ContentProblem[]>;

/**
 * Astro's glob loader for `content/<collection>/`, with two guarantees for editors: every problem
 * in an entry, or across the entries (`acrossEntries`), stops the build with an Indonesian message
 * naming the file, the field and the fix, before any page is bundled; and two files never
 * silently share one address, whether or not the build cache is warm.
 */
export function contentLoader(
  collection: string,
  schema: SchemaFactory,
  acrossEntries?: AcrossEntries,
): Loader {
  const base = `./${contentDir}/${collection}`;
  // The glob loader names every file through `generateId`, changed or not, before it decides
  // whether to read it again; `load` points this at the current build's bookkeeping.
  let named: (entry: string, id: string) => void = () => undefined;
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base,
    generateId: ({ entry }) => {
      const id = entryIdFromPath(entry);
      named(entry, id);
      return id;
    },
  });

  return {
    name: `konten-${collection}`,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = path.resolve(root, base);
      const fromRoot = (entry: string) =>
        path.relative(root, path.join(baseDir, entry)).split(path.sep).join('/');
      const entryById = new Map<string, string>();
      named = (entry, id) => {
        const earlier = entryById.get(id);
        // In `astro dev` a file renamed to the same address is still remembered under its old name.
        if (earlier !== undefined && earlier !== entry && existsSync(path.join(baseDir, earlier))) {
          throw new ContentError(
            formatProblems([
              {
                file: fromRoot(entry),
                field: '',
                problem: `alamat "${id}" sudah dipakai oleh ${fromRoot(earlier)}; salah satunya akan hilang.`,
                fix: 'Ganti nama salah satu folder atau file agar setiap entri punya alamat sendiri.',
              },
            ]),
          );
        }
        entryById.set(id, entry);
        // Astro keeps an entry whose text is unchanged exactly as the last build stored it, file
        // path included: after `x.mdx` moves to `x/index.mdx`, "Ubah halaman ini" would still
        // point at the old file. Forgetting it makes the loader read the file where it now is.
        const stored = context.store.get(id);
        if (stored?.filePath && stored.filePath !== fromRoot(entry)) context.store.delete(id);
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const filePath = props.filePath ?? '';
        const { problems: found } = await checkEntry({
          collection,
          entryPath: path.relative(baseDir, filePath),
          filePath,
          root,
          data: props.data,
          raw: readFileSync(filePath, 'utf8'),
          schema,
        });
        const problems = found.filter((problem) => problem.severity !== 'peringatan');
        if (problems.length > 0) throw new ContentError(formatProblems(problems));
        const warnings = found.filter((problem) => problem.severity === 'peringatan');
        if (warnings.length > 0)
          context.logger.warn(formatProblems(warnings, 'Perlu diperhatikan'));
        // Only this file holds the id (checked above), so the stored entry is its own older
        // version; the glob loader would otherwise warn of a "duplicate id" on every edit.
        context.store.delete(props.id);
        return context.parseData(props);
      };
      // Astro's glob loader warns in English of a collection folder without entries; for an
      // editor that is an ordinary state (no story published yet), said in Indonesian instead.
      let empty = false;
      const logger: LoaderContext['logger'] = Object.assign(Object.create(context.logger), {
        warn: (message: string) => {
          if (message.startsWith('No files found matching')) empty = true;
          else context.logger.warn(message);
        },
      });
      try {
        await inner.load({ ...context, logger, parseData });
      } catch (error) {
        if (error instanceof ContentError) throw error;
        // Astro's own frontmatter parser fails without naming the file; find it and say why.
        const unreadable = await unreadableEntries(root, baseDir);
        if (unreadable.length > 0) throw new ContentError(formatProblems(unreadable));
        throw new Error(`Koleksi "${collection}" di ${base} gagal dimuat.`, { cause: error });
      }
      // A collection folder with no entry left (a `.gitkeep`, or pictures left behind) makes
      // Astro's glob loader return early, keeping every entry the last build stored: with a warm
      // cache the deleted last story was still rendered, and the build failed on its missing file
      // and image. An entry whose file is gone is forgotten here.
      for (const stored of context.store.values()) {
        if (stored.filePath && !existsSync(path.resolve(root, stored.filePath)))
          context.store.delete(stored.id);
      }
      if (empty)
        context.logger.info(
          `Belum ada entri ${collection}: folder ${contentDir}/${collection} kosong.`,
        );
      const across = await acrossEntries?.(context.store.values(), path.resolve(root, contentDir));
      if (across?.length) throw new ContentError(formatProblems(across));
    },
  };
}
