/** What decides whether an entry is public; every page, feed and index asks this one place. */
export interface Publishable {
  draft?: boolean;
  publishDate?: Date;
}

export type PublicationState = 'terbit' | 'draf' | 'terjadwal';

/** Maluku keeps Eastern Indonesia Time (WIT), UTC+9, all year. */
const WIT_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The moment an entry dated `publishDate` goes public: the start of that calendar day in Maluku.
 * Frontmatter dates are stored as midnight UTC, which is 09.00 WIT; counting from there hid an
 * article written and dated today before nine in the morning.
 */
export function goesLiveAt(publishDate: Date): Date {
  return new Date(publishDate.getTime() - WIT_OFFSET_MS);
}

/** `draf` while being written, `terjadwal` until its day begins in Maluku, otherwise `terbit`. */
export function publicationState(data: Publishable, now: Date): PublicationState {
  if (data.draft) return 'draf';
  if (data.publishDate && goesLiveAt(data.publishDate).getTime() > now.getTime())
    return 'terjadwal';
  return 'terbit';
}

/**
 * Production builds show only published entries. `astro dev` shows drafts and scheduled entries
 * too (with a banner) so editors can preview them.
 */
export function isVisible(data: Publishable, now: Date, preview: boolean): boolean {
  return preview || publicationState(data, now) === 'terbit';
}
