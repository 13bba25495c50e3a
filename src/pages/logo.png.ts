import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { SITE } from '../lib/site.ts';

/** The favicon's mark as a raster logo: search engines want a PNG for a publisher. */
export const GET: APIRoute = async () => {
  const mark = await readFile(path.resolve('public/favicon.svg'));
  const { size } = SITE.logo;
  const png = await sharp(mark, { density: 1000 }).resize(size, size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
