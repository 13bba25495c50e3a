import type { APIRoute } from 'astro';
import { getEvaluations } from '../../lib/entries.ts';
import { feedResponse } from '../../lib/feed.ts';
import { newestFirst } from '../../lib/grouping.ts';
import { COLLECTIONS } from '../../lib/labels.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site,
    title: COLLECTIONS.evaluasi.title,
    description:
      'Laporan evaluasi berkala atas program pembinaan warga binaan, dengan angka per program dan data terbuka.',
    entries: (await getEvaluations()).sort(newestFirst),
  });
