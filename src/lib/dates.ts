import { SITE } from './site.ts';

/**
 * Dates from frontmatter are calendar days stored at midnight UTC; formatting them in UTC keeps
 * "27 November 2026" from becoming the 26th or 28th anywhere.
 */
const longDate = new Intl.DateTimeFormat(SITE.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `27 November 2026`. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** `2026-11-27`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar year of a frontmatter date. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
