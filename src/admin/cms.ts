/**
 * The web editor at /admin/: Decap CMS from the site's own files, in Indonesian, with the body
 * components as blocks, the site's look in the preview, and empty fields dropped before saving.
 * Decap reads its configuration from /admin/config.yml, generated from the schemas.
 */
import siteStylesheet from '../styles/global.css?url';
import { BODY_BLOCKS } from './bodyBlocks.ts';
import type { DecapCms, ImmutableMap } from './decap.ts';
import { LOCALE_ID } from './localeId.ts';
import { dataProblems, isCollectionId } from '../lib/content/dataProblems.ts';
import { SCHEMAS } from '../lib/content/schemas.ts';
import { emptyPaths } from './pruneEmpty.ts';
import { remarkMdxText } from './remarkMdxText.ts';
import { BLOCK_PREVIEWS, entryPreview } from './previews.ts';

/** Loads Decap's bundle after telling it to wait for this script's registrations. */
function loadDecap(): Promise<DecapCms> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/admin/decap-cms.js';
    script.addEventListener('load', () =>
      window.CMS ? resolve(window.CMS) : reject(new Error('Decap CMS tidak termuat.')),
    );
    script.addEventListener('error', () => reject(new Error('Berkas Decap CMS tidak ditemukan.')));
    document.head.append(script);
  });
}

type Editable = ImmutableMap & { deleteIn(path: (string | number)[]): Editable };

/**
 * Hosts that send no headers (GitHub Pages) cannot forbid framing; a page that frames the editor
 * could trick a signed-in editor into clicks. Framed, the editor does not start.
 */
function refuseFraming(): void {
  if (window.top === window.self) return;
  document.body.textContent =
    'Editor web tidak dapat dibuka di dalam bingkai halaman lain. Buka alamatnya langsung.';
  throw new Error('Editor web dimuat di dalam bingkai; Decap tidak dijalankan.');
}

refuseFraming();
const cms = await loadDecap();
cms.registerLocale('id', LOCALE_ID);
for (const block of BODY_BLOCKS) {
  const preview = BLOCK_PREVIEWS[block.id];
  cms.registerEditorComponent({
    ...block,
    toPreview: (data: never, getAsset: (path: string) => unknown) =>
      preview(data, (path) => String(getAsset(path) ?? '')),
  });
}
cms.registerRemarkPlugin(remarkMdxText);
cms.registerPreviewStyle(siteStylesheet);
const h = window.h;
// Every collection the configuration lists (config.ts reads the same schemas) gets a preview.
if (h)
  for (const name of Object.keys(SCHEMAS)) cms.registerPreviewTemplate(name, entryPreview(name, h));
/**
 * Before saving: empty fields go, then the collection's frontmatter rules run, so that an entry
 * `npm run periksa` would refuse (a story showing a person without recorded consent, say) is not
 * saved at all; Decap shows the same Indonesian message as periksa.
 */
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data') as Editable;
    const kept = emptyPaths(data.toJS()).reduce((result, path) => result.deleteIn(path), data);
    const collection = String(entry.get('collection'));
    const { body: _body, ...fields } = kept.toJS() as Record<string, unknown>;
    const problems = isCollectionId(collection) ? dataProblems(collection, fields) : [];
    if (problems.length > 0) {
      const refusal = new Error(
        problems.map(({ field, problem, fix }) => `${field}: ${problem} ${fix}`).join(' — '),
      );
      // Decap prints the error as text; without a name the editor reads the message, not "Error:".
      refusal.name = '';
      throw refusal;
    }
    return kept;
  },
});
cms.init();
