/**
 * Astro's content collections, read from `content/` (or `SITE_CONTENT_DIR` in tests). The rules
 * for each field live in `src/lib/content/schemas.ts`.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { contentLoader } from './lib/content/loader.ts';
import { padananLoader } from './lib/content/padananLoader.ts';
import { storedSeriesProblems } from './lib/content/storedSeries.ts';
import {
  beritaSchema,
  evaluasiSchema,
  halamanSchema,
  kisahSchema,
  programSchema,
  type SchemaTools,
} from './lib/content/schemas.ts';

/** Astro hands each schema its `image()`; `reference()` comes from `astro:content`. */
const withAstro =
  <T>(schema: (tools: SchemaTools) => T) =>
  ({ image }: SchemaContext) =>
    schema({ image, reference });

const berita = withAstro(beritaSchema);
const program = withAstro(programSchema);
const kisah = withAstro(kisahSchema);
const halaman = withAstro(halamanSchema);
const evaluasi = withAstro(evaluasiSchema);

export const collections = {
  berita: defineCollection({ loader: contentLoader('berita', berita), schema: berita }),
  program: defineCollection({ loader: contentLoader('program', program), schema: program }),
  kisah: defineCollection({ loader: contentLoader('kisah', kisah), schema: kisah }),
  halaman: defineCollection({ loader: contentLoader('halaman', halaman), schema: halaman }),
  // Evaluation periods may not overlap, and character programs give no certificates: checked
  // across the entries as they load, so the build stops before bundling any page.
  evaluasi: defineCollection({
    loader: contentLoader('evaluasi', evaluasi, storedSeriesProblems),
    schema: evaluasi,
  }),
  // Equivalent words for the search page (content/padanan.yml), checked by its own loader.
  padanan: defineCollection({ loader: padananLoader() }),
};
