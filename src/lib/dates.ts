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

const moment = new Intl.DateTimeFormat(SITE.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: SITE.timeZone,
});

/** `15 Desember 2026 pukul 00.00 WIT`: an exact moment as editors in Maluku read it. */
export function formatMomentInMaluku(date: Date): string {
  const parts = Object.fromEntries(
    moment.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} pukul ${parts.hour}.${parts.minute} WIT`;
}
