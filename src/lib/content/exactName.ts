/**
 * File names compared letter for letter, as on the Linux machines that build the site. Windows and
 * macOS answer for `Foto.JPG` when asked for `foto.jpg`, so `existsSync` there let an entry pass
 * `npm run periksa` on an editor's laptop and then stop the build in CI, and took `index.MDX` for
 * the `index.mdx` the site reads.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type Lookup =
  | { found: 'exact' }
  /** Found only with other capitals; `spelled` is the path from the folder as really written. */
  | { found: 'otherCase'; spelled: string }
  | { found: 'none' };

/**
 * Looks `file` up one name at a time from `folder`, reading each folder's listing; `..` and `.`
 * steps are followed as written.
 */
export function lookUp(folder: string, file: string): Lookup {
  let dir = folder;
  let exact = true;
  const spelled: string[] = [];
  for (const part of path.relative(folder, file).split(path.sep)) {
    if (part === '' || part === '.' || part === '..') {
      dir = path.join(dir, part);
      spelled.push(part);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return { found: 'none' };
    }
    const name = names.includes(part)
      ? part
      : names.find((candidate) => candidate.toLowerCase() === part.toLowerCase());
    if (name === undefined) return { found: 'none' };
    exact &&= name === part;
    spelled.push(name);
    dir = path.join(dir, name);
  }
  return exact ? { found: 'exact' } : { found: 'otherCase', spelled: spelled.join('/') };
}

/** Whether `file` exists under `folder` with exactly this spelling. */
export const existsExactly = (folder: string, file: string) =>
  lookUp(folder, file).found === 'exact';

/**
 * The message for an image named with other capitals than its file: `written` as the entry has
 * it, `spelled` as `lookUp` found it.
 */
export function otherCaseImage(written: string, spelled: string): { problem: string; fix: string } {
  return {
    problem: `nama file gambar "${written}" berbeda huruf besar-kecilnya dengan berkas "${spelled}" di folder entri.`,
    fix: `Tulis "./${spelled}", atau ganti nama berkasnya menjadi "${path.basename(written)}". Windows dan macOS tidak membedakan huruf besar-kecil, server yang membangun situs membedakannya.`,
  };
}
