/** What decides whether an entry is public; every page, feed and index asks this one place. */
export interface Publishable {
  draft?: boolean;
  publishDate?: Date;
}

export type PublicationState = 'terbit' | 'draf' | 'terjadwal';

/** `draf` while being written, `terjadwal` until its date, otherwise `terbit`. */
export function publicationState(data: Publishable, now: Date): PublicationState {
  if (data.draft) return 'draf';
  if (data.publishDate && data.publishDate.getTime() > now.getTime()) return 'terjadwal';
  return 'terbit';
}

/**
 * Production builds show only published entries. `astro dev` shows drafts and scheduled entries
 * too (with a banner) so editors can preview them.
 */
export function isVisible(data: Publishable, now: Date, preview: boolean): boolean {
  return preview || publicationState(data, now) === 'terbit';
}
