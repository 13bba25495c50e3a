/**
 * New entries for `npm run baru`: complete frontmatter with a hint on every line, saved as a draft,
 * so an editor starts from something the build already accepts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { INDICATORS, type IndicatorKey } from '../evaluation/indicators.ts';
import { slugify } from '../slug.ts';
import { readFrontmatter } from './frontmatter.ts';
import { LIMITS, span } from './limits.ts';
import { entryFiles, entryIdFromPath } from './paths.ts';

/**
 * Example values the scaffold writes, and those the editor guide's templates and tables show
 * (`from: 'panduan'`); `periksa` reports any still left when an entry goes live.
 */
export const SCAFFOLD_HINTS = [
  // Only the guide's copy of the template has this title; npm run baru writes the editor's own.
  { field: 'title', value: 'Ganti dengan judul berita', from: 'panduan' },
  // A story would name a person "Nama sesuai formulir persetujuan" under a made-up form number.
  { field: 'subject.name', value: 'Nama sesuai formulir persetujuan', from: 'panduan' },
  { field: 'subject.consent.reference', value: 'PERSETUJUAN/2026/014', from: 'panduan' },
  {
    field: 'source.report',
    value: 'https://kanwil.contoh.example/laporan/evaluasi-semester-i-2027.pdf',
    from: 'panduan',
  },
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

/** The first body line of a scaffolded evaluation, under its "Ringkasan" heading. */
export const EVALUATION_BODY_HINT =
  'Tulis temuan utama evaluasi ini dalam beberapa kalimat: apa yang dievaluasi, oleh siapa, dan hasilnya.';

/** The scaffold's sample heading, under which an editor writes the rest of the body. */
const SAMPLE_HEADING = '## Subjudul';
const CONTINUE_HINT =
  'Lanjutkan tulisan. Komponen yang tersedia (Gambar, Kutipan, FaktaKunci, Galeri) dijelaskan di\ndocs/panduan-editor.md.';
const FINDINGS_HINT =
  'Uraikan temuan per program. Angka di figures tidak perlu diulang di sini: jelaskan artinya, dan\nmengapa angka yang belum tersedia belum ada.';
const NEXT_STEPS_HINT =
  'Tulis langkah yang disepakati sesudah evaluasi ini, siapa yang melaksanakannya, dan kapan.';

/** Characters of an instruction that identify it; no editor's own sentence starts like these. */
const HINT_PREFIX = 30;

/**
 * Whether a body line is one of the scaffolds' instructions rather than the editor's text: any
 * left means part of the body was never written, even when its first paragraph was.
 */
export function isScaffoldBodyLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  // The start of each instruction is enough: an editor's wrapping may move its line breaks.
  return (
    text === SAMPLE_HEADING ||
    [SCAFFOLD_BODY_HINT, CONTINUE_HINT, EVALUATION_BODY_HINT, FINDINGS_HINT, NEXT_STEPS_HINT].some(
      (hint) => text.startsWith(hint.slice(0, HINT_PREFIX)),
    )
  );
}

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
  image: ./cover.jpg # ganti cover.jpg dengan foto Anda (lebar minimal ${LIMITS.coverWidth} px), nama file boleh lain
  alt: ${quote(hint('cover.alt'))}
  caption: ${quote(hint('cover.caption'))}
  credit: ${quote(hint('cover.credit'))}`;

function frontmatter(collection: ScaffoldCollection, title: string, today: string): string {
  switch (collection) {
    case 'berita':
      return `title: ${quote(title)} # ${span(LIMITS.headline)} karakter
description: ${quote(hint('description'))} # ${span(LIMITS.description)} karakter, satu kalimat
publishDate: ${today} # TTTT-BB-HH; tanggal di masa depan = terbit otomatis pagi hari itu
author: "Tim Humas Pemkot Ambon" # kantor atau tim penulis
${COVER}
tags: ["pembinaan"] # ${span(LIMITS.tags)} topik huruf kecil
programs: [] # nama folder di content/program/, misalnya ["tata-boga"]
featured: false # true = tampil paling atas di beranda
illustrative: false # true = contoh, bukan peristiwa nyata (pembaca melihat label Contoh)
draft: true # ubah ke false bila siap terbit`;
    case 'program':
      return `title: ${quote(title)} # ${span(LIMITS.name)} karakter
category: vokasional # vokasional atau kepribadian
summary: ${quote(hint('summary'))} # ${span(LIMITS.summary)} karakter
${COVER}
partners: ["Pemerintah Kota Ambon", "Kanwil Ditjenpas Maluku"] # lembaga pelaksana
locations: ["Lembaga pemasyarakatan di wilayah Maluku"] # tempat pelaksanaan
status: disepakati # disepakati, berjalan, atau selesai
order: 99 # urutan dalam kategorinya, 1 paling awal
illustrative: false
draft: true # ubah ke false bila siap terbit`;
    case 'kisah':
      return `title: ${quote(title)} # ${span(LIMITS.headline)} karakter
summary: ${quote(hint('summary'))} # ${span(LIMITS.summary)} karakter
publishDate: ${today} # TTTT-BB-HH
subject:
  alias: ${quote(hint('subject.alias'))} # inisial dan usia, misalnya "R., 34"; jangan nama lengkap
  # name dan foto orangnya hanya boleh dengan persetujuan tertulis; lihat docs/panduan-editor.md
${COVER}
  showsPerson: false # true hanya bila ada persetujuan tercatat
programs: [] # nama folder di content/program/
tags: ["reintegrasi sosial"] # ${span(LIMITS.tags)} topik huruf kecil
illustrative: false
draft: true # ubah ke false bila siap terbit`;
  }
}

const BODY = `${SCAFFOLD_BODY_HINT}

${SAMPLE_HEADING}

${CONTINUE_HINT}
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

/** A program an evaluation can give figures for, as `npm run baru` reads it from its folder. */
export interface ScaffoldProgram {
  /** Folder name under `content/program/`. */
  id: string;
  /** Its title, when its frontmatter can be read. */
  title?: string | undefined;
  category?: 'vokasional' | 'kepribadian' | undefined;
  /** Position within its category, as on the programs page. */
  order?: number | undefined;
  /** Still being written: an evaluation may not publish its figures yet, so it gets no row. */
  draft?: boolean | undefined;
}

/**
 * Every program under `contentRoot`/program/, with what its frontmatter says when it can be read:
 * a program whose frontmatter is being fixed still gets its row.
 */
export async function scaffoldPrograms(contentRoot: string): Promise<ScaffoldProgram[]> {
  const folder = path.join(contentRoot, 'program');
  return Promise.all(
    (await entryFiles(folder)).map(async (file) => {
      const id = entryIdFromPath(path.relative(folder, file));
      try {
        const { title, category, order, draft } = readFrontmatter(
          await readFile(file, 'utf8'),
        ).data;
        return {
          id,
          title: typeof title === 'string' ? title : undefined,
          category: category === 'vokasional' || category === 'kepribadian' ? category : undefined,
          order: typeof order === 'number' ? order : undefined,
          draft: draft === true,
        };
      } catch {
        return { id };
      }
    }),
  );
}

/** Start and end of a period, `TTTT-BB-HH`. */
export interface PeriodDates {
  start: string;
  end: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The dates of a period named the usual way: "Semester I 2027" (January–June), "Semester II"
 * (July–December), "Triwulan I" to "Triwulan IV" (three months each). `undefined` for any other
 * name: the editor writes the dates, since a guess would be published as a fact.
 */
export function guessPeriod(label: string): PeriodDates | undefined {
  const match = /^(semester|triwulan)\s+(i{1,3}|iv)\s+(\d{4})$/i.exec(label.trim());
  if (!match) return undefined;
  const [, kind = '', numeral = '', yearText = ''] = match;
  const months = kind.toLowerCase() === 'semester' ? 6 : 3;
  const part = ROMAN[numeral.toLowerCase()] ?? 0;
  if (part * months > 12) return undefined;
  const year = Number(yearText);
  return {
    start: iso(new Date(Date.UTC(year, (part - 1) * months, 1))),
    end: iso(new Date(Date.UTC(year, part * months, 0))),
  };
}

/** What the scaffold writes for an unknown date: the schema refuses it, naming the format. */
export const DATE_PLACEHOLDER = 'TTTT-BB-HH';

const CATEGORY_ORDER = { vokasional: 0, kepribadian: 1 } as const;

/** Programs in the order of the programs page: skills first, then character, each by `order`. */
function pageOrder(a: ScaffoldProgram, b: ScaffoldProgram): number {
  const rank = (program: ScaffoldProgram) =>
    program.category ? CATEGORY_ORDER[program.category] : Object.keys(CATEGORY_ORDER).length;
  return (
    rank(a) - rank(b) ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    (a.id < b.id ? -1 : 1)
  );
}

const indicatorLabel = (key: IndicatorKey) =>
  INDICATORS.find((indicator) => indicator.key === key)?.label;

/** Each figure line's hint: what is counted, and the figure it may not exceed. */
const FIGURE_HINTS: Record<IndicatorKey, string> = {
  enrolled: `${indicatorLabel('enrolled')}`,
  completed: `${indicatorLabel('completed')}; tidak lebih dari enrolled`,
  certified: `${indicatorLabel('certified')}; tidak lebih dari completed`,
  working: `${indicatorLabel('working')}; tidak lebih dari completed`,
};

/**
 * One `figures` row per program, every count left empty for the editor to fill in what is known.
 * Character programs issue no certificate, so their rows have no `certified` line to fill in.
 */
function figureRows(programs: readonly ScaffoldProgram[]): string {
  if (programs.length === 0) return 'figures: [] # belum ada program di content/program/';
  const rows = [...programs].sort(pageOrder).map((program) => {
    const about = program.category
      ? [program.title, program.category].filter(Boolean).join(', ')
      : 'kategorinya belum terbaca; hapus baris certified bila program ini pembinaan kepribadian';
    const keys = INDICATORS.map((indicator) => indicator.key).filter(
      (key) => key !== 'certified' || program.category !== 'kepribadian',
    );
    return [
      `  - program: ${program.id} # ${about}`,
      ...keys.map((key) => `    ${key}: # ${FIGURE_HINTS[key]}`),
    ].join('\n');
  });
  return [
    'figures: # satu baris per program; angka yang belum diketahui dibiarkan kosong, jangan ditulis 0',
    ...rows,
  ].join('\n');
}

const EVALUATION_BODY = `## Ringkasan

${EVALUATION_BODY_HINT}

## Temuan

${FINDINGS_HINT}

## Tindak lanjut

${NEXT_STEPS_HINT}
`;

/**
 * The folder name and `index.mdx` for the evaluation of the period named `periodLabel` (for
 * example "Semester I 2027"), dated `today` (`TTTT-BB-HH`), with a figures row for each program.
 */
export function scaffoldEvaluation(
  periodLabel: string,
  today: string,
  programs: readonly ScaffoldProgram[],
): Scaffold {
  const periodName = periodLabel.trim();
  const slug = slugify(periodName);
  if (!slug) throw new Error('Nama periode harus memuat huruf atau angka.');
  const dates = guessPeriod(periodName);
  const start = dates?.start ?? DATE_PLACEHOLDER;
  const end = dates?.end ?? DATE_PLACEHOLDER;
  const frontmatter = `title: ${quote(`Evaluasi Program Pembinaan ${periodName}`)} # ${span(LIMITS.headline)} karakter
summary: ${quote(hint('summary'))} # ${span(LIMITS.summary)} karakter: temuan utama dalam satu atau dua kalimat
period:
  label: ${quote(periodName)} # nama periode seperti disebut pembaca, ${span(LIMITS.periodLabel)} karakter
  start: ${start} # hari pertama periode, TTTT-BB-HH
  end: ${end} # hari terakhir periode, TTTT-BB-HH
source:
  evaluator: "Kanwil Ditjenpas Maluku" # kantor atau tim yang mengevaluasi
  # report: "https://…" alamat laporan bertanda tangan di situs kantor, tambahkan setelah terbit
${figureRows(programs.filter((program) => !program.draft))}
# cover: gambar laporan (opsional); lihat docs/panduan-editor.md
publishDate: ${today} # TTTT-BB-HH, sesudah period.end; tanggal di masa depan = terbit otomatis hari itu
illustrative: false # true = angka rekaan atau contoh (pembaca melihat label Contoh)
draft: true # ubah ke false bila siap terbit`;
  return { slug, mdx: `---\n${frontmatter}\n---\n\n${EVALUATION_BODY}` };
}
