import type { APIRoute } from 'astro';
import { getNews } from '../../lib/entries.ts';
import { feedResponse } from '../../lib/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: 'Berita',
    description:
      'Berita kerja sama pembinaan warga binaan Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku.',
    entries: await getNews(),
  });
