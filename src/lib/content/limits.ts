/** Shortest and longest allowed, both included. */
export type Range = readonly [min: number, max: number];

/**
 * Every length and count the content rules enforce, in one place. The schemas apply them; the
 * messages of `npm run periksa` and the web editor, the templates of `npm run baru` and the body
 * components' documentation quote them from here. Texts are measured after the spaces around them
 * are removed, everywhere as JavaScript and the web editor's patterns count (an emoji counts as
 * two). The field tables and the messages of `docs/panduan-editor.md` quote them as well: a unit
 * test (tests/unit/limitsQuoted.test.ts) holds the guide, `periksa`'s advice, the templates and
 * the components' documentation to these numbers.
 */
export const LIMITS = {
  /** Headline of an article, story or evaluation: longer wraps to three lines on a 360 px phone. */
  headline: [10, 120],
  /** Name of a program or of a standing page. */
  name: [3, 80],
  /** The office or team that wrote an article. */
  author: [3, 80],
  /** Search engines cut descriptions at about 160 characters. */
  description: [50, 160],
  /** One or two sentences in lists and search results. */
  summary: [50, 200],
  /** What an image shows, for readers who cannot see it. */
  alt: [5, 200],
  caption: [1, 200],
  credit: [1, 100],
  /** One topic; each becomes a page of its own. */
  tag: [2, 40],
  /** Topics of one entry. */
  tags: [1, 6],
  /** Most programs one article or story names. */
  programs: 10,
  /** One partner institution or one place of a program. */
  place: [2, 120],
  /** Partners, and places, of one program. */
  places: [1, 10],
  /** A program's position within its category. */
  order: [1, 99],
  /** A story subject's full name, shown only with recorded consent. */
  personName: [2, 80],
  /** Number or code of a signed consent form. */
  consentReference: [3, 80],
  /** An evaluation period as readers say it, such as "Semester I 2027". */
  periodLabel: [3, 40],
  evaluator: [3, 160],
  /** Longest address of an evaluation's signed report. */
  reportAddress: 300,
  /** Programs in one evaluation. */
  figures: [1, 20],
  /** A note under one program's figures. */
  note: [3, 200],
  /** Where a `<Kutipan>` comes from. */
  quoteSource: 120,
  /** The title of a `<FaktaKunci>` box or a `<Galeri>`. */
  boxTitle: 80,
  /** An evaluation figure: far above the region's prison population. */
  count: [0, 100_000],
  /** Narrowest cover in pixels: covers are shown up to this wide and look blurred if narrower. */
  coverWidth: 1200,
  /** Image size in megabytes above which `periksa` warns: the repository grows fast. */
  imageWarnMb: 10,
  /** Largest image in megabytes that may be published. */
  imageMaxMb: 25,
} as const satisfies Record<string, Range | number>;

/** A range as the messages and the guide write it: `10–120`. */
export const span = ([min, max]: Range) => `${min}–${max}`;

/** Image file types astro:assets can optimise. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** A folder name that is also a clean address: lower case, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
