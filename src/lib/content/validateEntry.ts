import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z, type ZodTypeAny } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { existsExactly, lookUp, otherCaseImage } from './exactName.ts';
import { bodyImageFile, checkBodyTree, decodePath, type BodyImage } from './bodyPolicy.ts';
import { editDistance } from '../editDistance.ts';
import { inspectImage } from './imageFile.ts';
import { IMAGE_EXTENSIONS, SLUG_PATTERN } from './limits.ts';
import { parseBody } from './mdxBody.ts';
import { problemFromIssue, type ContentProblem } from './messages.ts';
import { describeParseError } from './parseErrors.ts';
import { candidateEntryFiles, entryIdFromPath } from './paths.ts';
import { isWrappedInSmartQuotes, LONGEST_WORD, overlongWord } from './textRules.ts';

/** Builds a collection schema; the same function Astro is given in `src/content.config.ts`. */
export type SchemaFactory = (context: SchemaContext) => ZodTypeAny;

export interface EntryToCheck {
  /** Collection folder name, for example `berita`. */
  collection: string;
  /** Path of the entry inside the collection folder, for example `abc/index.mdx`. */
  entryPath: string;
  /** Absolute path of the entry file. */
  filePath: string;
  /** Project root, absolute. */
  root: string;
  /** Frontmatter as parsed. */
  data: Record<string, unknown>;
  /** The file's text, when available: some mistakes disappear in parsing. */
  raw?: string;
  schema: SchemaFactory;
}

/**
 * Image fields are checked as plain paths here: whether the file exists is reported in Indonesian
 * below, before astro:assets would fail on it with a generic message.
 */
const pathOnlyContext = { image: () => z.string() } as unknown as SchemaContext;

/** Each collection's schema with that context, built once: building it costs more than using it. */
const pathOnlySchemas = new WeakMap<SchemaFactory, ZodTypeAny>();

function pathOnlySchema(factory: SchemaFactory): ZodTypeAny {
  let schema = pathOnlySchemas.get(factory);
  if (!schema) {
    schema = factory(pathOnlyContext);
    pathOnlySchemas.set(factory, schema);
  }
  return schema;
}

/** Addresses the site's own pages already use inside a collection's section. */
const RESERVED_IDS: Record<string, string[]> = { berita: ['halaman', 'arsip'] };

function locationProblem(entry: EntryToCheck, file: string): ContentProblem | undefined {
  const normalised = entry.entryPath.replace(/\\/g, '/');
  const id = entryIdFromPath(normalised);
  const isEntryFile = /^[^/]+(?:\/index)?\.mdx?$/.test(normalised);
  if (isEntryFile && RESERVED_IDS[entry.collection]?.includes(id)) {
    return {
      file,
      field: '',
      problem: `alamat /${entry.collection}/${id}/ sudah dipakai oleh halaman situs sendiri.`,
      fix: `Ganti nama folder, misalnya "${id}-pembinaan".`,
    };
  }
  if (isEntryFile && SLUG_PATTERN.test(id)) return undefined;
  return {
    file,
    field: '',
    problem: isEntryFile
      ? `nama folder "${id}" tidak bisa dipakai sebagai alamat halaman.`
      : 'file ini tidak berada di tempat yang dibaca situs, sehingga tidak akan pernah tampil.',
    fix: isEntryFile
      ? 'Ganti nama folder dengan huruf kecil, angka dan tanda hubung saja, misalnya "pelatihan-tata-boga-2026".'
      : `Pindahkan ke content/${entry.collection}/<nama-folder>/index.mdx.`,
  };
}

function coverProblems(entry: EntryToCheck, file: string, cover: unknown): ContentProblem[] {
  if (!cover || typeof cover !== 'object') return [];
  const image = (cover as { image?: unknown }).image;
  if (typeof image !== 'string' || image.trim() === '') return [];
  const resolved = path.resolve(path.dirname(entry.filePath), image);
  const field = 'cover.image';
  if (!IMAGE_EXTENSIONS.includes(path.extname(resolved).toLowerCase() as never)) {
    return [
      {
        file,
        field,
        problem: `"${image}" bukan jenis gambar yang dapat diolah.`,
        fix: `Gunakan file ${IMAGE_EXTENSIONS.join(', ')}.`,
      },
    ];
  }
  const lookup = lookUp(path.dirname(entry.filePath), image);
  if (lookup.found === 'exact') return [];
  if (lookup.found === 'otherCase') return [{ file, field, ...otherCaseImage(image, lookup) }];
  return [
    {
      file,
      field,
      problem: `file gambar "${image}" tidak ditemukan di ${path.relative(entry.root, path.dirname(resolved)) || '.'}/.`,
      fix: `Unggah gambarnya ke folder yang sama dengan ${path.basename(entry.filePath)}, lalu samakan nama file di image: (huruf besar-kecil berpengaruh).`,
    },
  ];
}

/** The content folder holding this entry's collection: `<content>/<collection>/<entryPath>`. */
const contentRootOf = (entry: EntryToCheck) =>
  path.dirname(entry.filePath.slice(0, entry.filePath.length - entry.entryPath.length));

/**
 * Where an entry names programs: `programs` in news and stories, `figures.*.program` in an
 * evaluation. Each name with the field path an editor reads in the message.
 */
export function programNames(data: Record<string, unknown>): { field: string; program: unknown }[] {
  const named = Array.isArray(data.programs)
    ? data.programs.map((program, index) => ({ field: `programs.${index}`, program }))
    : [];
  const rows = Array.isArray(data.figures)
    ? data.figures.map((row: unknown, index) => ({
        field: `figures.${index}.program`,
        program:
          row !== null && typeof row === 'object'
            ? (row as { program?: unknown }).program
            : undefined,
      }))
    : [];
  return [...named, ...rows];
}

function referenceProblems(
  entry: EntryToCheck,
  file: string,
  data: Record<string, unknown>,
): ContentProblem[] {
  const root = contentRootOf(entry);
  return programNames(data).flatMap(({ field, program }) => {
    if (typeof program !== 'string') return [];
    // The candidate files relative to the content folder, as `existsExactly` spells them out.
    const exists = candidateEntryFiles('', 'program', program).some((candidate) =>
      existsExactly(root, candidate),
    );
    if (exists) return [];
    return [
      {
        file,
        field,
        problem: `program "${program}" tidak ada di content/program/.`,
        fix: programAdvice(program, programIds(root)),
      },
    ];
  });
}

/** The programs under a content folder, by the names entries use for them (as `entryFiles`). */
function programIds(contentRoot: string): string[] {
  try {
    return readdirSync(path.join(contentRoot, 'program'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.mdx?$/.test(file))
      .map(entryIdFromPath)
      .sort();
  } catch {
    return [];
  }
}

/**
 * What to write instead of a program name that does not exist: the nearest existing name when
 * one is close (a typo, a folder renamed by a letter or two), and the full list, so that a
 * program renamed or removed is not suggested again.
 */
function programAdvice(program: string, known: string[]): string {
  if (known.length === 0)
    return 'Buat programnya lebih dulu dengan npm run baru -- program "Nama Program", atau hapus nama ini.';
  const [closest] = known
    .map((id) => ({ id, distance: editDistance(program, id) }))
    .sort((a, b) => a.distance - b.distance);
  const near = closest && closest.distance <= Math.max(2, Math.floor(program.length / 3));
  return `Gunakan nama folder program yang ada${near ? `, mungkin "${closest.id}"` : ''}. Program yang ada: ${known.join(', ')}.`;
}

/** The last real day of the month the editor meant, as an example of a date that exists. */
function lastDayOf(year = '', month = ''): string {
  const monthNumber = Math.min(Math.max(Number(month), 1), 12);
  const day = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return `${year}-${String(monthNumber).padStart(2, '0')}-${day}`;
}

/** The date keys that only occur inside a group, by the path messages name them with. */
const DATE_FIELDS: Record<string, string> = {
  date: 'subject.consent.date',
  start: 'period.start',
  end: 'period.end',
};

/**
 * YAML quietly turns an impossible date such as `2026-02-30` into 2 March; the text as written is
 * the only place the mistake can still be seen.
 */
function impossibleDates(file: string, raw: string | undefined): ContentProblem[] {
  if (!raw) return [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  return frontmatter.split('\n').flatMap((text, index) => {
    const match = /^\s*(\w+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/.exec(text);
    if (!match) return [];
    const [, key, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return [];
    return [
      {
        file,
        field: DATE_FIELDS[key ?? ''] ?? key ?? '',
        line: index + 2,
        problem: `tanggal ${year}-${month}-${day} tidak ada di kalender.`,
        fix: `Periksa bulan (01–12) dan jumlah hari dalam bulan itu, misalnya ${key}: ${lastDayOf(year, month)}.`,
      },
    ];
  });
}

/**
 * Everything wrong with one entry, in Indonesian, before Astro parses it. Returns an empty list
 * for a good entry. Checks: where the file is, the schema, the cover file and program references.
 */
export function findEntryProblems(entry: EntryToCheck): ContentProblem[] {
  const file = path.relative(entry.root, entry.filePath).replace(/\\/g, '/');
  const misplaced = locationProblem(entry, file);
  if (misplaced) return [misplaced];

  const result = pathOnlySchema(entry.schema).safeParse(entry.data);
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => problemFromIssue(file, issue, entry.data));
  return [
    ...impossibleDates(file, entry.raw),
    ...schemaProblems,
    ...coverProblems(entry, file, entry.data.cover),
    ...referenceProblems(entry, file, entry.data),
  ];
}

const BOM_PROBLEM = {
  field: '',
  line: 1,
  problem:
    'berkas diawali karakter tak terlihat BOM (tanda "UTF-8 with BOM"), sehingga frontmatter tidak terbaca.',
  fix: 'Simpan ulang sebagai UTF-8 tanpa BOM. Di VS Code: klik "UTF-8 with BOM" di pojok kanan bawah, pilih Save with Encoding, lalu UTF-8.',
};

/** The body's own problems (syntax, the content policy) and the images it places. */
function findBodyProblems(entry: EntryToCheck): {
  problems: ContentProblem[];
  images: BodyImage[];
} {
  const file = path.relative(entry.root, entry.filePath).replace(/\\/g, '/');
  const raw = entry.raw ?? '';
  const bom: ContentProblem[] = raw.startsWith('\uFEFF') ? [{ file, ...BOM_PROBLEM }] : [];
  let tree;
  try {
    tree = parseBody(raw, entry.entryPath.endsWith('.md') ? 'md' : 'mdx');
  } catch (error) {
    return { problems: [...bom, { file, field: '', ...describeParseError(error) }], images: [] };
  }
  const subject = entry.data.subject as { consent?: unknown } | undefined;
  const report = checkBodyTree(tree, {
    file,
    collection: entry.collection,
    hasConsent: Boolean(subject?.consent),
  });
  return { problems: [...bom, ...report.problems], images: report.images };
}

/** Every image the entry uses, checked by its bytes: present, a real image, and whole. */
async function imageFileProblems(
  entry: EntryToCheck,
  file: string,
  images: BodyImage[],
): Promise<ContentProblem[]> {
  const cover = (entry.data.cover as { image?: unknown } | undefined)?.image;
  const all = [
    ...(typeof cover === 'string' ? [{ src: cover, field: 'cover.image' }] : []),
    ...images.map((image) => ({ ...image, field: '' })),
  ];
  const problems: ContentProblem[] = [];
  for (const { src, field, ...where } of all) {
    const resolved = bodyImageFile(entry.filePath, src);
    const lookup = lookUp(path.dirname(entry.filePath), decodePath(src));
    if (lookup.found !== 'exact') {
      // A missing cover is reported with the schema's field checks.
      if (field) continue;
      if (lookup.found === 'otherCase') {
        problems.push({ file, field, ...where, ...otherCaseImage(src, lookup) });
        continue;
      }
      problems.push({
        file,
        field,
        ...where,
        problem: `gambar "${src}" tidak ditemukan di folder entri.`,
        fix: `Unggah gambarnya ke folder yang sama dengan ${path.basename(entry.filePath)}, atau samakan nama filenya (huruf besar-kecil berpengaruh).`,
      });
      continue;
    }
    const verdict = await inspectImage(resolved, src);
    if (!verdict.ok)
      problems.push({ file, field, ...where, problem: verdict.problem, fix: verdict.fix });
  }
  return problems;
}

/** Values readers never see as text: image file names and the address behind a link. */
const shownAsText = (field: string) => !field.endsWith('image') && field !== 'source.report';

/** Warnings that do not stop publishing: pasted quotes and words too long for a phone screen. */
function textWarnings(file: string, data: unknown, prefix = ''): ContentProblem[] {
  if (typeof data === 'string') {
    if (!shownAsText(prefix)) return [];
    const warning = { file, field: prefix, severity: 'peringatan' as const };
    const word = overlongWord(data);
    return [
      ...(isWrappedInSmartQuotes(data)
        ? [
            {
              ...warning,
              problem:
                'seluruh isinya diapit tanda kutip miring “…” dari Word, yang akan ikut tampil.',
              fix: 'Hapus tanda kutip miring di awal dan akhir; bila perlu, apit nilai dengan tanda kutip lurus "…".',
            },
          ]
        : []),
      ...(word
        ? [
            {
              ...warning,
              problem: `kata "${word.slice(0, 40)}…" lebih dari ${LONGEST_WORD} huruf tanpa spasi, sehingga dipotong di tengah di layar ponsel.`,
              fix: 'Pisahkan dengan spasi atau tanda hubung, atau ganti alamat panjang dengan nama yang pendek.',
            },
          ]
        : []),
    ];
  }
  if (Array.isArray(data))
    return data.flatMap((item, index) => textWarnings(file, item, `${prefix}.${index}`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) =>
      textWarnings(file, value, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [];
}

/** What {@link checkEntry} found, and the images the body places (for `periksa`'s size checks). */
export interface EntryCheck {
  problems: ContentProblem[];
  images: BodyImage[];
}

/**
 * Everything {@link findEntryProblems} finds, plus the body and every image file: what the build's
 * loader and `npm run periksa` both run on each entry. Warnings carry `severity: 'peringatan'`.
 */
export async function checkEntry(entry: EntryToCheck): Promise<EntryCheck> {
  const file = path.relative(entry.root, entry.filePath).replace(/\\/g, '/');
  const misplaced = locationProblem(entry, file);
  if (misplaced) return { problems: [misplaced], images: [] };
  const problems = findEntryProblems(entry);
  const body = findBodyProblems(entry);
  return {
    problems: [
      ...problems,
      ...body.problems,
      ...(await imageFileProblems(entry, file, body.images)),
      ...textWarnings(file, entry.data),
    ],
    images: body.images,
  };
}
