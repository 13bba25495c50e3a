import { COLLECTIONS, collectionLink } from './labels.ts';

/** Titles and texts of the paginated lists, shared by each list's first and later pages. */
export const NEWS_LIST = {
  title: COLLECTIONS.berita.title,
  description: 'Berita terbaru kerja sama pembinaan warga binaan di Ambon dan Maluku.',
  lead: 'Kabar terbaru tentang pelatihan, pembinaan, dan reintegrasi sosial warga binaan, diurutkan dari yang terbaru.',
  breadcrumbs: [],
  label: 'berita',
  base: COLLECTIONS.berita.url,
  feed: 'berita' as const,
  empty: 'Belum ada berita yang terbit.',
};

export function archiveList(year: number) {
  return {
    title: `Arsip berita ${year}`,
    description: `Semua berita kerja sama pembinaan warga binaan Ambon dan Maluku yang terbit pada tahun ${year}.`,
    lead: `Berita yang terbit pada tahun ${year}, dari yang terbaru.`,
    breadcrumbs: [collectionLink('berita'), { href: '/berita/arsip/', label: 'Arsip' }],
    label: `arsip ${year}`,
    base: `/berita/arsip/${year}/`,
  };
}

export function topicList(topic: { slug: string; label: string }) {
  return {
    title: `Topik: ${topic.label}`,
    description: `Berita dan kisah tentang ${topic.label} dari kerja sama pembinaan warga binaan Ambon dan Maluku.`,
    lead: `Berita dan kisah yang membahas topik ini, dari yang terbaru.`,
    breadcrumbs: [{ href: '/topik/', label: 'Topik' }],
    label: `topik ${topic.label}`,
    base: `/topik/${topic.slug}/`,
  };
}
