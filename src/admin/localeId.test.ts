import { describe, expect, it } from 'vitest';
import { LOCALE_ID } from './localeId.ts';

type Phrases = { readonly [key: string]: string | Phrases };

// decap-cms-locales has no type declarations; a non-literal specifier keeps tsc from demanding one.
const englishModule = 'decap-cms-locales/dist/esm/en/index.js';
const { default: en } = (await import(englishModule)) as { default: Phrases };

/** Every leaf as `a.b.c` → text, so the two trees compare key by key. */
function leaves(tree: Phrases, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const english = leaves(en);
const indonesian = leaves(LOCALE_ID);

const placeholders = (text: string) => [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();
const pluralSeparators = (text: string) => text.split('||||').length - 1;

describe('lokal Indonesia untuk Decap', () => {
  it('setiap kunci bahasa Inggris punya terjemahan yang tidak kosong', () => {
    const missing = [...english.keys()].filter((path) => !indonesian.get(path)?.trim());
    expect(missing, `kunci belum diterjemahkan: ${missing.join(', ')}`).toEqual([]);
  });

  it('tidak ada kunci tambahan yang tidak dikenal Decap', () => {
    const extra = [...indonesian.keys()].filter((path) => !english.has(path));
    expect(extra, `kunci tambahan: ${extra.join(', ')}`).toEqual([]);
  });

  it('placeholder dan pemisah bentuk jamak sama dengan bahasa Inggris', () => {
    const mismatched = [...english].flatMap(([path, text]) => {
      const translated = indonesian.get(path);
      if (translated === undefined) return [];
      const same =
        placeholders(translated).join() === placeholders(text).join() &&
        pluralSeparators(translated) === pluralSeparators(text);
      return same ? [] : [`${path}: "${translated}"`];
    });
    expect(mismatched, `placeholder atau |||| berbeda:\n${mismatched.join('\n')}`).toEqual([]);
  });

  it.each([
    ['collection.collectionTop.newButton', '%{collectionLabel} baru'],
    ['workflow.workflow.newPost', 'Entri baru'],
    ['editor.editorToolbar.save', 'Simpan'],
    ['editor.editorToolbar.publish', 'Terbitkan'],
    ['editor.editorToolbar.publishNow', 'Terbitkan sekarang'],
    ['editor.editorToolbar.draft', 'Draf'],
    ['editor.editorToolbar.inReview', 'Sedang ditinjau'],
    ['editor.editorToolbar.ready', 'Siap terbit'],
    ['editor.editorToolbar.deleteEntry', 'Hapus entri'],
    ['editor.editorToolbar.deleteUnpublishedEntry', 'Hapus entri yang belum terbit'],
    ['editor.editorToolbar.deleteUnpublishedChanges', 'Hapus perubahan yang belum terbit'],
    ['mediaLibrary.mediaLibraryModal.upload', 'Unggah'],
    ['auth.login', 'Masuk'],
    ['ui.settingsDropdown.logOut', 'Keluar'],
  ])('tombol %s berbahasa Indonesia', (path, expected) => {
    expect(english.get(path)).toBeDefined();
    expect(indonesian.get(path)).not.toBe(english.get(path));
    expect(indonesian.get(path)).toBe(expected);
  });
});
