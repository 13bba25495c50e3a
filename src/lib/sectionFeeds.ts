import { SITE } from './site.ts';

/** A section's own RSS feed, announced on the section's list pages. */
export interface SectionFeed {
  href: string;
  /** Name feed readers list it under, like the site-wide feed's. */
  title: string;
  /** What the visible link offers, after "Umpan RSS". */
  label: string;
}

/** Pages name their section by key, so a list page needs no import to announce its feed. */
export const SECTION_FEEDS = {
  berita: { href: '/berita/rss.xml', title: `${SITE.name}: berita`, label: 'berita' },
  kisah: { href: '/kisah/rss.xml', title: `${SITE.name}: kisah reintegrasi`, label: 'kisah' },
} as const satisfies Record<string, SectionFeed>;

export type FeedSection = keyof typeof SECTION_FEEDS;
