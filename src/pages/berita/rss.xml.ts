import type { APIRoute } from 'astro';
import { getNews } from '../../lib/entries.ts';
import { feedResponse } from '../../lib/feed.ts';
import { COLLECTIONS } from '../../lib/labels.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: COLLECTIONS.berita.title,
    description:
      'Berita kerja sama pembinaan warga binaan Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku.',
    entries: await getNews(),
  });
