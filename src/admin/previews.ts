/**
 * The preview pane beside the form: the entry as readers will see it, drawn with the site's own
 * stylesheet and the class names of src/layouts/EntryLayout.astro and src/components/mdx/, so that
 * headings, images with captions, the key-facts box and the "Contoh" label look as they will.
 */
import { BODY_NOTE } from '../lib/content/bodyComponents.ts';
import { COLLECTIONS, PROGRAM_CATEGORY_LABEL } from '../lib/labels.ts';
import type { BlockData, BodyBlock } from './bodyBlocks.ts';
import type { CreateElement, PreviewProps } from './decap.ts';

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

type AssetUrl = (path: string) => string;

const CAPTION = 'mt-2 text-sm text-slate-700 dark:text-slate-300';
const CREDIT = 'ml-1 text-slate-600 dark:text-slate-400';

function figure(data: BlockData, asset: AssetUrl): string {
  const caption =
    data.caption || data.credit
      ? `<figcaption class="${CAPTION}">${escape(data.caption)}${
          data.credit ? ` <span class="${CREDIT}">${escape(data.credit)}</span>` : ''
        }</figcaption>`
      : '';
  const src = typeof data.src === 'string' ? asset(data.src) : '';
  return `<figure class="not-prose my-8"><img src="${escape(src)}" alt="${escape(
    data.alt,
  )}" class="w-full rounded-md">${caption}</figure>`;
}

/** How each body component looks in the preview, as HTML from its form values. */
export const BLOCK_PREVIEWS: Record<BodyBlock['id'], (data: BlockData, asset: AssetUrl) => string> =
  {
    // Readers never see a note; the preview shows it muted, so the editor knows it is there.
    [BODY_NOTE.id]: (data) =>
      `<p class="not-prose my-4 text-sm italic text-slate-600">${escape(BODY_NOTE.label)}: ${escape(data.isi)}</p>`,
    Gambar: figure,
    Kutipan: (data) =>
      `<figure class="not-prose my-8 border-l-4 border-pala-500 pl-5"><blockquote class="font-serif text-xl leading-relaxed text-laut-900 sm:text-2xl dark:text-white">${escape(
        data.isi,
      )}</blockquote>${
        data.sumber ? `<figcaption class="${CAPTION}">— ${escape(data.sumber)}</figcaption>` : ''
      }</figure>`,
    FaktaKunci: (data) => {
      const items = String(data.isi ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
        .filter(Boolean)
        .map((line) => `<li>${escape(line)}</li>`)
        .join('');
      return `<aside class="my-8 rounded-lg border border-karang-500 bg-karang-500/5 p-5 dark:bg-karang-500/10 [&_ul]:my-2"><p class="not-prose text-sm font-bold uppercase tracking-wide text-karang-700 dark:text-karang-300">${escape(
        data.judul || 'Fakta kunci',
      )}</p><ul>${items}</ul></aside>`;
    },
    Galeri: (data, asset) => {
      const images = Array.isArray(data.gambar) ? data.gambar : [];
      return `<section class="not-prose my-8">${
        data.judul
          ? `<p class="mb-3 font-bold text-laut-900 dark:text-white">${escape(data.judul)}</p>`
          : ''
      }<div class="grid gap-4 sm:grid-cols-2 [&_figure]:my-0">${images
        .map((image) => figure(image, asset))
        .join('')}</div></section>`;
    },
  };

/**
 * The line above the title, as each page template writes it (`eyebrow` of EntryLayout); a
 * program's page shows its category instead, and a standing page none.
 */
const EYEBROW: Record<string, string | undefined> = {
  berita: COLLECTIONS.berita.title,
  kisah: COLLECTIONS.kisah.title,
  program: COLLECTIONS.program.label,
  evaluasi: COLLECTIONS.evaluasi.title,
};

/** The "Contoh" label exactly as IllustrativeLabel.astro draws it on a light background. */
const CONTOH_LABEL =
  'ml-1 inline-block rounded border border-pala-600 bg-pala-50 px-1.5 py-0.5 align-middle text-xs font-bold uppercase tracking-wide text-pala-700 dark:border-pala-300 dark:bg-transparent dark:text-pala-300';

/** The preview of one collection's entries. */
export function entryPreview(collection: string, h: CreateElement) {
  return function EntryPreview({ entry, widgetFor, getAsset }: PreviewProps) {
    const field = (...path: string[]) => entry.getIn(['data', ...path]) as string | undefined;
    const illustrative = entry.getIn(['data', 'illustrative']) === true;
    const category = field('category') as keyof typeof PROGRAM_CATEGORY_LABEL | undefined;
    const eyebrow = (category && PROGRAM_CATEGORY_LABEL[category]) || EYEBROW[collection];
    const image = field('cover', 'image');
    const caption = field('cover', 'caption');
    const credit = field('cover', 'credit');
    return h(
      'article',
      { className: 'bg-pasir-50 pb-10 text-slate-900' },
      h(
        'header',
        { className: 'wrap max-w-4xl pt-6' },
        eyebrow &&
          h(
            'p',
            { className: 'eyebrow' },
            eyebrow,
            illustrative && h('span', { className: CONTOH_LABEL }, 'Contoh'),
          ),
        h(
          'h1',
          {
            className: 'mt-2 text-[1.75rem] font-extrabold leading-tight text-laut-900 sm:text-4xl',
          },
          field('title'),
        ),
        h(
          'p',
          { className: 'mt-4 text-lg text-slate-700 sm:text-xl' },
          field('description') ?? field('summary'),
        ),
      ),
      image &&
        h(
          'figure',
          { className: 'mx-auto mt-6 max-w-4xl sm:px-6' },
          h('img', {
            src: getAsset(image)?.toString(),
            alt: field('cover', 'alt') ?? '',
            className: 'aspect-[3/2] w-full object-cover sm:rounded-lg',
          }),
          (caption || credit) &&
            h(
              'figcaption',
              { className: 'px-4 pt-2 text-sm text-slate-700 sm:px-0' },
              caption,
              credit && h('span', { className: CREDIT }, ` ${credit}`),
            ),
        ),
      h(
        'div',
        { className: 'wrap max-w-4xl' },
        h(
          'div',
          { className: 'mx-auto max-w-prose' },
          h(
            'div',
            {
              className:
                'prose mt-6 max-w-none text-[1.0625rem] prose-headings:font-bold sm:text-[1.125rem]',
            },
            widgetFor('body'),
          ),
        ),
      ),
    );
  };
}
