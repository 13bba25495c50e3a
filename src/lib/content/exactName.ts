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
  | {
      found: 'otherCase';
      /** The path as really spelled, steps joined with `/`. */
      spelled: string;
      /** The first step spelled otherwise: as written, as on disk, and whether it is a folder. */
      step: { written: string; actual: string; isFolder: boolean };
    }
  | { found: 'none' };

/**
 * Names as macOS may store them (letters with accents decomposed) and as an editor types them
 * (composed) are the same name: git on macOS commits the composed form.
 */
const sameName = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');
const sameLetters = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * Looks up `relative`, a path as an editor wrote it (`./foto.jpg`, `../bersama/logo.png`, with `/`
 * or `\`), from `folder`, one step at a time in each folder's listing. The steps are taken as
 * written: resolving the path first would let Windows fold the case of a folder on the way.
 */
export function lookUp(folder: string, relative: string): Lookup {
  let dir = folder;
  const spelled: string[] = [];
  let step: Extract<Lookup, { found: 'otherCase' }>['step'] | undefined;
  const parts = relative.split(/[\\/]/).filter((part) => part !== '' && part !== '.');
  for (const [index, part] of parts.entries()) {
    if (part === '..') {
      dir = path.dirname(dir);
      spelled.push(part);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return { found: 'none' };
    }
    const name =
      names.find((candidate) => sameName(candidate, part)) ??
      names.find((candidate) => sameLetters(candidate, part));
    if (name === undefined) return { found: 'none' };
    if (!step && !sameName(name, part))
      step = { written: part, actual: name, isFolder: index < parts.length - 1 };
    spelled.push(name);
    dir = path.join(dir, name);
  }
  return step ? { found: 'otherCase', spelled: spelled.join('/'), step } : { found: 'exact' };
}

/** Whether `relative` exists under `folder` with exactly this spelling. */
export const existsExactly = (folder: string, relative: string) =>
  lookUp(folder, relative).found === 'exact';

/**
 * The message for an image named with other capitals than its file: `written` as the entry has
 * it (a Markdown path keeps its `%20`), `found` as `lookUp` answered for it.
 */
export function otherCaseImage(
  written: string,
  found: Extract<Lookup, { found: 'otherCase' }>,
): { problem: string; fix: string } {
  const { spelled, step } = found;
  const encoded = /%[0-9a-f]{2}/i.test(written) ? encodeURI(spelled) : spelled;
  const suggestion = spelled.startsWith('..') ? encoded : `./${encoded}`;
  return {
    problem: `nama gambar "${written}" berbeda huruf besar-kecilnya dari yang tersimpan: "${suggestion}".`,
    fix: `Tulis "${suggestion}", atau ganti nama ${step.isFolder ? 'folder' : 'berkas'} "${step.actual}" menjadi "${step.written}". Windows dan macOS tidak membedakan huruf besar-kecil, tetapi server yang membangun situs membedakannya.`,
  };
}
