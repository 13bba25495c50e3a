import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { headlineOf } from './documentTitle.ts';
import { readFrontmatter } from './content/frontmatter.ts';
import { COLLECTIONS } from './labels.ts';
import type { ShareImageInput } from './shareImage.ts';
import { SITE } from './site.ts';

export type ShareableEntry = CollectionEntry<'berita' | 'kisah' | 'program' | 'evaluasi'>;

/** Share image of pages that have no cover of their own. */
export const DEFAULT_SHARE_IMAGE = '/og/situs.jpg';

export function shareImagePath(entry: { collection: string; id: string }): string {
  return `/og/${entry.collection}/${entry.id}.jpg`;
}

/**
 * The cover's original file, read from the entry's own frontmatter: by the time pages render,
 * astro:assets has replaced the path with the address of a processed copy.
 */
function coverFile(entry: ShareableEntry): string | undefined {
  if (!entry.data.cover || !entry.filePath) return undefined;
  const filePath = path.resolve(entry.filePath);
  const { data } = readFrontmatter(readFileSync(filePath, 'utf8'));
  const image = (data.cover as { image?: unknown } | undefined)?.image;
  if (typeof image !== 'string') throw new Error(`Sampul ${entry.filePath} tidak terbaca.`);
  return path.resolve(path.dirname(filePath), image);
}

export function shareInputOf(entry: ShareableEntry): ShareImageInput {
  const kind = COLLECTIONS[entry.collection].label;
  return {
    title: entry.data.title,
    // An illustrative entry's preview says so wherever the link is shared.
    kind: entry.data.illustrative ? `${kind} · Contoh` : kind,
    coverFile: coverFile(entry),
  };
}

export const SITE_SHARE_INPUT: ShareImageInput = { title: SITE.tagline, kind: 'Informasi publik' };

/** A page as readers share it. */
export interface SharedPage {
  /** Absolute address of the page. */
  url: string;
  title: string;
  /** An illustrative entry, shown with the "Contoh" label. */
  illustrative: boolean;
}

/**
 * The text a share carries: the headline exactly as the tab and the link preview show it, so an
 * illustrative entry is still marked "Contoh:" in the chat or mail it is shared into.
 */
export function sharedText(page: SharedPage): string {
  return headlineOf(page.title, page.illustrative);
}

/** Ready-made share links: plain addresses, no scripts from the networks themselves. */
export function shareLinks(page: SharedPage): { label: string; href: string }[] {
  const u = encodeURIComponent(page.url);
  const t = encodeURIComponent(sharedText(page));
  return [
    { label: 'WhatsApp', href: `https://wa.me/?text=${t}%20${u}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { label: 'Surel', href: `mailto:?subject=${t}&body=${t}%0A${u}` },
  ];
}
