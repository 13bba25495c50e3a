import type { APIRoute } from 'astro';
import { getEvaluations, getNews, getPrograms, getStories } from '../../../lib/entries.ts';
import { shareImage, type ShareImageInput } from '../../../lib/shareImage.ts';
import { shareInputOf } from '../../../lib/sharing.ts';

export async function getStaticPaths() {
  const entries = [
    ...(await getNews()),
    ...(await getStories()),
    ...(await getPrograms()),
    ...(await getEvaluations()),
  ];
  return entries.map((entry) => ({
    params: { collection: entry.collection, id: entry.id },
    props: { input: shareInputOf(entry) },
  }));
}

/** The 1200×630 preview WhatsApp, Facebook, X and Telegram show for an entry's link. */
export const GET: APIRoute<{ input: ShareImageInput }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImage(props.input)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
