import type { Kisah } from './entryTypes.ts';

/** How a story's page names the person it is about, and why readers see that name. */
export interface StorySubject {
  label: string;
  note: string;
}

/**
 * The person's name only with their consent on record; otherwise the alias, whatever else the
 * entry holds. A former prisoner named on a public site can lose work, housing and neighbours'
 * trust, so a name without consent must never reach the page, even if a check upstream missed it.
 */
export function storySubject(subject: Kisah['data']['subject']): StorySubject {
  return subject.name && subject.consent
    ? { label: subject.name, note: 'ditampilkan dengan persetujuannya' }
    : { label: subject.alias, note: 'nama samaran untuk melindungi privasinya' };
}
