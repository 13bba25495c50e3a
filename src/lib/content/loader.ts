import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatProblems } from './messages.ts';
import { contentDir, entryIdFromPath } from './paths.ts';
import { findEntryProblems, type SchemaFactory } from './validateEntry.ts';

/**
 * Raised when an editor's entry cannot be published. Its message is written for the editor; the
 * stack trace would only point into this loader, so it is left out of what the build prints.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}

/**
 * Astro's glob loader for `content/<collection>/`, with two guarantees for editors: every problem
 * in an entry stops the build with an Indonesian message naming the file, the field and the fix,
 * and two files never silently share one address.
 */
export function contentLoader(collection: string, schema: SchemaFactory): Loader {
  const base = `./${contentDir}/${collection}`;
  const inner = glob({
    pattern: '**/*.{md,mdx}',
    base,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });

  return {
    name: `konten-${collection}`,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const fileById = new Map<string, string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const filePath = props.filePath ?? '';
        const entryPath = path.relative(path.resolve(root, base), filePath);
        const problems = findEntryProblems({
          collection,
          entryPath,
          filePath,
          root,
          data: props.data,
          raw: readFileSync(filePath, 'utf8'),
          schema,
        });
        const earlier = fileById.get(props.id);
        if (earlier && earlier !== filePath) {
          problems.push({
            file: path.relative(root, filePath),
            field: '',
            problem: `alamat "${props.id}" sudah dipakai oleh ${path.relative(root, earlier)}; salah satunya akan hilang.`,
            fix: 'Ganti nama salah satu folder atau file agar setiap entri punya alamat sendiri.',
          });
        }
        if (problems.length > 0) throw new ContentError(formatProblems(problems));
        fileById.set(props.id, filePath);
        return context.parseData(props);
      };
      try {
        await inner.load({ ...context, parseData });
      } catch (error) {
        if (error instanceof ContentError) throw error;
        throw new Error(`Koleksi "${collection}" di ${base} gagal dimuat.`, { cause: error });
      }
    },
  };
}
