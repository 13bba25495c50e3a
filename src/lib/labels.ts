/*
 * What readers call things, in one place: a section renamed here is renamed on cards, breadcrumbs,
 * menus, search filters, feeds and share images alike.
 */

/**
 * Each collection as readers meet it: `label` is the short name (card kickers, breadcrumbs, the
 * menu, search type, feed category, share image), `title` names its section where it stands alone
 * (list page, feed, the eyebrow of a story), `url` is its list page.
 */
export const COLLECTIONS = {
  berita: { label: 'Berita', title: 'Berita', url: '/berita/' },
  kisah: { label: 'Kisah', title: 'Kisah reintegrasi', url: '/kisah/' },
  program: { label: 'Program', title: 'Program pembinaan', url: '/program/' },
  evaluasi: { label: 'Evaluasi', title: 'Evaluasi berkala', url: '/evaluasi/' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** A link to a collection's list page under its short name, as in breadcrumbs and menus. */
export function collectionLink(collection: CollectionName): { href: string; label: string } {
  const { url, label } = COLLECTIONS[collection];
  return { href: url, label };
}

/** How each program category is named everywhere on the site, in reading order. */
export const PROGRAM_CATEGORY_LABEL = {
  vokasional: 'Pelatihan vokasional',
  kepribadian: 'Pembinaan kepribadian',
} as const;

/** How a program's progress is named on its page. */
export const PROGRAM_STATUS_LABEL = {
  disepakati: 'Disepakati dalam nota kesepahaman',
  berjalan: 'Sedang berjalan',
  selesai: 'Selesai',
} as const;
