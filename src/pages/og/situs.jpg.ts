import type { APIRoute } from 'astro';
import { shareImage } from '../../lib/shareImage.ts';
import { SITE_SHARE_INPUT } from '../../lib/sharing.ts';

/** The preview for pages without a cover of their own: lists, the home page, /tentang/. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await shareImage(SITE_SHARE_INPUT)), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
