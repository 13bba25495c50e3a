import type { APIRoute } from 'astro';
import { getStories } from '../../lib/entries.ts';
import { feedResponse } from '../../lib/feed.ts';
import { COLLECTIONS } from '../../lib/labels.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: COLLECTIONS.kisah.title,
    description:
      'Kisah warga binaan yang kembali ke masyarakat, ditulis dengan nama samaran kecuali ada persetujuan tertulis.',
    entries: await getStories(),
  });
