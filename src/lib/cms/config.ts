/**
 * The web editor's configuration (Decap CMS), derived from the schemas in
 * `src/lib/content/schemas.ts` and the field tables of the editor guide: a field exists in the
 * editor because the schema has it, its limits are the schema's, and its label and hint are the
 * guide's words. Nothing here repeats a rule; `config.test.ts` fails when the two drift.
 */
import { BODY_COMPONENTS, BODY_NOTE } from '../content/bodyComponents.ts';
import { describeFields, DESCRIBING_TOOLS, type FieldShape } from '../content/schemaFields.ts';
import { SCHEMAS, type CollectionId } from '../content/schemas.ts';
import { COLLECTIONS, PROGRAM_CATEGORY_LABEL, PROGRAM_STATUS_LABEL } from '../labels.ts';
import { guideFields, type GuideField } from './guideFields.ts';

/** Where `decap-server` listens for `npm run cms` and the tests. */
export const LOCAL_SERVER_URL = 'http://127.0.0.1:8081/api/v1';

/** Hosts on which the editor talks to `decap-server` instead of GitHub. */
export const LOCAL_HOSTS = ['127.0.0.1', 'localhost'] as const;

/** Where the editor gets what it cannot read from the schemas. */
export interface CmsSettings {
  /** The editor guide's Markdown text. */
  guide: string;
  /** Programs an entry can refer to: folder name and title. */
  programs: readonly { value: string; label: string }[];
  /**
   * GitHub repository `owner/name` editors publish to. Without it the editor works only with
   * `decap-server` on this computer (`npm run cms`).
   */
  repository?: string | undefined;
  /** Branch that pull requests merge into. */
  branch: string;
  /** Base address of the OAuth service that signs editors in to GitHub (Decap's `base_url`). */
  authUrl?: string | undefined;
  /** Path of the sign-in endpoint on that service (Decap's `auth_endpoint`). */
  authEndpoint?: string | undefined;
}

type DecapField = Record<string, unknown>;

/** How each choice is named to editors, as readers see it on the site. */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  category: PROGRAM_CATEGORY_LABEL,
  status: PROGRAM_STATUS_LABEL,
};

/** Texts longer than a line get a text area; a text with a pattern (an address) stays one line. */
const MULTILINE_FROM = 160;

/**
 * Decap tests patterns with `RegExp(source)`, without flags; a Unicode property becomes the
 * letters it stands for in Indonesian text.
 */
export function decapPattern(pattern: RegExp): string {
  if (/\[[^\]]*\\[pP]\{/.test(pattern.source))
    throw new Error(`Pola ${pattern} tidak dapat dipakai editor web.`);
  const source = pattern.source.replaceAll('\\p{Lu}', '[A-ZÀ-ÖØ-Þ]');
  if (/\\[pP]\{/.test(source)) throw new Error(`Pola ${pattern} tidak dapat dipakai editor web.`);
  return source;
}

function textPattern(shape: FieldShape, limits: string): [string, string] | undefined {
  if (shape.pattern) return [decapPattern(shape.pattern), limits];
  if (shape.min === undefined && shape.max === undefined) return undefined;
  return [`^[\\s\\S]{${shape.min ?? 0},${shape.max ?? ''}}$`, limits];
}

/** Programs are chosen from a list of their titles, so a folder name is never mistyped. */
function programSelect(reference: FieldShape, settings: CmsSettings): Record<string, unknown> {
  if (reference.collection !== 'program')
    throw new Error(`Kolom ${reference.path}: rujukan ke ${reference.collection} belum dikenal.`);
  return { widget: 'select', options: settings.programs };
}

function widgetFor(
  shape: FieldShape,
  doc: GuideField,
  settings: CmsSettings,
  required: boolean,
): Record<string, unknown> {
  switch (shape.kind) {
    case 'text': {
      const pattern = textPattern(shape, doc.limits);
      return {
        widget: !shape.pattern && (shape.max ?? 0) >= MULTILINE_FROM ? 'text' : 'string',
        ...(pattern && { pattern }),
      };
    }
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        // A new entry is dated today. A date inside a group (the period evaluated, a consent)
        // is about something else, so it stays empty until chosen, as does an optional date.
        default: required && !shape.path.includes('.') ? '{{now}}' : '',
      };
    case 'boolean':
      return { widget: 'boolean', default: shape.defaultValue ?? false };
    case 'number':
      // An optional number left empty is saved as nothing (pruneEmpty.ts), never as 0.
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined && { min: shape.min }),
        ...(shape.max !== undefined && { max: shape.max }),
      };
    case 'choice':
      return {
        widget: 'select',
        options: (shape.options ?? []).map((value) => ({
          value,
          label: CHOICE_LABELS[shape.name]?.[value] ?? value,
        })),
      };
    case 'image':
      return { widget: 'image', choose_url: false, media_library: { config: { multiple: false } } };
    case 'object':
      return { widget: 'object', collapsed: false };
    case 'list':
      if (shape.item?.kind === 'reference')
        return {
          ...programSelect(shape.item, settings),
          multiple: true,
          ...(shape.min !== undefined && { min: shape.min }),
          ...(shape.max !== undefined && { max: shape.max }),
        };
      return {
        widget: 'list',
        allow_add: true,
        collapsed: false,
        // A row of a list of groups is named by its first field (the program of a figures row).
        ...(shape.item?.kind === 'object' &&
          shape.item.fields?.[0] && { summary: `{{fields.${shape.item.fields[0].name}}}` }),
        ...(shape.min !== undefined && { min: shape.min }),
        ...(shape.max !== undefined && { max: shape.max }),
      };
    case 'reference':
      return programSelect(shape, settings);
  }
}

/**
 * What the form says under a field: the guide's meaning, plus its limits where they are counts
 * or formats an editor types against. For switches, dates, choices and groups the limits only
 * describe how the value is written in the file, which the form does for the editor.
 */
function hint(shape: FieldShape, doc: GuideField): string {
  const typed =
    shape.kind === 'text' ||
    shape.kind === 'number' ||
    shape.kind === 'image' ||
    (shape.kind === 'list' && shape.item?.kind === 'text');
  return typed ? `${doc.meaning} ${doc.limits}` : doc.meaning;
}

/** The Decap field for one schema field; `within` is `false` inside an optional group. */
function decapField(
  shape: FieldShape,
  docs: Map<string, GuideField>,
  settings: CmsSettings,
  within = true,
): DecapField {
  const doc = docs.get(shape.path);
  if (!doc) throw new Error(`Panduan editor belum menjelaskan kolom ${shape.path}.`);
  // Decap asks for a group's required fields even when the group itself may be left out; the
  // schema (and so `npm run periksa`) still requires them once the group is filled in.
  const required = within && shape.required;
  const field: DecapField = {
    name: shape.name,
    label: doc.label,
    hint: hint(shape, doc),
    required,
    ...widgetFor(shape, doc, settings, required),
  };
  if (shape.kind === 'object')
    field.fields = (shape.fields ?? []).map((child) => decapField(child, docs, settings, required));
  // Each row of a list of groups is one group: Decap's list takes its fields directly.
  if (shape.kind === 'list' && shape.item?.kind === 'object')
    field.fields = (shape.item.fields ?? []).map((child) => decapField(child, docs, settings));
  else if (shape.kind === 'list' && shape.item && shape.item.kind !== 'reference') {
    const item = decapField({ ...shape.item, required: true }, docs, settings);
    field.field = { ...item, hint: undefined };
    delete (field.field as DecapField).hint;
  }
  return field;
}

/** The body: Markdown with the site's components, nothing else (see bodyPolicy.ts). */
function bodyField(): DecapField {
  return {
    name: 'body',
    label: 'Isi tulisan',
    hint: 'Paragraf, subjudul, daftar, tautan, dan komponen dari tombol + di bilah alat. Tidak boleh ada HTML.',
    widget: 'markdown',
    modes: ['rich_text', 'raw'],
    // No block-quote button: the Kutipan component is the quote editors are taught to use.
    buttons: [
      'bold',
      'italic',
      'link',
      'heading-two',
      'heading-three',
      'bulleted-list',
      'numbered-list',
    ],
    editor_components: [...Object.keys(BODY_COMPONENTS), BODY_NOTE.id],
  };
}

const COLLECTION_LABELS: Record<
  CollectionId,
  { label: string; singular: string; create: boolean }
> = {
  berita: { label: COLLECTIONS.berita.title, singular: COLLECTIONS.berita.label, create: true },
  program: { label: COLLECTIONS.program.title, singular: COLLECTIONS.program.label, create: true },
  kisah: { label: COLLECTIONS.kisah.title, singular: COLLECTIONS.kisah.label, create: true },
  // New standing pages need a route in src/pages; editors change the existing ones only.
  halaman: { label: 'Halaman tetap', singular: 'Halaman', create: false },
  evaluasi: {
    label: COLLECTIONS.evaluasi.title,
    singular: COLLECTIONS.evaluasi.label,
    create: true,
  },
};

/** The fields of one collection as the schema describes them. */
export function schemaShape(collection: CollectionId): FieldShape[] {
  return describeFields(SCHEMAS[collection](DESCRIBING_TOOLS));
}

function collectionConfig(name: CollectionId, settings: CmsSettings): Record<string, unknown> {
  const labels = COLLECTION_LABELS[name];
  const docs = guideFields(settings.guide, name);
  const fields = schemaShape(name).map((shape) => decapField(shape, docs, settings));
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `content/${name}`,
    // One folder per entry, images beside index.mdx: the layout editors already use.
    path: '{{slug}}/index',
    extension: 'mdx',
    format: 'frontmatter',
    media_folder: '',
    public_folder: '',
    create: labels.create,
    // Deleting a published entry would commit straight to main, past the pull-request check and
    // breaking links to it; editors unpublish with "Draf" instead. Drafts can still be deleted.
    delete: false,
    summary: '{{title}}',
    sortable_fields: fields.some((field) => field.name === 'publishDate')
      ? ['publishDate', 'title']
      : ['title'],
    fields: [...fields, bodyField()],
  };
}

/** What the editor's commits say, in the language of the people who read the history. */
const COMMIT_MESSAGES = {
  create: 'Tambah {{collection}}: {{path}}',
  update: 'Ubah {{collection}}: {{path}}',
  delete: 'Hapus {{collection}}: {{path}}',
  uploadMedia: 'Unggah berkas {{path}}',
  deleteMedia: 'Hapus berkas {{path}}',
  openAuthoring: '{{message}}',
};

/** The `backend` part: GitHub when the repository is known, else only this computer. */
function backend(settings: CmsSettings): Record<string, unknown> {
  if (!settings.repository)
    return {
      name: 'proxy',
      proxy_url: LOCAL_SERVER_URL,
      branch: settings.branch,
      commit_messages: COMMIT_MESSAGES,
    };
  return {
    name: 'github',
    repo: settings.repository,
    branch: settings.branch,
    ...(settings.authUrl && { base_url: settings.authUrl }),
    ...(settings.authEndpoint && { auth_endpoint: settings.authEndpoint }),
    commit_messages: COMMIT_MESSAGES,
  };
}

/** Decap's whole configuration. */
export function cmsConfig(settings: CmsSettings): Record<string, unknown> {
  return {
    backend: backend(settings),
    ...(settings.repository && {
      local_backend: { url: LOCAL_SERVER_URL, allowed_hosts: [...LOCAL_HOSTS] },
    }),
    // Drafts become branches and pull requests, so every article passes the content check.
    publish_mode: 'editorial_workflow',
    locale: 'id',
    logo_url: '/favicon.svg',
    media_folder: 'content',
    show_preview_links: false,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (Object.keys(SCHEMAS) as CollectionId[]).map((name) =>
      collectionConfig(name, settings),
    ),
  };
}
