import type { ZodIssue } from 'astro/zod';
import { LIMITS, span } from './limits.ts';

/** One thing an editor must change, in words an editor can act on. */
export interface ContentProblem {
  /** Path of the entry file from the project root, for example `content/berita/abc/index.mdx`. */
  file: string;
  /** Frontmatter field, for example `cover.alt`; empty when the problem is the file itself. */
  field: string;
  /** What is wrong, in Indonesian. */
  problem: string;
  /** What to do about it, in Indonesian. */
  fix: string;
  /** Line in the file, when known. */
  line?: number;
  /** Character position in that line, when known (MDX syntax errors). */
  column?: number;
  /** `peringatan` is reported but does not stop publishing. Default `galat`. */
  severity?: 'galat' | 'peringatan';
}

/** How to fill each field, keyed by its path with list positions written as `*`. */
const FIELD_FIXES: Record<string, string> = {
  title: `Tulis judul berita, kisah atau evaluasi ${span(LIMITS.headline)} karakter, judul program atau halaman ${span(LIMITS.name)} karakter, misalnya title: "Pelatihan Tata Boga Dimulai di Ambon".`,
  description: `Tulis satu kalimat ringkasan ${span(LIMITS.description)} karakter, misalnya description: "Warga binaan belajar mengolah hasil laut menjadi produk siap jual."`,
  summary: `Tulis ringkasan ${span(LIMITS.summary)} karakter dalam satu atau dua kalimat.`,
  author: 'Tulis nama kantor atau tim penulis, misalnya author: "Tim Humas Pemkot Ambon".',
  publishDate: 'Tulis tanggal dengan format TTTT-BB-HH, misalnya publishDate: 2026-11-27.',
  updatedDate:
    'Tulis tanggal dengan format TTTT-BB-HH yang tidak lebih awal dari tanggal terbit, misalnya updatedDate: 2026-11-28.',
  cover:
    'Tambahkan sampul: baris cover:, lalu di bawahnya baris image: ./cover.jpg dan alt: "…", masing-masing menjorok dua spasi.',
  'cover.image':
    'Letakkan file gambar di folder yang sama dengan index.mdx dan tulis namanya persis, misalnya image: ./cover.jpg.',
  'cover.alt': `Tulis apa yang terlihat di gambar dalam satu kalimat (${span(LIMITS.alt)} karakter), misalnya alt: "Peserta pelatihan menata hasil anyaman di atas meja".`,
  'cover.caption': `Tulis keterangan gambar paling banyak ${LIMITS.caption[1]} karakter, atau hapus baris caption.`,
  'cover.credit':
    'Tulis pembuat gambar, misalnya credit: "Foto: Humas Pemkot Ambon", atau hapus baris credit.',
  'cover.showsPerson':
    'Ganti sampul dengan gambar yang tidak menampilkan orang yang dapat dikenali dan tulis showsPerson: false, atau catat persetujuannya di subject.consent (reference dan date).',
  'subject.name':
    'Hapus baris name dan pakai alias saja, atau catat persetujuan tertulisnya di subject.consent (reference dan date).',
  'subject.consent':
    'Di bawah subject: tulis consent: (menjorok dua spasi), lalu di bawahnya reference: "nomor formulir persetujuan" dan date: TTTT-BB-HH (menjorok empat spasi).',
  'subject.consent.reference':
    'Tulis nomor atau kode formulir persetujuan, misalnya reference: "PERSETUJUAN/2026/014".',
  'subject.consent.date':
    'Tulis tanggal persetujuan ditandatangani, paling lambat tanggal terbit (publishDate), misalnya date: 2026-10-01; bila persetujuan belum ada, undur publishDate.',
  tags: `Tulis ${span(LIMITS.tags)} topik dalam huruf kecil, misalnya tags: ["pelatihan vokasional", "tata boga"].`,
  'tags.*': `Gunakan huruf kecil, angka, spasi atau tanda hubung, ${span(LIMITS.tag)} karakter, misalnya "tata boga".`,
  programs:
    'Tulis nama folder program di content/program/, masing-masing satu kali, misalnya programs: ["tata-boga"].',
  'programs.*':
    'Gunakan nama folder yang ada di content/program/, misalnya "tata-boga" atau "konseling".',
  featured: 'Tulis featured: true atau featured: false.',
  draft: 'Tulis draft: true selama masih ditulis, draft: false bila siap terbit.',
  illustrative:
    'Tulis illustrative: true bila isi ini contoh (bukan peristiwa atau orang nyata), illustrative: false bila nyata.',
  category: 'Tulis category: vokasional atau category: kepribadian.',
  partners: 'Tulis lembaga pelaksana sebagai daftar, misalnya partners: ["Pemerintah Kota Ambon"].',
  'partners.*': `Tulis nama lembaga ${span(LIMITS.place)} karakter.`,
  locations: 'Tulis tempat pelaksanaan sebagai daftar, misalnya locations: ["Lapas Ambon"].',
  'locations.*': `Tulis nama tempat ${span(LIMITS.place)} karakter.`,
  status: 'Tulis status: disepakati, status: berjalan atau status: selesai.',
  order: `Tulis urutan sebagai bilangan bulat ${span(LIMITS.order)}, misalnya order: 3.`,
  period:
    'Tambahkan baris period:, lalu di bawahnya label: "Semester I 2027", start: 2027-01-01 dan end: 2027-06-30, masing-masing menjorok dua spasi.',
  'period.label': `Tulis nama periode ${span(LIMITS.periodLabel)} karakter, misalnya label: "Semester I 2027".`,
  'period.start':
    'Tulis hari pertama periode dengan format TTTT-BB-HH, misalnya start: 2027-01-01.',
  'period.end':
    'Tulis hari terakhir periode dengan format TTTT-BB-HH, tidak lebih awal dari start, misalnya end: 2027-06-30.',
  source:
    'Tambahkan baris source:, lalu di bawahnya evaluator: "Kanwil Ditjenpas Maluku" (menjorok dua spasi).',
  'source.evaluator': `Tulis kantor atau tim yang mengevaluasi, ${span(LIMITS.evaluator)} karakter, misalnya evaluator: "Kanwil Ditjenpas Maluku".`,
  'source.report':
    'Tulis alamat lengkap laporan yang ditandatangani, diawali https://, atau hapus baris report sampai laporannya terbit.',
  figures:
    'Tulis angka per program sebagai daftar: figures:, lalu untuk setiap program baris "- program: tata-boga" diikuti enrolled:, completed:, certified:, dan working: (menjorok empat spasi). Setiap program satu kali.',
  'figures.*':
    'Setiap baris figures berisi program: dan angka-angkanya; lihat contoh di docs/panduan-editor.md.',
  'figures.*.program':
    'Gunakan nama folder yang ada di content/program/, misalnya program: tata-boga.',
  'figures.*.enrolled': `Tulis jumlah peserta terdaftar sebagai bilangan bulat ${span(LIMITS.count)}, misalnya enrolled: 25; bila belum diketahui, hapus barisnya (jangan tulis 0).`,
  'figures.*.completed':
    'Tulis jumlah yang menyelesaikan program, bilangan bulat yang tidak lebih besar dari enrolled; bila belum diketahui, hapus barisnya (jangan tulis 0).',
  'figures.*.certified':
    'Tulis jumlah yang memperoleh sertifikat, bilangan bulat yang tidak lebih besar dari completed; bila belum diketahui atau program ini tidak memberi sertifikat, hapus barisnya.',
  'figures.*.working':
    'Tulis jumlah yang bekerja atau berusaha, bilangan bulat yang tidak lebih besar dari completed; bila belum diketahui, hapus barisnya (jangan tulis 0).',
  'figures.*.note': `Tulis catatan ${span(LIMITS.note)} karakter dalam satu baris, atau hapus baris note.`,
  subject: 'Tambahkan baris subject:, lalu di bawahnya alias: "R., 34" (menjorok dua spasi).',
  'subject.alias':
    'Tulis inisial dan usia, misalnya alias: "R., 34". Nama lengkap tidak boleh dipakai: kisah ini tentang orang yang berhak atas privasinya.',
};

const GENERIC_FIX =
  'Periksa kembali penulisan kolom ini di frontmatter dan bandingkan dengan tabel kolom di docs/panduan-editor.md.';

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  integer: 'bilangan bulat',
  float: 'angka pecahan',
  boolean: 'true atau false',
  date: 'tanggal',
  array: 'daftar',
  object: 'kelompok kolom',
  undefined: 'kosong',
  null: 'kosong',
};

const typeName = (type: string) => TYPE_NAMES[type] ?? type;

/** Field path as editors write it: `cover.alt`, `tags.2`. */
export const fieldPath = (path: (string | number)[]) => path.join('.');

export function fixFor(path: (string | number)[]): string {
  const wildcard = path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');
  return FIELD_FIXES[wildcard] ?? FIELD_FIXES[String(path[0])] ?? GENERIC_FIX;
}

function describeIssue(issue: ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return 'kolom wajib ini belum diisi.';
      if (issue.expected === 'date') return `tanggal "${String(value)}" tidak dapat dibaca.`;
      return `isinya harus ${typeName(issue.expected)}, bukan ${typeName(issue.received)}.`;
    case 'invalid_date':
      return 'tanggal ini tidak ada di kalender.';
    case 'too_small':
      if (issue.type === 'string') {
        return typeof value === 'string' && value.trim() === ''
          ? 'isinya masih kosong.'
          : `terlalu pendek: minimal ${issue.minimum} karakter.`;
      }
      if (issue.type === 'array') return `daftar ini perlu paling sedikit ${issue.minimum} isi.`;
      return `nilainya terlalu kecil: minimal ${issue.minimum}.`;
    case 'too_big':
      if (issue.type === 'string') return `terlalu panjang: maksimal ${issue.maximum} karakter.`;
      if (issue.type === 'array') return `daftar ini paling banyak ${issue.maximum} isi.`;
      return `nilainya terlalu besar: maksimal ${issue.maximum}.`;
    case 'invalid_enum_value':
      return `nilai "${String(issue.received)}" tidak dikenal; pilihannya: ${issue.options.join(', ')}.`;
    case 'invalid_literal':
      return `nilainya harus ${JSON.stringify(issue.expected)}.`;
    case 'invalid_string':
      // A pattern that names its rule (https only) says it; zod's own words are English "Invalid…".
      return issue.message.startsWith('Invalid')
        ? 'penulisannya tidak sesuai aturan.'
        : issue.message;
    case 'unrecognized_keys':
      return `kolom ${issue.keys.map((key) => `"${key}"`).join(', ')} tidak dikenal, sehingga entri ini tidak dapat diterbitkan.`;
    case 'invalid_union':
      return 'isinya tidak sesuai bentuk yang diharapkan.';
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

/** The raw value an editor wrote at `path`, to name it in the message. */
function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined,
    data,
  );
}

/**
 * The group a key belongs in when an editor wrote it one level too high, as `name:` at the top
 * instead of under `subject:`: a known field one level deeper, below the same place, that ends in
 * this key, in a group the entry really has (a news item has no `subject:` to move it to).
 */
function nestedHomeOf(key: string, at: (string | number)[], data: unknown): string | undefined {
  const home = Object.keys(FIELD_FIXES).find((known) => {
    const parts = known.split('.');
    return (
      parts.length === at.length + 2 &&
      parts.at(-1) === key &&
      at.every((part, index) => parts[index] === String(part)) &&
      isRecord(valueAt(data, [...at, parts[at.length] ?? '']))
    );
  });
  return home?.split('.').slice(0, -1).join('.');
}

/** A frontmatter group (`cover:` with its keys below it), as opposed to a value or a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Turns a schema issue into a problem an editor can fix without reading code. */
export function problemFromIssue(file: string, issue: ZodIssue, data: unknown): ContentProblem {
  if (issue.code === 'unrecognized_keys') {
    const misplaced = issue.keys.flatMap((key) => {
      const home = nestedHomeOf(key, issue.path, data);
      return home ? [`tulis "${key}" di bawah ${home}: (menjorok dua spasi lebih dalam)`] : [];
    });
    return {
      file,
      field: fieldPath(issue.path),
      problem: describeIssue(issue, undefined),
      fix: misplaced.length
        ? `Kolom itu ada, tetapi di dalam kelompok lain: ${misplaced.join('; ')}.`
        : 'Periksa ejaannya (misalnya "tittle" seharusnya "title") atau hapus kolom itu; daftar kolom ada di docs/panduan-editor.md.',
    };
  }
  const ownFix =
    issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  return {
    file,
    field: fieldPath(issue.path),
    problem: describeIssue(issue, valueAt(data, issue.path)),
    fix: typeof ownFix === 'string' ? ownFix : fixFor(issue.path),
  };
}

/**
 * Text safe to print in a terminal or a CI log: control, line-separator and text-direction
 * characters from an editor's value are shown as `\u000B` instead of acting, so a value can never
 * start a new log line (where GitHub Actions would read `::error …` as a command).
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (character) =>
      `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** The whole report for one file, as printed when the build stops. */
export function formatProblems(
  problems: ContentProblem[],
  heading = 'Konten tidak dapat diterbitkan',
): string {
  const files = [...new Set(problems.map((problem) => problem.file))];
  return files
    .map((file) => {
      const lines = problems
        .filter((problem) => problem.file === file)
        .map(({ field, problem, fix, line, column }) => {
          const where = [
            line ? `Baris ${line}${column ? ` (karakter ke-${column})` : ''}` : '',
            field ? `kolom "${field}"` : '',
          ]
            .filter(Boolean)
            .join(', ');
          const prefix = where ? `${where[0]?.toUpperCase()}${where.slice(1)}: ` : '';
          return `  • ${printable(prefix + problem)}\n    Perbaikan: ${printable(fix)}`;
        });
      return `${heading}: ${printable(file)}\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

/**
 * Raised when an editor's entry cannot be published. Its message is written for the editor; the
 * stack trace would only point into the checking code, so it is left out of what the build prints.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(message: string) {
    super(message);
    // Astro prints a "Stack trace:" heading for any error that has one.
    this.stack = '';
  }
}
