/**
 * schema.org data for search engines, as JSON-LD. Builders return plain objects; `jsonLd` turns
 * them into text that is safe inside a `<script>` element whatever an editor wrote.
 */
import { isoDate } from './dates.ts';
import { SITE } from './site.ts';

type Json = Record<string, unknown>;

/**
 * JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become unicode
 * escapes, which JSON parsers read back as the same characters.
 */
export function jsonLd(data: Json | Json[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function governmentOrganizations(): Json[] {
  return SITE.institutions.map((institution) => ({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: institution.name,
    alternateName: institution.short,
    address: {
      '@type': 'PostalAddress',
      addressLocality: institution.address,
      addressCountry: 'ID',
    },
  }));
}

function publisher(site: URL): Json {
  const { path, size } = SITE.logo;
  return {
    '@type': 'Organization',
    name: SITE.name,
    url: site.href,
    logo: { '@type': 'ImageObject', url: new URL(path, site).href, width: size, height: size },
  };
}

export interface ArticleData {
  type: 'NewsArticle' | 'Article';
  url: URL;
  headline: string;
  description: string;
  image: URL;
  published: Date;
  modified?: Date | undefined;
  /** A team or office; for stories without one, the site itself. */
  author?: string | undefined;
  site: URL;
}

export function article(data: ArticleData): Json {
  return {
    '@context': 'https://schema.org',
    '@type': data.type,
    mainEntityOfPage: data.url.href,
    headline: data.headline,
    description: data.description,
    image: [data.image.href],
    datePublished: isoDate(data.published),
    dateModified: isoDate(data.modified ?? data.published),
    inLanguage: 'id-ID',
    author: { '@type': 'Organization', name: data.author ?? SITE.name },
    publisher: publisher(data.site),
  };
}

export function breadcrumbList(items: { name: string; url: URL }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url.href,
    })),
  };
}

export interface DatasetData {
  url: URL;
  name: string;
  description: string;
  /** `2027-01-01/2027-06-30`: the period the figures cover. */
  temporalCoverage: string;
  published: Date;
  modified?: Date | undefined;
  downloads: { url: URL; mediaType: string }[];
  site: URL;
}

/**
 * A report's figures as a schema.org `Dataset`, so dataset search engines list the downloads with
 * their period and licence.
 */
export function dataset(data: DatasetData): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    url: data.url.href,
    name: data.name,
    description: data.description,
    temporalCoverage: data.temporalCoverage,
    datePublished: isoDate(data.published),
    dateModified: isoDate(data.modified ?? data.published),
    inLanguage: 'id-ID',
    isAccessibleForFree: true,
    license: SITE.dataLicense.url,
    creator: SITE.institutions.map((institution) => ({
      '@type': 'GovernmentOrganization',
      name: institution.name,
    })),
    publisher: publisher(data.site),
    distribution: data.downloads.map((download) => ({
      '@type': 'DataDownload',
      encodingFormat: download.mediaType,
      contentUrl: download.url.href,
    })),
  };
}
