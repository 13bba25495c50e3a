/**
 * New entries for `npm run baru`: complete frontmatter with a hint on every line, saved as a draft,
 * so an editor starts from something the build already accepts.
 */
import { slugify } from '../slug.ts';

/** Example values the scaffold writes; `periksa` reports any still left when an entry goes live. */
export const SCAFFOLD_HINTS = [
  {
    field: 'description',
    value: 'Tulis satu kalimat ringkasan berita ini untuk daftar berita dan hasil pencarian.',
  },
  {
    field: 'summary',
    value: 'Tulis ringkasan satu atau dua kalimat untuk daftar dan hasil pencarian di situs.',
  },
  { field: 'cover.alt', value: 'Tulis apa yang terlihat di gambar sampul dalam satu kalimat' },
  { field: 'cover.caption', value: 'Keterangan gambar (boleh dihapus).' },
  { field: 'cover.credit', value: 'Foto: nama fotografer atau kantor (boleh dihapus)' },
  { field: 'subject.alias', value: 'X., 00' },
] as const;

/** The scaffold's first body line; still there means the body was never written. */
export const SCAFFOLD_BODY_HINT = 'Tulis paragraf pembuka di sini: siapa, apa, di mana, kapan.';

const hint = (field: string) => SCAFFOLD_HINTS.find((entry) => entry.field === field)?.value ?? '';

export type ScaffoldCollection = 'berita' | 'program' | 'kisah';

export interface Scaffold {
  /** Folder name, which is also the address: `/berita/<slug>/`. */
  slug: string;
  /** Contents of `index.mdx`. */
  mdx: string;
}

const quote = (text: string) => JSON.stringify(text);

const COVER = `cover:
  image: ./cover.jpg # ganti cover.jpg dengan foto Anda (lebar minimal 1200 px), nama file boleh lain
  alt: ${quote(hint('cover.alt'))}
  caption: ${quote(hint('cover.caption'))}
  credit: ${quote(hint('cover.credit'))}`;

function frontmatter(collection: ScaffoldCollection, title: string, today: string): string {
  switch (collection) {
    case 'berita':
      return `title: ${quote(title)} # 10–120 karakter
description: ${quote(hint('description'))} # 50–160 karakter, satu kalimat
publishDate: ${today} # TTTT-BB-HH; tanggal di masa depan = terbit otomatis pagi hari itu
author: "Tim Humas Pemkot Ambon" # kantor atau tim penulis
${COVER}
tags: ["pembinaan"] # 1–6 topik huruf kecil
programs: [] # nama folder di content/program/, misalnya ["tata-boga"]
featured: false # true = tampil paling atas di beranda
illustrative: false # true = contoh, bukan peristiwa nyata (pembaca melihat label Contoh)
draft: true # ubah ke false bila siap terbit`;
    case 'program':
      return `title: ${quote(title)} # 3–80 karakter
category: vokasional # vokasional atau kepribadian
summary: ${quote(hint('summary'))} # 50–200 karakter
${COVER}
partners: ["Pemerintah Kota Ambon", "Kanwil Ditjenpas Maluku"] # lembaga pelaksana
locations: ["Lembaga pemasyarakatan dan rumah tahanan di wilayah Maluku"] # tempat pelaksanaan
status: disepakati # disepakati, berjalan, atau selesai
order: 99 # urutan dalam kategorinya, 1 paling awal
illustrative: false
draft: true # ubah ke false bila siap terbit`;
    case 'kisah':
      return `title: ${quote(title)} # 10–120 karakter
summary: ${quote(hint('summary'))} # 50–200 karakter
publishDate: ${today} # TTTT-BB-HH
subject:
  alias: ${quote(hint('subject.alias'))} # inisial dan usia, misalnya "R., 34"; jangan nama lengkap
  # name dan foto orangnya hanya boleh dengan persetujuan tertulis; lihat docs/panduan-editor.md
${COVER}
  showsPerson: false # true hanya bila ada persetujuan tercatat
programs: [] # nama folder di content/program/
tags: ["reintegrasi sosial"] # 1–6 topik huruf kecil
illustrative: false
draft: true # ubah ke false bila siap terbit`;
  }
}

const BODY = `${SCAFFOLD_BODY_HINT}

## Subjudul

Lanjutkan tulisan. Komponen yang tersedia (Gambar, Kutipan, FaktaKunci, Galeri) dijelaskan di
docs/panduan-editor.md.
`;

/** The folder name and `index.mdx` for a new entry titled `title`, dated `today` (`TTTT-BB-HH`). */
export function scaffoldEntry(
  collection: ScaffoldCollection,
  title: string,
  today: string,
): Scaffold {
  const slug = slugify(title);
  if (!slug) throw new Error('Judul harus memuat huruf atau angka.');
  return { slug, mdx: `---\n${frontmatter(collection, title, today)}\n---\n\n${BODY}` };
}

/** Today's date in Maluku (WIT), as frontmatter writes it. */
export function todayInMaluku(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jayapura' }).format(now);
}
