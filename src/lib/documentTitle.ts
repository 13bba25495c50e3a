import { SITE } from './site.ts';

/** Search results and browser tabs show about this many characters of a `<title>`. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The `<title>` of a page: `Judul · Sinergi Pembinaan Ambon` when it fits, the headline alone when
 * only that fits, otherwise the headline cut at a word with an ellipsis. The full headline stays in
 * the page's `<h1>`.
 */
export function documentTitle(title: string): string {
  if (title === SITE.name) return title;
  const withSite = `${title} · ${SITE.name}`;
  if (withSite.length <= MAX_TITLE_LENGTH) return withSite;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  // Looking one character past the limit finds a space right after a word that still fits.
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.:;–-]+$/, '')}…`;
}

/**
 * The headline as it travels beyond the page (tab, shared link, feed): an illustrative entry says
 * so first, where no cut can remove it, so a shared example is never mistaken for a real event.
 */
export function headlineOf(title: string, illustrative: boolean): string {
  return illustrative ? `Contoh: ${title}` : title;
}
