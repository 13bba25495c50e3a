import type { APIRoute } from 'astro';
import { getNews, getStories } from '../lib/entries.ts';
import { feedResponse } from '../lib/feed.ts';
import { newestFirst } from '../lib/grouping.ts';
import { SITE_FEED_TITLE } from '../lib/sectionFeeds.ts';

/** Everything new on the site: news and stories together, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: SITE_FEED_TITLE,
    description:
      'Berita dan kisah reintegrasi dari kerja sama Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku.',
    entries: [...(await getNews()), ...(await getStories())].sort(newestFirst),
  });
