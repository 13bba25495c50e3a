/**
 * `npm run baru -- berita "Judul Artikel"` (or `program`, `kisah`): creates
 * content/<koleksi>/<alamat>/ with a complete, draft index.mdx and a temporary cover image, and
 * says what to do next. `npm run baru -- evaluasi "Semester I 2027"` takes the period's name
 * instead of a title and writes a figures row for every program, without a cover. Never
 * overwrites an existing entry.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '../src/lib/content/limits.ts';
import { candidateEntryFiles, contentDir } from '../src/lib/content/paths.ts';
import {
  scaffoldEntry,
  scaffoldEvaluation,
  scaffoldPrograms,
  todayInMaluku,
  type ScaffoldCollection,
} from '../src/lib/content/scaffold.ts';
import { standInCover } from '../src/lib/content/standInCover.ts';

const COLLECTIONS = ['berita', 'program', 'kisah', 'evaluasi'] as const;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collection, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!collection || !(COLLECTIONS as readonly string[]).includes(collection) || !title) {
  fail(
    'Cara pakai: npm run baru -- <berita|program|kisah> "Judul entri"\n' +
      '            npm run baru -- evaluasi "Nama periode"\n' +
      'Contoh:     npm run baru -- berita "Pelatihan Las Dimulai di Ambon"\n' +
      '            npm run baru -- evaluasi "Semester I 2027"',
  );
}

const root = process.cwd();
const evaluation = collection === 'evaluasi';
const { slug, mdx } = evaluation
  ? scaffoldEvaluation(title, todayInMaluku(), await scaffoldPrograms(path.join(root, contentDir)))
  : scaffoldEntry(collection as ScaffoldCollection, title, todayInMaluku());
const folder = path.join(root, contentDir, collection, slug);
const existing = [
  folder,
  ...candidateEntryFiles(path.join(root, contentDir), collection, slug),
].find((candidate) => existsSync(candidate));
if (existing) {
  fail(
    `Tidak dibuat: ${path.relative(root, existing)} sudah ada, dan isinya tidak akan ditimpa.\n` +
      'Pakai judul lain, atau sunting entri yang sudah ada.',
  );
}

await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, 'index.mdx'), mdx, { flag: 'wx' });

const relative = path.relative(root, folder);
if (evaluation) {
  console.log(`Evaluasi baru dibuat: ${relative}/index.mdx (draf)

Langkah berikutnya:
  1. Periksa period: start dan end (TTTT-BB-HH) harus tepat hari pertama dan terakhir periode.
  2. Isi angka setiap program di figures yang sudah diketahui. Angka yang belum diketahui dibiarkan
     kosong atau barisnya dihapus, jangan ditulis 0. certified hanya untuk program vokasional.
  3. Tambahkan report: dengan alamat https:// laporan bertanda tangan setelah terbit di situs kantor.
  4. Tulis ringkasan, temuan, dan tindak lanjut di bawah baris --- kedua.
  5. Jalankan npm run periksa untuk memeriksa semuanya, lalu npm run dev untuk melihat pratinjaunya
     di http://127.0.0.1:4321/evaluasi/${slug}/
  6. Bila siap terbit, ubah draft: true menjadi draft: false dan kirim perubahan (pull request).
Panduan lengkap: docs/panduan-editor.md, bagian "Evaluasi program".`);
} else {
  // A marked stand-in lets the draft build at once; periksa reports it until it is replaced.
  await writeFile(path.join(folder, 'cover.jpg'), await standInCover(), { flag: 'wx' });

  console.log(`Entri baru dibuat: ${relative}/index.mdx (draf)

Langkah berikutnya:
  1. Ganti ${relative}/cover.jpg dengan foto Anda (lebar minimal ${LIMITS.coverWidth} px) dan tulis teks alt-nya.
  2. Lengkapi isi frontmatter di ${relative}/index.mdx: setiap baris punya petunjuk setelah tanda #.
  3. Tulis isi tulisan di bawah baris --- kedua.
  4. Jalankan npm run periksa untuk memeriksa semuanya, lalu npm run dev untuk melihat pratinjaunya
     di http://127.0.0.1:4321/${collection}/${slug}/
  5. Bila siap terbit, ubah draft: true menjadi draft: false dan kirim perubahan (pull request).
Panduan lengkap: docs/panduan-editor.md`);
}
