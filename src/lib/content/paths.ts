import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Folder that holds the collections, relative to the project root. Tests point it at fixture
 * sites; everyone else uses `content/`.
 */
export const contentDir = process.env.SITE_CONTENT_DIR ?? 'content';

/** The address of an entry from its path inside the collection folder: `abc/index.mdx` → `abc`. */
export function entryIdFromPath(entryPath: string): string {
  return entryPath.replace(/\\/g, '/').replace(/(?:\/index)?\.mdx?$/, '');
}

/**
 * Files that may define the entry `id` in `collection`, in the order an editor would use them.
 * `contentRoot` is the content folder itself (absolute, or relative to the working directory).
 */
export function candidateEntryFiles(contentRoot: string, collection: string, id: string): string[] {
  const base = path.join(contentRoot, collection);
  return ['index.mdx', 'index.md']
    .map((file) => path.join(base, id, file))
    .concat(['.mdx', '.md'].map((ext) => path.join(base, `${id}${ext}`)));
}

/** Every entry file (`.md`, `.mdx`) under a collection folder, sorted; none when it is missing. */
export async function entryFiles(dir: string): Promise<string[]> {
  try {
    const found = await readdir(dir, { recursive: true, withFileTypes: true });
    return found
      .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}
