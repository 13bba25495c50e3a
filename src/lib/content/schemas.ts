/**
 * The contract with editors: what each kind of entry in `content/` must contain.
 *
 * Every entry is a folder `content/<koleksi>/<slug>/index.mdx` (or a single `<slug>.mdx`) with its
 * images beside it. The folder name is the entry's address: `content/berita/abc/` becomes
 * `/berita/abc/`. Each field is documented here with its meaning, default and limits;
 * docs/panduan-editor.md lists them and a test keeps the two in step. Error messages for editors
 * live in `messages.ts`, keyed by the field paths used here.
 *
 * The schemas take Astro's `image()` and `reference()` as arguments, so that `npm run periksa` can
 * check content with the same rules outside a build.
 */
import { z } from 'astro/zod';
import type { ImageFunction, reference as astroReference } from 'astro:content';
import { readCalendarDate } from './frontmatter.ts';
import { LIMITS, type Range } from './limits.ts';
import { forbiddenInLine, isInvisible } from './textRules.ts';

/** What a schema needs from Astro: image files and references to other entries. */
export interface SchemaTools {
  image: ImageFunction;
  reference: typeof astroReference;
}

/** A calendar date written `TTTT-BB-HH` (for example `2026-11-27`), quoted or not. */
const calendarDate = () => z.preprocess(readCalendarDate, z.date());

/**
 * A non-empty line of text: surrounding spaces are removed, then it must still say something a
 * reader can see, with no control or text-direction characters hidden in it.
 */
const text = ([min, max]: Range) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, context) => {
      const hidden = forbiddenInLine(value);
      if (hidden) {
        context.addIssue({
          code: 'custom',
          message: `ada karakter tak terlihat ${hidden.code} (${hidden.name}).`,
          params: {
            fix: 'Hapus isi kolom ini dan ketik ulang teksnya dalam satu baris (jangan menempel dari Word), atau tempel sebagai teks biasa dengan Ctrl+Shift+V.',
          },
        });
      } else if (value !== '' && isInvisible(value)) {
        context.addIssue({
          code: 'custom',
          message:
            'isinya hanya karakter tak terlihat (misalnya spasi lebar nol), jadi pembaca tidak melihat apa pun.',
          params: { fix: 'Hapus isi kolom ini lalu ketik teksnya.' },
        });
      }
    });

/** Words that name the medium rather than describe the picture. */
const NON_DESCRIPTIVE_ALT = new Set([
  'gambar',
  'foto',
  'image',
  'photo',
  'sampul',
  'cover',
  'ilustrasi',
]);

/** Alt text must describe the picture: not a file name, not only a word like "foto". */
export const isDescriptiveAlt = (alt: string) =>
  !NON_DESCRIPTIVE_ALT.has(alt.toLowerCase()) && !/\.(jpe?g|png|webp|avif|gif)$/i.test(alt);

/** A list of program addresses (folder names under `content/program/`), without duplicates. */
const programRefs = (reference: SchemaTools['reference']) =>
  z
    .array(reference('program'))
    .max(LIMITS.programs)
    .default([])
    .refine((refs) => new Set(refs.map((ref) => ref.id)).size === refs.length, {
      message: 'ada program yang disebut lebih dari sekali.',
    });

/** Topic words; each becomes a page `/topik/<tag>/`. Lower case keeps one topic one page. */
const tags = () =>
  z
    .array(
      z
        .string()
        .trim()
        .min(LIMITS.tag[0])
        .max(LIMITS.tag[1])
        .regex(/^[a-z0-9][a-z0-9 -]*$/),
    )
    .min(LIMITS.tags[0])
    .max(LIMITS.tags[1]);

/** A cover image: a local file beside the entry, optimised at build time. */
const cover = ({ image }: SchemaTools) =>
  z
    .object({
      /** Path of the image file relative to the entry, for example `./cover.jpg`. Required. */
      image: image(),
      /**
       * What the image shows, for people who cannot see it. Required, 5–200 characters; never the
       * file name and never only a word such as "gambar" or "foto".
       */
      alt: text(LIMITS.alt).refine(isDescriptiveAlt, {
        message:
          'teks ini tidak menggambarkan isi gambar bagi pembaca yang tidak dapat melihatnya.',
      }),
      /** Caption shown under the image. Optional, up to 200 characters. */
      caption: text(LIMITS.caption).optional(),
      /** Who made the image, for example `Ilustrasi: Tim Redaksi`. Optional, up to 100 characters. */
      credit: text(LIMITS.credit).optional(),
    })
    .strict();

/** Shared by every published entry: dates and the flags that decide visibility. */
const publication = {
  /** Date the entry appears, `TTTT-BB-HH`. Required. A future date keeps it unpublished until then. */
  publishDate: calendarDate(),
  /** Date of the last substantive change, `TTTT-BB-HH`. Optional; not earlier than `publishDate`. */
  updatedDate: calendarDate().optional(),
  /** `true` keeps the entry out of the public site while it is being written. Default `false`. */
  draft: z.boolean().default(false),
  /**
   * `true` marks an illustrative example, not a real event or person; readers see the label
   * "Contoh". Default `false`. Everything not stated as fact in the project brief must be `true`.
   */
  illustrative: z.boolean().default(false),
};

const updatedAfterPublished = (data: { publishDate: Date; updatedDate?: Date | undefined }) =>
  !data.updatedDate || data.updatedDate >= data.publishDate;

/** Why a story may not name or show its subject without consent, said where the rule bites. */
const PRIVACY_REASON =
  'Nama atau wajah hanya boleh tampil dengan persetujuan tertulis yang tercatat, karena mantan warga binaan yang dikenali di situs publik dapat kehilangan pekerjaan, tempat tinggal, dan penerimaan tetangganya.';

/** News articles, at `/berita/<slug>/`. */
export const beritaSchema = (tools: SchemaTools) =>
  z
    .object({
      /** Headline. Required, 10–120 characters. */
      title: text(LIMITS.headline),
      /** One-sentence summary shown in lists and search results. Required, 50–160 characters. */
      description: text(LIMITS.description),
      /** Who wrote it: an office or team (never a private person's name). Required, 3–80 characters. */
      author: text(LIMITS.author),
      /** The article's main image. Required. */
      cover: cover(tools),
      /** Topics, 1–6 lower-case words or phrases, for example `pelatihan vokasional`. */
      tags: tags(),
      /** Programs the article is about, by folder name under `content/program/`. Default none. */
      programs: programRefs(tools.reference),
      /** `true` puts the article first on the home page. Default `false`. */
      featured: z.boolean().default(false),
      ...publication,
    })
    .strict()
    .refine(updatedAfterPublished, {
      path: ['updatedDate'],
      message: 'tanggal pembaruan lebih awal dari tanggal terbit.',
    });

/** Programs of the memorandum, at `/program/<slug>/`. */
export const programSchema = (tools: SchemaTools) =>
  z
    .object({
      /** Program name. Required, 3–80 characters. */
      title: text(LIMITS.name),
      /** `vokasional` (skills) or `kepribadian` (character). Required. */
      category: z.enum(['vokasional', 'kepribadian']),
      /** What the program is, in one or two sentences. Required, 50–200 characters. */
      summary: text(LIMITS.summary),
      /** The program's image. Required. */
      cover: cover(tools),
      /** Institutions that run or support it. At least one, at most 10. */
      partners: z.array(text(LIMITS.place)).min(LIMITS.places[0]).max(LIMITS.places[1]),
      /** Where it takes place. At least one, at most 10. */
      locations: z.array(text(LIMITS.place)).min(LIMITS.places[0]).max(LIMITS.places[1]),
      /**
       * Where the program stands: `disepakati` (agreed in the memorandum), `berjalan` (running) or
       * `selesai` (finished). Required.
       */
      status: z.enum(['disepakati', 'berjalan', 'selesai']),
      /** Position within its category, 1 first. Required, a whole number from 1 to 99. */
      order: z.number().int().min(LIMITS.order[0]).max(LIMITS.order[1]),
      /** `true` marks an illustrative program description; readers see "Contoh". Default `false`. */
      illustrative: z.boolean().default(false),
      /** `true` keeps the program out of the public site while it is being written. Default `false`. */
      draft: z.boolean().default(false),
    })
    .strict();

/** Stories of people returning to society, at `/kisah/<slug>/`. */
export const kisahSchema = (tools: SchemaTools) =>
  z
    .object({
      /** Story title. Required, 10–120 characters. */
      title: text(LIMITS.headline),
      /** What the story is about, in one or two sentences. Required, 50–200 characters. */
      summary: text(LIMITS.summary),
      /**
       * The person the story is about. Without recorded consent only the alias is ever shown: a
       * former prisoner named on a public site can lose work, housing and neighbours' trust.
       */
      subject: z
        .object({
          /** Initial and age, for example `R., 34`. Required; never a full name. */
          alias: z
            .string()
            .trim()
            .regex(/^\p{Lu}\.(, \d{2})?$/u),
          /** Full name, shown instead of the alias. Optional; only with `consent`. */
          name: text(LIMITS.personName).optional(),
          /**
           * Where and when the person's written consent to be named or shown is recorded. Optional;
           * never shown on the site. Required for `name` and for a cover that shows the person.
           */
          consent: z
            .object({
              /** Reference to the signed consent form, for example `PERSETUJUAN/2026/014`. */
              reference: text(LIMITS.consentReference),
              /** Date the consent was signed, `TTTT-BB-HH`. */
              date: calendarDate(),
            })
            .strict()
            .optional(),
        })
        .strict(),
      /** The story's image. Optional. */
      cover: cover(tools)
        .extend({
          /**
           * `true` when the image shows an identifiable person (face, tattoo, name tag). Default
           * `false`. Allowed only with `subject.consent`.
           */
          showsPerson: z.boolean().default(false),
        })
        .optional(),
      /** Programs the person took part in, by folder name under `content/program/`. */
      programs: programRefs(tools.reference),
      /** Topics, as for news. */
      tags: tags(),
      ...publication,
    })
    .strict()
    .refine(updatedAfterPublished, {
      path: ['updatedDate'],
      message: 'tanggal pembaruan lebih awal dari tanggal terbit.',
    })
    .refine((data) => !data.subject.name || data.subject.consent, {
      path: ['subject', 'name'],
      message: `nama diisi tetapi subject.consent belum ada. ${PRIVACY_REASON}`,
    })
    .refine((data) => !data.cover?.showsPerson || data.subject.consent, {
      path: ['cover', 'showsPerson'],
      message: `showsPerson: true tetapi subject.consent belum ada. ${PRIVACY_REASON}`,
    })
    .refine((data) => !data.subject.consent || data.subject.consent.date <= data.publishDate, {
      path: ['subject', 'consent', 'date'],
      message:
        'persetujuan bertanggal sesudah tanggal terbit, padahal persetujuan harus ada sebelum kisah ini tampil.',
    });

/** Standing pages such as `/tentang/`. */
export const halamanSchema = () =>
  z
    .object({
      /** Page title. Required, 3–80 characters. */
      title: text(LIMITS.name),
      /** One-sentence summary for search engines and link previews. Required, 50–160 characters. */
      description: text(LIMITS.description),
      /** Date of the last substantive change, `TTTT-BB-HH`. Required. */
      updatedDate: calendarDate(),
    })
    .strict();

/**
 * A count of people for one indicator: a whole number from 0 to 100,000. Left out (or left empty)
 * while the figure is not known: the site then says "belum tersedia". An unknown figure is never
 * written as 0, because 0 is a finding (nobody), not a gap.
 */
const count = () =>
  z.number().int().min(LIMITS.count[0]).max(LIMITS.count[1]).nullable().optional();

/** Whether `smaller` can be at most `larger`, checked only when both figures are known. */
const atMost = (smaller: number | null | undefined, larger: number | null | undefined) =>
  smaller == null || larger == null || smaller <= larger;

/**
 * An address on the web, `https://` only: the site links to it and never copies it. The rule is a
 * pattern, not a refinement, so that the web editor can read it and refuse `http://` as it is typed.
 */
const httpsUrl = () =>
  z
    .string()
    .trim()
    .max(LIMITS.reportAddress)
    .url()
    .regex(/^https:\/\//, { message: 'alamat harus diawali https://.' });

/**
 * The figures of one program in one evaluation period. Every count is about the warga binaan in
 * that program during the period; definitions are in docs/panduan-editor.md ("Indikator evaluasi").
 */
const programFigures = (reference: SchemaTools['reference']) =>
  z
    .object({
      /** The program, by folder name under `content/program/`. Required; once per period. */
      program: reference('program'),
      /** Warga binaan registered in the program during the period. Optional (unknown). */
      enrolled: count(),
      /** Of those, how many finished the program in the period. Optional; at most `enrolled`. */
      completed: count(),
      /**
       * Of those who finished, how many received a certificate of competence. Vocational programs
       * only (character programs issue none); optional; at most `completed`.
       */
      certified: count(),
      /**
       * Of those who finished and have been released, how many were working or running their own
       * business when the evaluation was made. Optional (often not yet known); at most `completed`.
       */
      working: count(),
      /** Why a figure is missing or how to read it, shown under the tables. Optional, 3–200 characters. */
      note: text(LIMITS.note).optional(),
    })
    .strict()
    .refine((row) => atMost(row.completed, row.enrolled), {
      path: ['completed'],
      message: 'jumlah yang menyelesaikan lebih besar dari jumlah peserta terdaftar.',
    })
    .refine((row) => atMost(row.certified, row.completed), {
      path: ['certified'],
      message: 'jumlah yang bersertifikat lebih besar dari jumlah yang menyelesaikan program.',
    })
    .refine((row) => atMost(row.working, row.completed), {
      path: ['working'],
      message:
        'jumlah yang bekerja atau berusaha lebih besar dari jumlah yang menyelesaikan program.',
    })
    // Without `completed`, the chain still holds through it: nobody certified or working who was
    // not enrolled.
    .refine((row) => row.completed !== undefined || atMost(row.certified, row.enrolled), {
      path: ['certified'],
      message: 'jumlah yang bersertifikat lebih besar dari jumlah peserta terdaftar.',
      params: {
        fix: 'Tulis jumlah yang memperoleh sertifikat, tidak lebih besar dari enrolled, dan isi juga completed bila sudah diketahui; bila angkanya belum pasti, hapus barisnya.',
      },
    })
    .refine((row) => row.completed !== undefined || atMost(row.working, row.enrolled), {
      path: ['working'],
      message: 'jumlah yang bekerja atau berusaha lebih besar dari jumlah peserta terdaftar.',
      params: {
        fix: 'Tulis jumlah yang bekerja atau berusaha, tidak lebih besar dari enrolled, dan isi juga completed bila sudah diketahui; bila angkanya belum pasti, hapus barisnya.',
      },
    });

/** Periodic evaluations of the programs, at `/evaluasi/<slug>/`, with their figures as open data. */
export const evaluasiSchema = (tools: SchemaTools) =>
  z
    .object({
      /** Report title, for example `Evaluasi Program Semester I 2027`. Required, 10–120 characters. */
      title: text(LIMITS.headline),
      /** The main findings in one or two sentences. Required, 50–200 characters. */
      summary: text(LIMITS.summary),
      /** The period evaluated. Required. Periods of different entries may not overlap. */
      period: z
        .object({
          /** The period's name as readers say it, for example `Semester I 2027`. 3–40 characters. */
          label: text(LIMITS.periodLabel),
          /** First day of the period, `TTTT-BB-HH`. Required. */
          start: calendarDate(),
          /** Last day of the period, `TTTT-BB-HH`. Required; not before `start`. */
          end: calendarDate(),
        })
        .strict()
        .refine((period) => period.end >= period.start, {
          path: ['end'],
          message: 'akhir periode lebih awal dari awal periode.',
        }),
      /** Who made the evaluation and where the signed report is. Required. */
      source: z
        .object({
          /** The office or team that evaluated, for example `Kanwil Ditjenpas Maluku`. 3–160 characters. */
          evaluator: text(LIMITS.evaluator),
          /** Web address (`https://`) of the signed report. Optional until it is published. */
          report: httpsUrl().optional(),
        })
        .strict(),
      /** The figures per program, one row per program. At least 1, at most 20 rows. */
      figures: z
        .array(programFigures(tools.reference))
        .min(LIMITS.figures[0])
        .max(LIMITS.figures[1])
        .refine((rows) => new Set(rows.map((row) => row.program.id)).size === rows.length, {
          message: 'ada program yang disebut lebih dari sekali.',
        }),
      /** The report's image. Optional; without one its share image shows the title only. */
      cover: cover(tools).optional(),
      ...publication,
    })
    .strict()
    .refine(updatedAfterPublished, {
      path: ['updatedDate'],
      message: 'tanggal pembaruan lebih awal dari tanggal terbit.',
    })
    .refine((data) => data.publishDate > data.period.end, {
      path: ['publishDate'],
      message:
        'laporan terbit sebelum periodenya berakhir, padahal angkanya baru lengkap sesudah itu.',
      params: {
        fix: 'Tulis publishDate sesudah period.end, misalnya sehari sesudah akhir periode, atau perbaiki tanggal periodenya.',
      },
    });

/** Every collection and its schema: the build, `npm run periksa` and the web editor read this. */
export const SCHEMAS = {
  berita: beritaSchema,
  program: programSchema,
  kisah: kisahSchema,
  halaman: halamanSchema,
  evaluasi: evaluasiSchema,
} as const;

export type CollectionId = keyof typeof SCHEMAS;
