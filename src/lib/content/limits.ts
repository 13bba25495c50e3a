/** Length limits shared by the schemas, the editor messages and the editor tools. */
export const LIMITS = {
  /** Headlines longer than this wrap to three lines on a 360 px phone. */
  title: 120,
  /** Search engines cut descriptions at about this many characters. */
  description: 160,
  summary: 200,
  alt: 200,
  tags: 6,
  tagLength: 40,
  programs: 10,
  /** Largest count an evaluation figure may hold: far above the region's prison population. */
  count: 100_000,
} as const;

/** Image file types astro:assets can optimise. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** A folder name that is also a clean address: lower case, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
