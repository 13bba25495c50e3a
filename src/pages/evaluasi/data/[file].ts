import type { APIRoute } from 'astro';
import { getReports } from '../../../lib/entries.ts';
import { dataFileBody, dataFiles, type DataFile } from '../../../lib/evaluation/evaluationPages.ts';

export async function getStaticPaths() {
  return dataFiles(await getReports());
}

/** An evaluation's figures as open data, CSV or JSON, in UTF-8. */
export const GET: APIRoute<DataFile['props']> = ({ props, site }) => {
  if (!site)
    throw new Error('Berkas data membutuhkan alamat situs (SITE_URL) untuk tautan absolut.');
  return new Response(dataFileBody(props, site), {
    headers: { 'Content-Type': `${props.download.mediaType}; charset=utf-8` },
  });
};
