/**
 * What an MDX body may contain: Markdown, the components in `bodyComponents.ts` with literal
 * values, and images from the entry's own folder. Everything else (code, expressions, HTML,
 * script links) is refused with an Indonesian message naming the line and the fix. The build's
 * remark plugin and `npm run periksa` both call {@link checkBodyTree}, so their verdicts agree.
 */
import path from 'node:path';
import { BODY_COMPONENTS, isBodyComponent, type BodyAttribute } from './bodyComponents.ts';
import { adviceForHtml } from './htmlAdvice.ts';
import { LIMITS, span } from './limits.ts';
import type { ContentProblem } from './messages.ts';
import type { BodyAttributeNode, BodyNode, EstreeNode } from './mdxBody.ts';
import { isDescriptiveAlt } from './schemas.ts';
import { forbiddenInText } from './textRules.ts';

export interface BodyContext {
  /** Entry file from the project root, as messages name it. */
  file: string;
  /** Collection folder name: stories have a privacy rule for images of people. */
  collection: string;
  /** A story's `subject.consent` is recorded. */
  hasConsent: boolean;
}

/** An image the body places, by its path relative to the entry file. */
export interface BodyImage {
  src: string;
  line?: number;
}

export interface BodyReport {
  problems: ContentProblem[];
  images: BodyImage[];
}

const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS).join(', ');
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** `./foto.jpg` or `foto/satu.jpg`: a file inside the entry's folder, of a type we optimise. */
export function isOwnImagePath(src: string): boolean {
  const segments = src.replace(/^\.\//, '').split('/');
  return (
    /\.(?:jpe?g|png|webp|avif)$/i.test(src) &&
    !/^[a-z][a-z0-9+.-]*:|^[/\\]|\\|[?#]/i.test(src) &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

/** Why a link target is refused, or `undefined` when it is a page, an anchor or a web address. */
function linkRefusal(url: string): Pick<ContentProblem, 'problem' | 'fix'> | undefined {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^[/\\]{2}/.test(compact)) {
    return {
      problem: `tautan "${shorten(url)}" tidak menyebut https:, sehingga tujuannya bergantung pada cara halaman dibuka.`,
      fix: 'Tulis alamat lengkap diawali https://, atau alamat halaman situs ini diawali satu garis miring, misalnya /tentang/.',
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme && DANGEROUS_SCHEMES.has(scheme)) {
    return {
      problem: `tautan ${scheme}: menjalankan kode atau memuat isi tersembunyi saat diklik, sehingga tidak diterima.`,
      fix: 'Tautkan ke halaman biasa: https://alamat atau /alamat-di-situs-ini/. Gambar diunggah ke folder entri dan ditulis ![teks alt](./foto.jpg).',
    };
  }
  if (scheme && !SAFE_SCHEMES.has(scheme)) {
    return {
      problem: `tautan dengan awalan ${scheme}: tidak dapat dibuka oleh semua pembaca.`,
      fix: 'Pakai alamat https://, mailto: untuk e-mail, atau tel: untuk nomor telepon.',
    };
  }
  if (scheme || /^[/#]/.test(compact)) return undefined;
  return {
    problem: `tautan "${shorten(url)}" tidak diawali https:// atau garis miring, sehingga tujuannya berubah menurut halaman tempat ia muncul; file di folder entri tidak ikut diterbitkan.`,
    fix: 'Untuk halaman situs ini tulis alamatnya diawali garis miring, misalnya [Program](/program/); untuk situs lain tulis alamat lengkap diawali https://.',
  };
}

/** A value quoted in a message, cut to a readable length (printing makes control characters visible). */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const isFlagTrue = (attribute: BodyAttributeNode): boolean => {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === 'true';
  return value.value.trim() === 'true';
};

/** `{true}` / `{false}`: a literal, not code, so it is accepted for flags. */
const isBooleanLiteral = (program: EstreeNode | undefined) => {
  const statement = (program?.body as EstreeNode[] | undefined)?.[0];
  const expression = statement?.expression as EstreeNode | undefined;
  return (
    (program?.body as unknown[] | undefined)?.length === 1 &&
    expression?.type === 'Literal' &&
    typeof expression.value === 'boolean'
  );
};

const identifierOf = (program: EstreeNode | undefined): string | undefined => {
  const body = program?.body as EstreeNode[] | undefined;
  const expression =
    body?.length === 1 ? (body[0]?.expression as EstreeNode | undefined) : undefined;
  return expression?.type === 'Identifier' ? String(expression.name) : undefined;
};

class BodyChecker {
  readonly problems: ContentProblem[] = [];
  readonly images: BodyImage[] = [];
  /** Default imports of images from the entry's folder (the older way of placing an image). */
  private readonly importedImages = new Set<string>();

  constructor(private readonly context: BodyContext) {}

  private report(node: { position?: BodyNode['position'] }, problem: string, fix: string) {
    const start = node.position?.start;
    this.problems.push({
      file: this.context.file,
      field: '',
      ...(start ? { line: start.line, column: start.column } : {}),
      problem,
      fix,
    });
  }

  check(tree: BodyNode): void {
    // Imports come first in a file, but collect them before visiting so their names are known.
    for (const node of tree.children ?? []) if (node.type === 'mdxjsEsm') this.esm(node);
    this.visit(tree);
  }

  private visit(node: BodyNode): void {
    switch (node.type) {
      case 'mdxjsEsm':
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.expression(node);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node);
        break;
      case 'heading':
        if (node.depth === 1) {
          this.report(
            node,
            'judul tingkat satu (# di awal baris) di badan tulisan: halaman sudah memakai title sebagai judulnya, jadi halaman akan punya dua judul utama.',
            'Ganti # di awal baris dengan ## untuk subjudul (atau ### untuk subjudul kecil).',
          );
        }
        break;
      case 'html': {
        // Raw HTML in a `.md` body: Astro would publish it as written.
        const element = /^<\/?([a-z][\w:-]*)/i.exec(node.value ?? '')?.[1];
        if (element && isBodyComponent(element)) {
          this.report(
            node,
            `komponen <${element}> hanya dapat dipakai di berkas .mdx, sedangkan berkas ini .md.`,
            `Ganti nama berkas ${path.posix.basename(this.context.file)} menjadi ${path.posix.basename(this.context.file).replace(/\.md$/, '.mdx')}.`,
          );
          return;
        }
        this.report(
          node,
          element
            ? `elemen HTML <${element}> tidak dapat dipakai di badan tulisan.`
            : 'kode HTML tidak dapat dipakai di badan tulisan.',
          adviceForHtml(
            element ?? '',
            /\s(?:class|style)=/i.test(node.value ?? '') ? ['class'] : [],
          ),
        );
        return;
      }
      case 'link':
      case 'definition':
        this.link(node);
        break;
      case 'image':
        this.markdownImage(node);
        return;
      case 'imageReference':
        this.report(
          node,
          'gambar dengan rujukan [..][..] tidak didukung.',
          'Tulis gambar langsung: ![teks alt](./foto.jpg).',
        );
        return;
      case 'text':
      case 'inlineCode':
      case 'code':
        this.text(node);
        return;
    }
    node.children?.forEach((child) => this.visit(child));
  }

  private text(node: BodyNode) {
    const hidden = forbiddenInText(node.value ?? '');
    if (!hidden) return;
    this.report(
      node,
      `ada karakter tak terlihat ${hidden.code} (${hidden.name}) di teks ini.`,
      'Hapus baris ini dan ketik ulang, atau tempel teksnya sebagai teks biasa (Ctrl+Shift+V).',
    );
  }

  private esm(node: BodyNode) {
    const statements = (node.data?.estree?.body ?? []) as EstreeNode[];
    for (const statement of statements) {
      const source = (statement.source as { value?: unknown } | undefined)?.value;
      const specifiers = (statement.specifiers ?? []) as EstreeNode[];
      const local = (specifiers[0]?.local as { name?: string } | undefined)?.name;
      if (
        statement.type === 'ImportDeclaration' &&
        specifiers.length === 1 &&
        specifiers[0]?.type === 'ImportDefaultSpecifier' &&
        typeof source === 'string' &&
        isOwnImagePath(source) &&
        local
      ) {
        this.importedImages.add(local);
        this.images.push({
          src: source,
          ...(node.position ? { line: node.position.start.line } : {}),
        });
        continue;
      }
      const isExport = statement.type.startsWith('Export');
      this.report(
        node,
        isExport
          ? 'baris export adalah kode JavaScript dan tidak boleh ada di badan tulisan.'
          : `baris import${typeof source === 'string' ? ` "${shorten(source)}"` : ''} memuat kode, padahal badan tulisan hanya boleh memuat gambar dari folder entri sendiri.`,
        'Hapus baris ini. Komponen Gambar, Kutipan, FaktaKunci, dan Galeri dapat dipakai tanpa import; gambar ditulis ![teks alt](./foto.jpg) atau <Gambar src="./foto.jpg" alt="…" />.',
      );
    }
  }

  private expression(node: BodyNode) {
    const program = node.data?.estree;
    // `{/* catatan */}` is a comment for fellow editors: no code, nothing shown.
    if (program && program.body.length === 0) return;
    this.report(
      node,
      `kurung kurawal {${shorten(node.value ?? '')}} dibaca sebagai kode, bukan sebagai teks.`,
      'Bila kurung kurawal dimaksudkan sebagai teks, tulis \\{ dan \\} (misalnya \\{nama\\}), atau pakai kurung biasa ( ).',
    );
  }

  private element(node: BodyNode) {
    const name = node.name ?? '';
    const attributeNames = (node.attributes ?? []).map((attribute) => attribute.name ?? '');
    if (!isBodyComponent(name)) {
      const isHtml = name === '' || /^[a-z]/.test(name) || name.includes(':');
      this.report(
        node,
        name === ''
          ? 'tanda <> … </> (fragmen) adalah kode dan tidak dapat dipakai di badan tulisan.'
          : isHtml
            ? `elemen HTML <${name}> tidak dapat dipakai di badan tulisan.`
            : `komponen <${name}> tidak dikenal. Yang tersedia: ${COMPONENT_NAMES}.`,
        isHtml
          ? adviceForHtml(name, attributeNames)
          : 'Periksa ejaan nama komponen (huruf besar-kecil berpengaruh) atau pakai Markdown.',
      );
      return;
    }
    const spec = BODY_COMPONENTS[name];
    const attributes: Record<string, BodyAttribute> = spec.attributes;
    for (const attribute of node.attributes ?? [])
      this.attribute(node, name, attributes, attribute);
    for (const [attributeName, rule] of Object.entries(attributes)) {
      if (!rule.required || attributeNames.includes(attributeName)) continue;
      this.report(
        node,
        attributeName === 'alt'
          ? `komponen <${name}> tidak punya teks alt.`
          : `komponen <${name}> belum punya atribut ${attributeName}.`,
        attributeName === 'alt'
          ? 'Tambahkan alt="…" yang menggambarkan isi gambar, misalnya alt="Peserta menata hasil anyaman".'
          : `Tambahkan ${attributeName}="…": ${rule.doc}`,
      );
    }
    if (!spec.hasContent && (node.children ?? []).length > 0) {
      this.report(
        node,
        `komponen <${name}> tidak berisi teks.`,
        `Tulis <${name} … /> dengan garis miring sebelum tanda >, tanpa tag penutup; keterangan ditulis di caption="…".`,
      );
    }
  }

  private attribute(
    node: BodyNode,
    component: string,
    rules: Record<string, BodyAttribute>,
    attribute: BodyAttributeNode,
  ) {
    const at = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      this.report(
        at,
        `atribut {…} pada <${component}> adalah kode.`,
        'Tulis setiap atribut sebagai nama="nilai", misalnya alt="Peserta pelatihan".',
      );
      return;
    }
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      this.report(
        at,
        `atribut ${name} menjalankan kode saat pembaca berinteraksi dengan halaman.`,
        `Hapus atribut ${name}.`,
      );
      return;
    }
    const rule = rules[name];
    if (!rule) {
      this.report(
        at,
        `atribut ${name} tidak dikenal pada <${component}>.`,
        `Hapus atribut ini. Atribut yang dapat dipakai: ${Object.keys(rules).join(', ')}.`,
      );
      return;
    }
    const { value } = attribute;
    const kind = rule.kind ?? 'text';
    if (value !== null && value !== undefined && typeof value !== 'string') {
      const program = value.data?.estree as EstreeNode | undefined;
      const legacyImage =
        kind === 'image' && this.importedImages.has(identifierOf(program) ?? '\u0000');
      if (legacyImage || (kind === 'flag' && isBooleanLiteral(program))) {
        if (kind === 'flag') this.flag(at, component, name, isFlagTrue(attribute));
        return;
      }
      this.report(
        at,
        `nilai ${name}={…} pada <${component}> dibaca sebagai kode.`,
        kind === 'image'
          ? `Tulis nama file gambar di antara tanda kutip, misalnya ${name}="./foto.jpg".`
          : `Tulis nilainya di antara tanda kutip, misalnya ${name}="…".`,
      );
      return;
    }
    if (kind === 'flag') {
      const text = typeof value === 'string' ? value.trim() : 'true';
      if (text !== 'true' && text !== 'false') {
        this.report(
          at,
          `nilai ${name}="${shorten(text)}" tidak dikenal.`,
          `Tulis ${name} saja, atau ${name}="false".`,
        );
        return;
      }
      this.flag(at, component, name, text === 'true');
      return;
    }
    if (typeof value !== 'string') {
      this.report(
        at,
        `atribut ${name} pada <${component}> belum diberi nilai.`,
        `Tulis ${name}="…": ${rule.doc}`,
      );
      return;
    }
    const hidden = forbiddenInText(value);
    if (hidden) {
      this.report(
        at,
        `atribut ${name} berisi karakter tak terlihat ${hidden.code} (${hidden.name}).`,
        'Hapus nilainya dan ketik ulang dalam satu baris.',
      );
      return;
    }
    if (kind === 'image') {
      this.imagePath(at, value);
      return;
    }
    if (name === 'alt') this.altText(at, value, `komponen <${component}>`);
    else if (rule.max && value.trim().length > rule.max) {
      this.report(
        at,
        `atribut ${name} terlalu panjang: maksimal ${rule.max} karakter.`,
        `Persingkat ${name}.`,
      );
    }
  }

  private flag(
    node: { position?: BodyNode['position'] },
    component: string,
    name: string,
    on: boolean,
  ) {
    if (name !== 'showsPerson' || !on) return;
    if (this.context.collection !== 'kisah' || this.context.hasConsent) return;
    this.report(
      node,
      `<${component}> menampilkan orang yang dapat dikenali (showsPerson) tetapi subject.consent belum ada. Nama atau wajah hanya boleh tampil dengan persetujuan tertulis yang tercatat, karena mantan warga binaan yang dikenali di situs publik dapat kehilangan pekerjaan, tempat tinggal, dan penerimaan tetangganya.`,
      'Ganti gambarnya dengan gambar yang tidak menampilkan orang yang dapat dikenali dan hapus showsPerson, atau catat persetujuannya di subject.consent (reference dan date).',
    );
  }

  private altText(node: { position?: BodyNode['position'] }, alt: string, what: string) {
    const trimmed = alt.trim();
    if (trimmed === '') {
      this.report(
        node,
        `${what} tidak punya teks alt.`,
        what.startsWith('gambar')
          ? 'Tulis isi gambar di antara kurung siku, misalnya ![Peserta menata hasil anyaman](./anyaman.jpg).'
          : 'Tambahkan alt="…" yang menggambarkan isi gambar, misalnya alt="Peserta menata hasil anyaman".',
      );
    } else if (!isDescriptiveAlt(trimmed) || trimmed.length < LIMITS.alt[0]) {
      this.report(
        node,
        `teks alt "${shorten(trimmed)}" pada ${what} tidak menggambarkan isi gambar bagi pembaca yang tidak dapat melihatnya.`,
        `Tulis apa yang terlihat di gambar dalam satu kalimat (${span(LIMITS.alt)} karakter), misalnya "Peserta menata hasil anyaman di atas meja".`,
      );
    } else if (trimmed.length > LIMITS.alt[1]) {
      this.report(
        node,
        `teks alt pada ${what} terlalu panjang: maksimal ${LIMITS.alt[1]} karakter.`,
        'Persingkat teks alt; rincian dapat ditulis di keterangan.',
      );
    }
  }

  private imagePath(node: { position?: BodyNode['position'] }, src: string) {
    if (isOwnImagePath(src)) {
      this.images.push({ src, ...(node.position ? { line: node.position.start.line } : {}) });
      return;
    }
    const remote = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim());
    this.report(
      node,
      remote
        ? `gambar "${shorten(src)}" diambil dari luar situs; gambar harus diunggah ke folder entri agar dapat diperkecil dan tetap ada.`
        : `gambar "${shorten(src)}" bukan file JPEG, PNG, WebP, atau AVIF di folder entri ini.`,
      `Unggah gambarnya ke folder yang sama dengan berkas ini, lalu tulis namanya diawali ./, misalnya ./foto.jpg (folder lain dengan ../ tidak dapat dipakai).`,
    );
  }

  private markdownImage(node: BodyNode) {
    this.altText(node, node.alt ?? '', `gambar ![](${shorten(node.url ?? '')})`);
    this.imagePath(node, node.url ?? '');
  }

  private link(node: BodyNode) {
    const refusal = linkRefusal(node.url ?? '');
    if (refusal) this.report(node, refusal.problem, refusal.fix);
  }
}

/** Everything in a parsed body that the policy refuses, and the images it places. */
export function checkBodyTree(tree: BodyNode, context: BodyContext): BodyReport {
  const checker = new BodyChecker(context);
  checker.check(tree);
  return { problems: checker.problems, images: checker.images };
}

/** `%20` in a Markdown path means a space in the file name, as Astro reads it. */
export function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** The image file a body path points at, for the file checks. */
export const bodyImageFile = (entryFile: string, src: string) =>
  path.resolve(path.dirname(entryFile), decodePath(src));
