import type { APIRoute } from 'astro';
import { getEvaluations, getNews, getStories } from '../lib/entries.ts';
import { feedResponse } from '../lib/feed.ts';
import { newestFirst } from '../lib/grouping.ts';
import { SITE_FEED_TITLE } from '../lib/sectionFeeds.ts';

/** Everything new on the site: news, stories and evaluation reports together, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: SITE_FEED_TITLE,
    description:
      'Berita, kisah reintegrasi, dan laporan evaluasi dari kerja sama Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku.',
    entries: [...(await getNews()), ...(await getStories()), ...(await getEvaluations())].sort(
      newestFirst,
    ),
  });
