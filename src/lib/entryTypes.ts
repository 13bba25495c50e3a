import type { CollectionEntry } from 'astro:content';

/*
 * The entry types on their own, so that pure modules (groupings, page data) can name them without
 * importing the queries, which import those modules in turn.
 */
export type Berita = CollectionEntry<'berita'>;
export type Program = CollectionEntry<'program'>;
export type Kisah = CollectionEntry<'kisah'>;
export type Evaluasi = CollectionEntry<'evaluasi'>;
export type DatedEntry = Berita | Kisah;
