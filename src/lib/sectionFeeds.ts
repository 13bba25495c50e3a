import { COLLECTIONS } from './labels.ts';
import { SITE } from './site.ts';

/** What the site-wide feed at `/rss.xml` is called, before the site name. */
export const SITE_FEED_TITLE = 'Berita, kisah, dan evaluasi';

/** A feed's name as feed readers list it: the feed itself and every page announcing it use this. */
export const feedTitle = (title: string) => `${title} · ${SITE.name}`;

/** A section's own RSS feed, announced on the section's list pages. */
export interface SectionFeed {
  href: string;
  title: string;
  /** What the visible link offers, after "Umpan RSS". */
  label: string;
}

const sectionFeed = (collection: 'berita' | 'kisah' | 'evaluasi'): SectionFeed => ({
  href: `${COLLECTIONS[collection].url}rss.xml`,
  title: feedTitle(COLLECTIONS[collection].title),
  label: COLLECTIONS[collection].label.toLowerCase(),
});

/** Pages name their section by key, so a list page needs no import to announce its feed. */
export const SECTION_FEEDS = {
  berita: sectionFeed('berita'),
  kisah: sectionFeed('kisah'),
  evaluasi: sectionFeed('evaluasi'),
};

export type FeedSection = keyof typeof SECTION_FEEDS;
