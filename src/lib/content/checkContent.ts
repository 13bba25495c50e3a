/**
 * `npm run periksa`: every rule the build enforces, plus the checks that need the whole content
 * folder at once (links, duplicate addresses, image sizes, the series of evaluations), without
 * building the site. Reports every problem in one run so an editor can fix them all before pushing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { formatMomentInMaluku, yearOf } from '../dates.ts';
import { pageUrl } from '../pagination.ts';
import { goesLiveAt, publicationState, type PublicationState } from '../published.ts';
import { SITE } from '../site.ts';
import { slugify } from '../slug.ts';
import { frontmatterProblem, readCalendarDate, readFrontmatter } from './frontmatter.ts';
import { lineOfField } from './fieldLine.ts';
import { LIMITS } from './limits.ts';
import { readStart } from './imageFile.ts';
import { isRecord, type ContentProblem } from './messages.ts';
import { entryFiles, entryIdFromPath } from './paths.ts';
import { SCHEMAS, type SchemaTools } from './schemas.ts';
import { isScaffoldBodyLine, SCAFFOLD_HINTS } from './scaffold.ts';
import { isStandIn, MARK_WINDOW } from './standInCover.ts';
import { strayFileProblems } from './strayFiles.ts';
import { bodyImageFile, type BodyImage } from './bodyPolicy.ts';
import { checkEntry, programNames, type SchemaFactory } from './validateEntry.ts';
import { checkPadanan, PADANAN_FILE, padananUsedOnSite } from './padanan.ts';
import { seriesProblems, type SeriesEntry } from './evaluationSeries.ts';

const MB = 1024 * 1024;
const WARN_IMAGE_BYTES = LIMITS.imageWarnMb * MB;
const MAX_IMAGE_BYTES = LIMITS.imageMaxMb * MB;

/** References are checked against the folders on disk; the schema only builds their shape. */
const referenceShape = ((collection: string) =>
  z.string().transform((id) => ({ id, collection }))) as unknown as SchemaTools['reference'];
const schemaFor =
  (schema: (tools: SchemaTools) => z.ZodTypeAny): SchemaFactory =>
  ({ image }) =>
    schema({ image, reference: referenceShape });

export const COLLECTIONS: Record<string, SchemaFactory> = Object.fromEntries(
  Object.entries(SCHEMAS).map(([name, schema]) => [name, schemaFor(schema)]),
);

/** Pages that exist whatever the content: links to them are never broken. */
const FIXED_PAGES = [
  '/',
  '/berita/',
  '/berita/arsip/',
  '/program/',
  '/kisah/',
  '/topik/',
  '/tentang/',
  '/cari/',
  '/evaluasi/',
];

interface Entry {
  collection: string;
  id: string;
  file: string;
  filePath: string;
  raw: string;
  /** Line of the closing `---`: body lines are counted from here. */
  bodyStart: number;
  data: Record<string, unknown> | undefined;
}

/** Whether readers will see an entry, as `periksa` tells the editor. */
export interface EntryStatus {
  file: string;
  state: PublicationState;
  /** When a scheduled entry goes public; when a published one went public. */
  liveAt?: Date;
}

export interface ContentReport {
  problems: ContentProblem[];
  entries: number;
  statuses: EntryStatus[];
}

function readEntry(
  root: string,
  collection: string,
  collectionDir: string,
  filePath: string,
  raw: string,
): {
  entry: Entry;
  problem?: ContentProblem;
} {
  const file = path.relative(root, filePath).replace(/\\/g, '/');
  const id = entryIdFromPath(path.relative(collectionDir, filePath));
  const base = { collection, id, file, filePath, raw, bodyStart: 0, data: undefined };
  const problem = frontmatterProblem(file, raw);
  if (problem) return { entry: base, problem };
  const { data, bodyStart } = readFrontmatter(raw);
  return { entry: { ...base, bodyStart, data } };
}

/**
 * Sizes, cover width and `npm run baru`'s stand-in cover: the rules about an image file that only
 * matter before a commit.
 */
async function imageProblems(entry: Entry, bodyImages: BodyImage[]): Promise<ContentProblem[]> {
  const cover = (entry.data?.cover as { image?: unknown } | undefined)?.image;
  const images = [
    ...(typeof cover === 'string'
      ? [{ reference: cover, field: 'cover.image', isCover: true, line: undefined }]
      : []),
    ...bodyImages.map((image) => ({
      reference: image.src,
      field: '',
      isCover: false,
      line: image.line,
    })),
  ];
  const problems: ContentProblem[] = [];
  for (const { reference, field, isCover, line: bodyLine } of images) {
    const file = bodyImageFile(entry.filePath, reference);
    const size = await stat(file)
      .then((info) => info.size)
      .catch(() => undefined);
    // A missing or unreadable file is reported by the entry's own checks.
    if (size === undefined) continue;
    const line = field ? lineOfField(entry.raw, field) : bodyLine;
    const base = { file: entry.file, field, ...(line ? { line } : {}) };
    const sizeMb = (size / MB).toFixed(1).replace('.', ',');
    if (size > MAX_IMAGE_BYTES) {
      problems.push({
        ...base,
        problem: `gambar "${reference}" berukuran ${sizeMb} MB, lebih dari batas ${LIMITS.imageMaxMb} MB.`,
        fix: 'Perkecil gambar (misalnya ekspor ulang dengan lebar 2400 px) sebelum mengunggah.',
      });
    } else if (size > WARN_IMAGE_BYTES) {
      problems.push({
        ...base,
        severity: 'peringatan',
        problem: `gambar "${reference}" berukuran ${sizeMb} MB; di atas ${LIMITS.imageWarnMb} MB repositori cepat membengkak.`,
        fix: 'Sebaiknya perkecil gambar (lebar 2400 px cukup) sebelum mengunggah.',
      });
    }
    if (isStandIn(await readStart(file, MARK_WINDOW))) {
      const stillDraft = entry.data?.draft === true;
      problems.push({
        ...base,
        ...(stillDraft ? { severity: 'peringatan' as const } : {}),
        problem: `gambar "${reference}" masih sampul sementara dari npm run baru${
          stillDraft ? '' : ', padahal entri ini akan terbit'
        }.`,
        fix: `Ganti berkas itu dengan foto atau ilustrasi yang sebenarnya${
          isCover ? ` (lebar paling sedikit ${LIMITS.coverWidth} px)` : ''
        }, lalu tulis teks alt yang sesuai.`,
      });
    }
    if (isCover) {
      const width = await sharp(file)
        .metadata()
        .then((meta) => meta.width)
        .catch(() => undefined);
      if (width !== undefined && width < LIMITS.coverWidth) {
        problems.push({
          ...base,
          problem: `sampul hanya ${width} px lebarnya; sampul tampil sampai ${LIMITS.coverWidth} px dan akan terlihat buram.`,
          fix: `Gunakan gambar dengan lebar paling sedikit ${LIMITS.coverWidth} px (foto dari ponsel biasanya cukup).`,
        });
      }
    }
  }
  return problems;
}

/** Adds every page of a list of `count` entries whose first page is `base`. */
function addListPages(pages: Set<string>, base: string, count: number): void {
  const total = Math.max(1, Math.ceil(count / SITE.listPageSize));
  for (let page = 1; page <= total; page += 1) pages.add(pageUrl(base, page));
}

/** Every address a reader can reach on the built site, for the published entries given. */
function knownPages(entries: Entry[]): Set<string> {
  const pages = new Set(FIXED_PAGES);
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const topics = new Map<string, number>();
  const years = new Map<string, number>();
  let news = 0;
  for (const entry of entries) {
    if (entry.collection === 'halaman') continue;
    pages.add(`/${entry.collection}/${entry.id}/`);
    if (entry.collection === 'program') continue;
    for (const tag of (entry.data?.tags as string[] | undefined) ?? [])
      count(topics, `/topik/${slugify(String(tag))}/`);
    if (entry.collection !== 'berita') continue;
    news += 1;
    const date = readCalendarDate(entry.data?.publishDate);
    if (date instanceof Date) count(years, `/berita/arsip/${yearOf(date)}/`);
  }
  addListPages(pages, '/berita/', news);
  for (const [base, total] of [...topics, ...years]) addListPages(pages, base, total);
  return pages;
}

/** Raw frontmatter may hold anything; an unreadable date is reported elsewhere and counts as a draft. */
function statusOf(entry: Entry, now: Date): EntryStatus {
  const draft = entry.data?.draft;
  // Quoted or not, as the build reads it: a quoted date is published, not a draft.
  const publishDate = readCalendarDate(entry.data?.publishDate);
  if (publishDate !== undefined && !(publishDate instanceof Date))
    return { file: entry.file, state: 'draf' };
  const state = publicationState({ draft: draft === true, publishDate }, now);
  return {
    file: entry.file,
    state,
    ...(publishDate instanceof Date && state !== 'draf' ? { liveAt: goesLiveAt(publishDate) } : {}),
  };
}

const isPublished = (entry: Entry, now: Date) => statusOf(entry, now).state === 'terbit';

/**
 * Links in the body of `entry` that readers could not follow. `reachable` holds the pages public
 * when the entry itself is: today's for a published entry, those of its day for a scheduled one
 * (whose links must hold on the morning it appears, when no editor is watching). A draft's links
 * to other unpublished entries may wait; its links to no page at all are reported all the same.
 */
function linkProblems(
  entry: Entry,
  status: EntryStatus,
  reachable: Set<string>,
  all: Set<string>,
): ContentProblem[] {
  const lines = entry.raw.split('\n');
  const problems: ContentProblem[] = [];
  const isDraft = status.state === 'draf';
  const scheduledAt =
    status.state === 'terjadwal' && status.liveAt ? formatMomentInMaluku(status.liveAt) : '';
  lines.forEach((text, index) => {
    if (index < entry.bodyStart) return;
    // Inline links, href attributes, and reference definitions (`[1]: /berita/abc/`).
    const targets = [
      ...text.matchAll(
        /\]\((\/[^)\s#?]*)[^)]*\)|href=["'](\/[^"'#?]*)|^ {0,3}\[[^\]]+\]:\s*<?(\/[^\s>#?]*)/g,
      ),
    ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
    for (const target of targets) {
      const normalised = target.endsWith('/') || path.extname(target) ? target : `${target}/`;
      if (reachable.has(normalised)) continue;
      const unpublishedTarget = all.has(normalised);
      if (unpublishedTarget && isDraft) continue;
      problems.push({
        file: entry.file,
        field: '',
        line: index + 1,
        problem: !unpublishedTarget
          ? `tautan ke ${target} tidak menuju halaman mana pun di situs ini.`
          : scheduledAt
            ? `tautan ke ${target} menuju entri yang belum terbit saat entri terjadwal ini tampil (${scheduledAt}).`
            : `tautan ke ${target} menuju entri yang belum terbit (draf atau terjadwal).`,
        fix: !unpublishedTarget
          ? 'Salin alamat dari halaman tujuan di situs (misalnya /program/tata-boga/), lengkap dengan garis miring di akhir.'
          : scheduledAt
            ? 'Jadwalkan entri tujuan pada hari yang sama atau lebih awal, atau hapus tautannya sampai entri itu terbit.'
            : 'Terbitkan entri tujuan lebih dulu, atau hapus tautannya sampai entri itu terbit.',
      });
    }
  });
  return problems;
}

/**
 * Programs a public or scheduled entry names while the program is still a draft. Nothing breaks,
 * but the reader sees less than the editor wrote: a news item or story leaves the program out, and
 * an evaluation names it without a link (src/lib/entries.ts). A warning, not an error: putting a
 * program back into draft must not stop the entries already published that name it.
 */
function draftProgramProblems(entry: Entry, status: EntryStatus, programs: Map<string, Entry>) {
  if (status.state === 'draf' || entry.collection === 'program') return [];
  return programNames(entry.data ?? {}).flatMap(({ field, program }): ContentProblem[] => {
    const target = programs.get(String(program));
    // A name no program has is reported by the entry's own checks.
    if (target?.data?.draft !== true) return [];
    const line = lineOfField(entry.raw, field);
    const evaluation = field.startsWith('figures.');
    return [
      {
        file: entry.file,
        field,
        ...(line ? { line } : {}),
        severity: 'peringatan',
        problem: evaluation
          ? `program "${String(program)}" belum terbit: laporan ini tetap memuat nama dan angkanya, tanpa tautan ke halaman program.`
          : `program "${String(program)}" belum terbit, jadi tidak tampil di entri ini sampai program itu terbit.`,
        fix: evaluation
          ? `Terbitkan ${target.file} (draft: false) bila halamannya sudah siap; bila angkanya belum boleh diumumkan, hapus barisnya dari figures.`
          : `Terbitkan ${target.file} (draft: false) bila program itu sudah siap, atau hapus namanya dari programs.`,
      },
    ];
  });
}

/** Line numbers as an editor reads them: "12", "12 dan 16", "12, 16, dan 20". */
const listLines = (lines: number[]) =>
  lines.length < 3 ? lines.join(' dan ') : `${lines.slice(0, -1).join(', ')}, dan ${lines.at(-1)}`;

function placeholderProblems(entry: Entry): ContentProblem[] {
  const data = entry.data ?? {};
  const stillDraft = data.draft === true;
  const hintLines = entry.raw
    .split('\n')
    .flatMap((line, index) =>
      index >= entry.bodyStart && isScaffoldBodyLine(line) ? [index + 1] : [],
    );
  const [first, ...others] = hintLines;
  const body: ContentProblem[] =
    first === undefined
      ? []
      : [
          {
            file: entry.file,
            field: '',
            line: first,
            ...(stillDraft ? { severity: 'peringatan' as const } : {}),
            problem: `badan tulisan masih berisi contoh dari npm run baru${
              others.length ? `, juga di baris ${listLines(others)}` : ''
            }.`,
            fix: 'Ganti paragraf contoh dengan tulisan Anda, dan subjudul contoh dengan subjudul Anda.',
          },
        ];
  return body.concat(
    SCAFFOLD_HINTS.flatMap((hint) => {
      const { field, value } = hint;
      const origin = 'from' in hint ? 'panduan editor' : 'npm run baru';
      const actual = field
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
      if (actual !== value) return [];
      const line = lineOfField(entry.raw, field);
      return [
        {
          file: entry.file,
          field,
          ...(line ? { line } : {}),
          ...(stillDraft ? { severity: 'peringatan' as const } : {}),
          problem: stillDraft
            ? `isinya masih contoh dari ${origin}.`
            : `isinya masih contoh dari ${origin}, padahal entri ini akan terbit.`,
          fix: 'Ganti dengan isi yang sebenarnya.',
        },
      ];
    }),
  );
}

/** The equivalent-words list, checked as the build checks it, and its words now used by entries. */
async function padananProblems(
  root: string,
  contentDir: string,
  entries: readonly Entry[],
): Promise<ContentProblem[]> {
  const filePath = path.join(root, contentDir, PADANAN_FILE);
  const raw = await readFile(filePath, 'utf8').catch(() => undefined);
  if (raw === undefined) return [];
  const file = path.relative(root, filePath).replace(/\\/g, '/');
  const checked = checkPadanan(raw, file);
  return [...checked.problems, ...padananUsedOnSite(checked, file, entries)];
}

/**
 * The evaluation entries as the rules across entries read them. An entry whose period cannot be
 * read is left out: its own check already says what to fix, and a guess would add noise.
 */
function evaluationSeries(entries: readonly Entry[]): SeriesEntry[] {
  return entries.flatMap(({ collection, file, id, data }) => {
    const period = data?.period;
    if (collection !== 'evaluasi' || !isRecord(period)) return [];
    const { label } = period;
    const start = readCalendarDate(period.start);
    const end = readCalendarDate(period.end);
    if (!(start instanceof Date) || !(end instanceof Date) || end < start) return [];
    const rows = Array.isArray(data?.figures) ? data.figures.filter(isRecord) : [];
    const figures = rows.flatMap(({ program, certified }) =>
      typeof program === 'string'
        ? [{ program, certified: typeof certified === 'number' ? certified : undefined }]
        : [],
    );
    return [
      {
        file,
        id,
        draft: data?.draft === true,
        period: { label: typeof label === 'string' ? label : id, start, end },
        figures,
      },
    ];
  });
}

/** Rules across evaluation entries, with each problem's line as the entry checks give it. */
function evaluationProblems(entries: readonly Entry[]): ContentProblem[] {
  const categories = new Map(
    entries
      .filter((entry) => entry.collection === 'program')
      .map((entry) => [entry.id, entry.data?.category]),
  );
  const categoryOf = (program: string) => {
    const category = categories.get(program);
    return category === 'vokasional' || category === 'kepribadian' ? category : undefined;
  };
  const raws = new Map(entries.map((entry) => [entry.file, entry.raw]));
  return seriesProblems(evaluationSeries(entries), categoryOf).map((problem) => {
    const line = lineOfField(raws.get(problem.file) ?? '', problem.field);
    return line ? { ...problem, line } : problem;
  });
}

/**
 * Entries checked at once. Each waits on the disk and on sharp a few times: one after another,
 * checking 46 copies of the test fixture took 7,1 s, side by side 2,9 s (2026-12-02, 2 cores).
 * Bounded so that a large site does not open more files than the system allows.
 */
const ENTRIES_AT_ONCE = 16;

interface FileReport {
  entry: Entry;
  /** A file whose frontmatter cannot be read gets this problem and no other check. */
  unreadable?: ContentProblem;
  problems: ContentProblem[];
}

async function checkFile(
  root: string,
  collection: string,
  schema: SchemaFactory,
  filePath: string,
  collectionDir: string,
): Promise<FileReport> {
  const raw = await readFile(filePath, 'utf8');
  const { entry, problem } = readEntry(root, collection, collectionDir, filePath, raw);
  if (problem) return { entry, unreadable: problem, problems: [] };
  const checked = await checkEntry({
    collection,
    entryPath: path.relative(collectionDir, filePath),
    filePath,
    root,
    data: entry.data ?? {},
    raw,
    schema,
  });
  const entryProblems = checked.problems.map((found) => {
    const line = found.field && !found.line ? lineOfField(raw, found.field) : undefined;
    return line ? { ...found, line } : found;
  });
  return {
    entry,
    problems: [
      ...entryProblems,
      ...(await imageProblems(entry, checked.images)),
      ...placeholderProblems(entry),
    ],
  };
}

/** Checks every entry under `contentDir` (relative to `root`). */
export async function checkContent(
  root: string,
  contentDir: string,
  now = new Date(),
): Promise<ContentReport> {
  const files: Parameters<typeof checkFile>[] = [];
  for (const [collection, schema] of Object.entries(COLLECTIONS)) {
    const collectionDir = path.join(root, contentDir, collection);
    for (const filePath of await entryFiles(collectionDir))
      files.push([root, collection, schema, filePath, collectionDir]);
  }
  const reports: FileReport[] = [];
  for (let start = 0; start < files.length; start += ENTRIES_AT_ONCE) {
    const batch = files.slice(start, start + ENTRIES_AT_ONCE);
    reports.push(...(await Promise.all(batch.map((args) => checkFile(...args)))));
  }

  const problems: ContentProblem[] = [];
  const entries: Entry[] = [];
  const fileById = new Map<string, string>();
  for (const { entry, unreadable, problems: found } of reports) {
    entries.push(entry);
    if (unreadable) {
      problems.push(unreadable);
      continue;
    }
    const address = `/${entry.collection}/${entry.id}/`;
    const earlier = fileById.get(address);
    if (earlier) {
      problems.push({
        file: entry.file,
        field: '',
        line: 1,
        problem: `alamat ${address} sudah dipakai oleh ${earlier}; salah satunya akan hilang dari situs.`,
        fix: 'Ganti nama salah satu folder atau file agar setiap entri punya alamat sendiri.',
      });
    }
    fileById.set(address, entry.file);
    problems.push(...found);
  }
  const readable = entries.filter((entry) => entry.data);
  const pagesPublishedAt = (moment: Date) =>
    knownPages(readable.filter((entry) => isPublished(entry, moment)));
  const published = pagesPublishedAt(now);
  const all = knownPages(readable);
  const programs = new Map(
    readable.filter((entry) => entry.collection === 'program').map((entry) => [entry.id, entry]),
  );
  const statuses = new Map(readable.map((entry) => [entry, statusOf(entry, now)]));
  for (const [entry, status] of statuses) {
    const reachable =
      status.state === 'terjadwal' && status.liveAt ? pagesPublishedAt(status.liveAt) : published;
    problems.push(...linkProblems(entry, status, reachable, all));
    problems.push(...draftProgramProblems(entry, status, programs));
  }
  problems.push(...evaluationProblems(readable));
  problems.push(...(await padananProblems(root, contentDir, entries)));
  problems.push(
    ...(await strayFileProblems(root, path.join(root, contentDir), Object.keys(COLLECTIONS), [
      PADANAN_FILE,
    ])),
  );
  return {
    problems,
    entries: entries.length,
    statuses: [...statuses]
      .filter(([entry]) => entry.collection !== 'halaman')
      .map(([, status]) => status),
  };
}
