import type { RSSFeedItem } from '@astrojs/rss';
import type { DatedEntry, Evaluasi } from './entryTypes.ts';
import { entryUrl } from './entries.ts';
import { headlineOf } from './documentTitle.ts';
import { feedXml } from './feedXml.ts';
import { shareImageSize } from './shareImage.ts';
import { COLLECTIONS } from './labels.ts';
import { shareImagePath, shareInputOf } from './sharing.ts';
import { feedTitle } from './sectionFeeds.ts';
import { SITE } from './site.ts';

/** What feeds carry: news, stories and evaluation reports. */
export type FeedEntry = DatedEntry | Evaluasi;

/** A feed item per entry, with its share image as the enclosure readers' apps show. */
async function itemOf(entry: FeedEntry, site: URL): Promise<RSSFeedItem> {
  const length = await shareImageSize(shareInputOf(entry));
  return {
    title: headlineOf(entry.data.title, entry.data.illustrative),
    link: entryUrl(entry),
    pubDate: entry.data.publishDate,
    description: 'description' in entry.data ? entry.data.description : entry.data.summary,
    categories: [
      COLLECTIONS[entry.collection].label,
      ...('tags' in entry.data ? entry.data.tags : []),
    ],
    enclosure: {
      url: new URL(shareImagePath(entry), site).href,
      length,
      type: 'image/jpeg',
    },
  };
}

/** An RSS 2.0 response for `entries` (already published and sorted newest first). */
export async function feedResponse(options: {
  /** Astro's `site`; feeds need absolute links, so it must be configured. */
  site: URL | undefined;
  title: string;
  description: string;
  entries: FeedEntry[];
}): Promise<Response> {
  const { site } = options;
  if (!site) throw new Error('Umpan RSS membutuhkan alamat situs (SITE_URL) untuk tautan absolut.');
  const xml = await feedXml({
    title: feedTitle(options.title),
    description: options.description,
    site,
    items: await Promise.all(
      options.entries.slice(0, SITE.feedSize).map((entry) => itemOf(entry, site)),
    ),
    customData: '<language>id</language>',
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
