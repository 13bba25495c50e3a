/**
 * The components an editor may write in an MDX body, and the attributes each one takes. This is
 * the one list: the body policy refuses anything else, the editor guide documents it (a test keeps
 * them in step), and `src/components/mdx/` implements it.
 *
 * Every attribute value is a literal written in quotes; nothing in a body is ever evaluated.
 */
import { LIMITS, span } from './limits.ts';

/** One attribute of a body component. */
export interface BodyAttribute {
  /** Its name in the web editor's form. */
  label: string;
  /** What the attribute is for, in Indonesian, as the editor guide shows it. */
  doc: string;
  /** `true` when the component cannot be used without it. Default `false`. */
  required?: boolean;
  /**
   * `text` (default): any text in quotes. `image`: a path to an image file in the entry's own
   * folder, such as `./foto.jpg`. `flag`: written alone (`showsPerson`) or as `"true"`/`"false"`.
   */
  kind?: 'text' | 'image' | 'flag';
  /** Longest accepted text, in characters. Default no limit beyond the body's own. */
  max?: number;
}

/** One component editors may use in a body. */
export interface BodyComponent {
  /** What it shows, in Indonesian. */
  doc: string;
  /** Example as an editor writes it. */
  example: string;
  attributes: Record<string, BodyAttribute>;
  /** `false` for components that are written self-closing (`<Gambar … />`). */
  hasContent: boolean;
}

export const BODY_COMPONENTS = {
  Gambar: {
    doc: 'Gambar dengan keterangan dan sumber di badan tulisan.',
    example:
      '<Gambar src="./dapur.jpg" alt="Meja dapur dengan panci dan rempah" caption="Ruang praktik tata boga." credit="Ilustrasi: Tim Redaksi" />',
    hasContent: false,
    attributes: {
      src: {
        label: 'Berkas gambar',
        doc: 'Nama file gambar di folder entri, diawali ./, misalnya "./dapur.jpg".',
        required: true,
        kind: 'image',
      },
      alt: {
        label: 'Teks alt',
        doc: `Apa yang terlihat di gambar, untuk pembaca yang tidak dapat melihatnya (${span(LIMITS.alt)} karakter).`,
        required: true,
        max: LIMITS.alt[1],
      },
      caption: {
        label: 'Keterangan gambar',
        doc: `Keterangan di bawah gambar (paling banyak ${LIMITS.caption[1]} karakter).`,
        max: LIMITS.caption[1],
      },
      credit: {
        label: 'Pembuat gambar',
        doc: 'Pembuat gambar, misalnya "Foto: Humas Pemkot Ambon".',
        max: LIMITS.credit[1],
      },
      showsPerson: {
        label: 'Menampilkan orang yang dapat dikenali',
        doc: 'Tulis showsPerson bila gambar menampilkan orang yang dapat dikenali; di kisah hanya boleh dengan persetujuan tertulis (subject.consent).',
        kind: 'flag',
      },
    },
  },
  Kutipan: {
    doc: 'Kalimat penting dari tulisan itu sendiri, dicetak besar; kutipan orang hanya dengan izinnya dan kata-katanya yang persis.',
    example: '<Kutipan sumber="Siaran pers Pemkot Ambon">Kalimat yang dikutip.</Kutipan>',
    hasContent: true,
    attributes: {
      sumber: {
        label: 'Sumber',
        doc: 'Asal kalimat; kosongkan bila kalimat itu milik tulisan sendiri.',
        max: LIMITS.quoteSource,
      },
    },
  },
  FaktaKunci: {
    doc: 'Kotak berisi butir-butir fakta penting bagi pembaca yang membaca sekilas.',
    example:
      '<FaktaKunci judul="Sekilas kerja sama">\n\n- Fakta pertama\n- Fakta kedua\n\n</FaktaKunci>',
    hasContent: true,
    attributes: {
      judul: {
        label: 'Judul',
        doc: 'Judul kotak; bawaannya "Fakta kunci".',
        max: LIMITS.boxTitle,
      },
    },
  },
  Galeri: {
    doc: 'Deretan gambar, dua berdampingan di layar lebar; isinya komponen <Gambar>.',
    example:
      '<Galeri judul="Produk yang dipamerkan">\n\n<Gambar src="./galeri-1.jpg" alt="Keranjang anyaman di atas meja" />\n\n</Galeri>',
    hasContent: true,
    attributes: {
      judul: {
        label: 'Judul',
        doc: 'Judul galeri yang dibaca sebelum gambar-gambarnya.',
        max: LIMITS.boxTitle,
      },
    },
  },
} as const satisfies Record<string, BodyComponent>;

export type BodyComponentName = keyof typeof BODY_COMPONENTS;

export const isBodyComponent = (name: string): name is BodyComponentName =>
  Object.hasOwn(BODY_COMPONENTS, name);

/** Image files astro:assets optimises; the bytes must agree (see `imageFile.ts`). */
export const BODY_IMAGE_PATH = /^(?:\.\/)?(?![./])[^\\:?#]*\.(?:jpe?g|png|webp|avif)$/i;

/**
 * A note to other editors, written `{/* … *\/}`: MDX's comment, never shown to readers. The web
 * editor offers it as a block of its own, so that such notes survive editing there.
 */
export const BODY_NOTE = {
  id: 'Catatan',
  label: 'Catatan untuk editor',
  doc: 'Catatan untuk sesama editor; tidak tampil di halaman.',
} as const;
