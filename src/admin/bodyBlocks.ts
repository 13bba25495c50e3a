/**
 * The body components as blocks of the web editor's rich-text mode: how each is recognised in
 * MDX, which form fields it has, and how it is written back. Written back means written exactly as
 * the editor guide teaches editors to write it by hand, from the same list (bodyComponents.ts).
 */
import {
  BODY_COMPONENTS,
  BODY_NOTE,
  type BodyAttribute,
  type BodyComponentName,
} from '../lib/content/bodyComponents.ts';

/** Attribute values as a block's form holds them. */
export type BlockData = Record<string, string | boolean | BlockData[] | undefined>;

/** A Decap form field, as much of it as the blocks use. */
export interface BlockField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'image' | 'boolean' | 'list' | 'hidden';
  /** Images: `false`, since a body image must be a file in the entry's folder. */
  choose_url?: boolean;
  hint?: string;
  required?: boolean;
  default?: boolean;
  fields?: BlockField[];
}

/** The component's name as it appears to editors on the "+" menu. */
const BLOCK_LABELS: Record<BodyComponentName, string> = {
  Gambar: 'Gambar',
  Kutipan: 'Kutipan',
  FaktaKunci: 'Fakta kunci',
  Galeri: 'Galeri',
};

/** Where a component's content (between its tags) goes in the form. */
const CONTENT_FIELD: Partial<Record<BodyComponentName, BlockField>> = {
  Kutipan: {
    name: 'isi',
    label: 'Kalimat yang dikutip',
    widget: 'text',
    required: true,
    hint: 'Kata-kata persis; kutipan orang hanya dengan izinnya.',
  },
  FaktaKunci: {
    name: 'isi',
    label: 'Fakta',
    widget: 'text',
    required: true,
    hint: 'Satu fakta per baris, setiap baris diawali tanda minus dan spasi: "- Fakta pertama".',
  },
};

/**
 * The attribute pattern of a tag: `name` alone or `name="value"`; values never hold quotes. The
 * one exception is the old image form `src={foto}` with an `import` line, kept as it was written.
 */
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z]+(?:="[^"]*"|=\{[A-Za-z_$][\w$]*\})?)*)\s*`;
const ATTRIBUTE = /([A-Za-z]+)(?:="([^"]*)"|=(\{[A-Za-z_$][\w$]*\}))?/g;
/** An imported image's name in braces, as the old form writes it. */
const IMPORTED = /^\{[A-Za-z_$][\w$]*\}$/;

function attributeField(name: string, attribute: BodyAttribute): BlockField {
  const widget =
    attribute.kind === 'image' ? 'image' : attribute.kind === 'flag' ? 'boolean' : 'string';
  return {
    name,
    label: attribute.label,
    widget,
    hint: attribute.doc,
    required: attribute.required ?? false,
    ...(widget === 'boolean' && { default: false }),
    ...(widget === 'image' && { choose_url: false }),
  };
}

/** The form of a component: its attributes, then its content. */
export function blockFields(component: BodyComponentName): BlockField[] {
  const spec = BODY_COMPONENTS[component];
  const fields = Object.entries(spec.attributes).map(([name, attribute]) =>
    attributeField(name, attribute),
  );
  const content = CONTENT_FIELD[component];
  if (content) fields.push(content);
  if (component === 'Galeri')
    fields.push({
      name: 'gambar',
      label: 'Gambar di galeri',
      widget: 'list',
      required: true,
      fields: blockFields('Gambar'),
    });
  return fields;
}

/** Attributes written in a tag, as form values. */
export function parseAttributes(text: string): BlockData {
  const data: BlockData = {};
  for (const [, name = '', value, imported] of text.matchAll(ATTRIBUTE))
    data[name] = value ?? imported ?? true;
  return data;
}

/** A value in quotes; a quotation mark inside becomes the typographic one, as the site shows. */
const quoted = (value: string) => `"${value.replaceAll('"', '”')}"`;

/** The attributes of `component` from form values, in the guide's order, empty ones left out. */
export function writeAttributes(component: BodyComponentName, data: BlockData): string {
  const attributes: Record<string, BodyAttribute> = BODY_COMPONENTS[component].attributes;
  return Object.entries(attributes)
    .map(([name, attribute]) => {
      const value = data[name];
      if (attribute.kind === 'flag') return value === true || value === 'true' ? ` ${name}` : '';
      if (typeof value !== 'string' || value.trim() === '') return '';
      if (attribute.kind === 'image' && IMPORTED.test(value)) return ` ${name}=${value}`;
      const text =
        attribute.kind === 'image' && !value.startsWith('./') ? `./${value}` : value.trim();
      return ` ${name}=${quoted(text)}`;
    })
    .join('');
}

/** How the web editor recognises, reads and writes one component. */
export interface BodyBlock {
  id: BodyComponentName | typeof BODY_NOTE.id;
  label: string;
  fields: BlockField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => BlockData;
  toBlock: (data: BlockData) => string;
}

const GAMBAR_TAG = String.raw`<Gambar${ATTRIBUTES}\/>`;

function gambar(): BodyBlock {
  return {
    id: 'Gambar',
    label: BLOCK_LABELS.Gambar,
    fields: blockFields('Gambar'),
    pattern: new RegExp(`^${GAMBAR_TAG}`),
    fromBlock: (match) => parseAttributes(match[1] ?? ''),
    toBlock: (data) => `<Gambar${writeAttributes('Gambar', data)} />`,
  };
}

/**
 * A quote written on one line renders as a sentence, one written on lines of its own as a
 * paragraph; the form keeps which it was (hidden), so saving never changes how it looks.
 */
const LAYOUT_FIELD: BlockField = { name: 'tata', label: 'tata', widget: 'hidden' };

function withContent(component: 'Kutipan' | 'FaktaKunci'): BodyBlock {
  return {
    id: component,
    label: BLOCK_LABELS[component],
    fields: [...blockFields(component), LAYOUT_FIELD],
    pattern: new RegExp(`^<${component}${ATTRIBUTES}>([\\s\\S]*?)<\\/${component}>`),
    fromBlock: (match) => {
      const inner = match[2] ?? '';
      return {
        ...parseAttributes(match[1] ?? ''),
        isi: inner.trim(),
        tata: inner.startsWith('\n') ? 'blok' : 'sebaris',
      };
    },
    toBlock: (data) => {
      const content = typeof data.isi === 'string' ? data.isi.trim() : '';
      const open = `<${component}${writeAttributes(component, data)}>`;
      // A box of facts is a Markdown list, and a quote of several lines holds paragraphs: both
      // need lines of their own.
      const inline = component === 'Kutipan' && data.tata !== 'blok' && !content.includes('\n');
      return inline
        ? `${open}${content}</${component}>`
        : `${open}\n\n${content}\n\n</${component}>`;
    },
  };
}

/** A gallery is recognised only when it holds nothing but images, so no content is ever lost. */
function galeri(): BodyBlock {
  return {
    id: 'Galeri',
    label: BLOCK_LABELS.Galeri,
    fields: blockFields('Galeri'),
    pattern: new RegExp(`^<Galeri${ATTRIBUTES}>((?:\\s*${GAMBAR_TAG})*)\\s*<\\/Galeri>`),
    fromBlock: (match) => ({
      ...parseAttributes(match[1] ?? ''),
      gambar: [...(match[2] ?? '').matchAll(new RegExp(GAMBAR_TAG, 'g'))].map((image) =>
        parseAttributes(image[1] ?? ''),
      ),
    }),
    toBlock: (data) => {
      const images = Array.isArray(data.gambar) ? data.gambar : [];
      const body = images.map((image) => `<Gambar${writeAttributes('Gambar', image)} />`);
      return [`<Galeri${writeAttributes('Galeri', data)}>`, ...body, '</Galeri>'].join('\n\n');
    },
  };
}

/** A note to other editors, kept as MDX's comment; its text may not close the comment early. */
function note(): BodyBlock {
  return {
    id: BODY_NOTE.id,
    label: BODY_NOTE.label,
    fields: [
      { name: 'isi', label: 'Catatan', widget: 'text', required: true, hint: BODY_NOTE.doc },
    ],
    pattern: /^\{\/\*([\s\S]*?)\*\/\}/,
    fromBlock: (match) => ({ isi: (match[1] ?? '').trim() }),
    toBlock: (data) =>
      `{/* ${String(data.isi ?? '')
        .trim()
        .replaceAll('*/', '* /')} */}`,
  };
}

/** Every body component as a block, in the order of bodyComponents.ts, then the editors' note. */
export const BODY_BLOCKS: readonly BodyBlock[] = [
  ...(Object.keys(BODY_COMPONENTS) as BodyComponentName[]).map((id) =>
    id === 'Gambar' ? gambar() : id === 'Galeri' ? galeri() : withContent(id),
  ),
  note(),
];
