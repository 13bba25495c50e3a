import { collectionLink } from './labels.ts';

/** Site-wide settings: names, institutions, contact, page sizes. One place to change them. */
export const SITE = {
  name: 'Sinergi Pembinaan Ambon',
  tagline:
    'Kerja sama Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku untuk pembinaan warga binaan',
  description:
    'Berita, program pelatihan dan pembinaan, serta kisah reintegrasi sosial dari kerja sama Pemerintah Kota Ambon dan Kanwil Ditjenpas Maluku.',
  locale: 'id-ID',
  /** Maluku keeps Eastern Indonesia Time (WIT, UTC+9). */
  timeZone: 'Asia/Jayapura',
  /** Entries per page of every paginated list: news, yearly archives and topics. */
  listPageSize: 12,
  /**
   * Items in each RSS feed, the newest: feed readers poll often and only show what is new, so
   * the newest items keep each poll small even when the archive holds thousands of articles.
   */
  feedSize: 50,
  /**
   * The publisher's logo search engines show: the favicon's mark as a square PNG, drawn by
   * src/pages/logo.png.ts, whose file name gives the address.
   */
  logo: { path: '/logo.png', size: 512 },
  /**
   * The repository editors change content in; "Ubah halaman ini" links open the entry's file
   * there. GitHub Actions sets SITE_REPOSITORY_URL from the repository that runs the build;
   * without it the link is left out rather than pointing somewhere wrong.
   */
  repository: {
    url: process.env.SITE_REPOSITORY_URL?.replace(/\/+$/, '') || undefined,
    branch: process.env.SITE_REPOSITORY_BRANCH || 'main',
  },
  /**
   * Signing editors in to GitHub from the web editor at /admin/ needs an OAuth service (see
   * docs/editor-web-admin.md). Its address comes from the build's environment; nothing secret
   * is kept here. Without a repository the editor works only with `npm run cms`.
   */
  cms: {
    authUrl: process.env.CMS_AUTH_URL?.replace(/\/+$/, '') || undefined,
    authEndpoint: process.env.CMS_AUTH_ENDPOINT || undefined,
  },
  /**
   * Licence of the evaluation figures published as CSV and JSON. CC BY 4.0 is the editors'
   * proposal (anyone may reuse the data, naming the source); the two offices have not confirmed
   * it yet, so pages say "usulan" next to it until `confirmed` is set to true.
   */
  dataLicense: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
    confirmed: false,
  },
  institutions: [
    {
      name: 'Pemerintah Kota Ambon',
      short: 'Pemkot Ambon',
      address: 'Balai Kota Ambon, Kota Ambon, Maluku',
    },
    {
      name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku',
      short: 'Kanwil Ditjenpas Maluku',
      address: 'Provinsi Maluku',
    },
  ],
  /**
   * The editorial desk's address. Neither office has published one for this site yet, so the
   * value is marked illustrative and shown with the "Contoh" label until an editor sets it.
   */
  contact: {
    email: 'redaksi@sinergi-pembinaan.example',
    illustrative: true,
  },
} as const;

/** Main navigation, in the order readers see it. */
export const NAVIGATION = [
  collectionLink('berita'),
  collectionLink('program'),
  collectionLink('kisah'),
  collectionLink('evaluasi'),
  { href: '/tentang/', label: 'Tentang' },
];
