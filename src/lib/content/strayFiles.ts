/**
 * Files an editor put in `content/` that the site never reads: a collection folder written
 * `Berita`, an entry saved as `index.MDX` or, by Notepad, as `index.mdx.txt`, a document left
 * beside an article. The build skips them without a word, so the article an editor wrote would
 * simply be missing; `periksa` names each one instead.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { existsExactly } from './exactName.ts';
import type { ContentProblem } from './messages.ts';

/** Where an entry's text must be, and how its file must end, for the site to read it. */
const ENTRY_FILE = /\.mdx?$/;
/** Names that show a file was meant as an entry's text: `index.MDX`, `index.mdx.txt`, `Berita.md`. */
const MEANT_AS_ENTRY = /\.mdx?$|\.mdx?(?:\.[a-z0-9]+|~)$|^index(?:\.|$)/i;
/** Pictures are read when an entry names them; the entry's own checks report a missing one. */
const IMAGE = /\.(?:jpe?g|png|webp|avif|gif|svg|heic|heif|bmp|tiff?)$/i;
/** Documents an editor may leave beside an entry, which the site never shows. */
const DOCUMENT = /\.(?:txt|docx?|odt|rtf|pdf|pages)$/i;

/**
 * Problems for the files under `contentRoot` (absolute, or relative to the working directory)
 * that no collection reads. `collections` are the folder names the site reads, `dataFiles` the
 * files it reads at the top level; hidden files (`.gitkeep`, `.DS_Store`) are left alone.
 * Paths in the messages are relative to `root`.
 */
export async function strayFileProblems(
  root: string,
  contentRoot: string,
  collections: readonly string[],
  dataFiles: readonly string[],
): Promise<ContentProblem[]> {
  const relative = (file: string) => path.relative(root, file).replace(/\\/g, '/');
  const listed = await readdir(contentRoot, { withFileTypes: true }).catch(() => []);
  const problems: ContentProblem[] = [];
  for (const item of listed) {
    if (item.name.startsWith('.')) continue;
    const itemPath = path.join(contentRoot, item.name);
    if (item.isDirectory()) {
      if (collections.includes(item.name)) {
        problems.push(...(await strayInCollection(itemPath, relative)));
        continue;
      }
      const meant = collections.find((collection) => collection === item.name.trim().toLowerCase());
      problems.push({
        file: relative(itemPath),
        field: '',
        problem: `folder "${item.name}" tidak dibaca situs, jadi isinya tidak akan terbit.`,
        fix: meant
          ? `Ganti nama folder menjadi ${meant} (huruf kecil semua), atau pindahkan isinya ke content/${meant}/.`
          : `Pindahkan isinya ke salah satu folder koleksi: ${collections.join(', ')}.`,
      });
    } else if (!dataFiles.includes(item.name)) {
      problems.push({
        file: relative(itemPath),
        field: '',
        severity: 'peringatan',
        problem: `berkas "${item.name}" di content/ tidak dibaca situs.`,
        fix: `Simpan setiap entri di foldernya sendiri di dalam salah satu folder koleksi (${collections.join(', ')}), atau hapus berkas ini.`,
      });
    }
  }
  return problems;
}

async function strayInCollection(
  collectionPath: string,
  relative: (file: string) => string,
): Promise<ContentProblem[]> {
  const found = await readdir(collectionPath, { recursive: true, withFileTypes: true });
  const files = found.filter((item) => item.isFile() && !item.name.startsWith('.'));
  const problems = files
    .filter((item) => !ENTRY_FILE.test(item.name) && !IMAGE.test(item.name))
    .flatMap((item) => strayFileProblem(item.parentPath, item.name, relative));
  // An entry folder with pictures but no text publishes nothing, whatever else it holds.
  const withText = new Set(
    files
      .filter((item) => MEANT_AS_ENTRY.test(item.name) && !IMAGE.test(item.name))
      .map((item) => path.relative(collectionPath, item.parentPath).split(path.sep)[0]),
  );
  for (const folder of found.filter(
    (item) => item.isDirectory() && item.parentPath === collectionPath,
  )) {
    if (folder.name.startsWith('.') || withText.has(folder.name)) continue;
    problems.push({
      file: relative(path.join(collectionPath, folder.name)),
      field: '',
      problem: `folder "${folder.name}" tidak berisi tulisan entri (index.mdx), jadi tidak ada yang terbit darinya.`,
      fix: 'Simpan tulisannya sebagai index.mdx di folder ini (npm run baru membuat kerangkanya), atau hapus folder ini.',
    });
  }
  return problems;
}

function strayFileProblem(
  folder: string,
  name: string,
  relative: (file: string) => string,
): ContentProblem[] {
  const file = relative(path.join(folder, name));
  if (MEANT_AS_ENTRY.test(name)) {
    const intended = name.replace(
      /\.(mdx?)(?:\.[a-z0-9]+|~)?$/i,
      (_, ext: string) => `.${ext.toLowerCase()}`,
    );
    // `index.mdx.orig` from a merge tool, `index.mdx~` or `.bak` from an editor: the text the
    // site reads is there already, and renaming the copy over it would lose that text.
    if (intended !== name && existsExactly(folder, intended)) {
      return [
        {
          file,
          field: '',
          severity: 'peringatan',
          problem: `berkas "${name}" tampaknya salinan cadangan; situs hanya membaca ${intended}.`,
          fix: `Hapus berkas ini bila ${intended} sudah berisi tulisan yang benar.`,
        },
      ];
    }
    return [
      {
        file,
        field: '',
        problem: `berkas "${name}" tidak dibaca situs: tulisan entri harus berakhiran .mdx atau .md (huruf kecil), jadi isinya tidak akan terbit.`,
        fix: ENTRY_FILE.test(intended)
          ? `Ganti nama berkas menjadi "${intended}". Bila Notepad menambahkan .txt, simpan dengan "Save as type: All files".`
          : 'Ganti nama berkas menjadi "index.mdx".',
      },
    ];
  }
  if (DOCUMENT.test(name)) {
    return [
      {
        file,
        field: '',
        severity: 'peringatan',
        problem: `berkas "${name}" tidak tampil di situs; hanya tulisan entri (.mdx) dan gambar yang dipakainya yang terbit.`,
        fix: 'Salin isinya ke index.mdx bila perlu tampil, lalu hapus berkas ini dari folder entri.',
      },
    ];
  }
  return [];
}
