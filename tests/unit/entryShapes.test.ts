import { describe, expect, it } from 'vitest';
import { coveringEntries, entryShapes, shapesOfSite } from '../browser/support/entryShapes.ts';
import { GOOD_SITE } from '../setup/sites.ts';

const entry = (frontmatter: string, body = 'Paragraf.') => `---\n${frontmatter}\n---\n\n${body}\n`;

/** Every shape in `expected`, named within `collection`, is among `shapes`. */
function expectShapes(shapes: Set<string>, collection: string, expected: string[]): void {
  for (const shape of expected) expect(shapes).toContain(`${collection}/${shape}`);
}

describe('bentuk entri bagi editor web', () => {
  it('entri yang hanya berbeda kata-katanya sama bentuknya', () => {
    expect(entryShapes('berita', entry('title: "Pelatihan las"', 'Teks pertama.'))).toEqual(
      entryShapes('berita', entry('title: "Kelas menjahit"', 'Teks kedua.')),
    );
  });

  it('cara menulis YAML membedakan bentuk: daftar sebaris dan daftar butir, kutip dan polos', () => {
    const inline = entryShapes('berita', entry('tags: ["a", "b"]'));
    const items = entryShapes('berita', entry('tags:\n  - a\n  - b'));
    expect(inline).toContain('berita/yaml:tags:daftar-sebaris');
    expect(items).toContain('berita/yaml:tags:bersarang');
    expect(items).toContain('berita/yaml:tags[]:polos');
    expect(items).not.toEqual(inline);
    expect(entryShapes('berita', entry('tags:\n- a'))).toContain('berita/yaml:tags[]:polos');
    expect(entryShapes('berita', entry('cover: { image: ./a.jpg, alt: "A" }'))).toContain(
      'berita/yaml:cover:objek-sebaris',
    );
  });

  it('kolom bertingkat dan daftar objek dinamai dengan jalurnya', () => {
    const shapes = entryShapes(
      'evaluasi',
      entry(
        [
          'period:',
          '  label: "Semester I"',
          '  start: 2026-01-01',
          'figures:',
          '  - program: a',
          '    enrolled: 3',
          '  - program: b',
          '    note: "Catatan"',
          'illustrative: true',
        ].join('\n'),
      ),
    );
    expectShapes(shapes, 'evaluasi', [
      'data:period.start:tanggal',
      'yaml:period.label:kutip-ganda',
      'data:figures[].enrolled:number',
      'yaml:figures[].program:polos',
      'yaml:figures[].note:kutip-ganda',
      'yaml:illustrative:polos',
    ]);
  });

  it('badan: komponen dengan atributnya, susunan simpul, dan karakter di teks', () => {
    const shapes = entryShapes(
      'berita',
      entry(
        'title: "A"',
        '<FaktaKunci>\n- **Tebal** di butir\n</FaktaKunci>\n\nNilai &lt;5 dan [tautan](/tentang/).\n\n<Gambar src="./a.jpg" alt="A, B" showsPerson />',
      ),
    );
    expectShapes(shapes, 'berita', [
      'badan:mdxJsxFlowElement:FaktaKunci>list-butir',
      'badan:paragraph>strong',
      'badan:paragraph>link-dalam',
      'badan:teks:<',
      'badan:mdxJsxFlowElement:Gambar@alt:teks',
      'badan:mdxJsxFlowElement:Gambar@showsPerson:tanpa-nilai',
      'badan:atribut:teks:,',
    ]);
  });
});

describe('entri yang bersama-sama memuat setiap bentuk', () => {
  it('memilih entri yang menambah bentuk, bukan entri yang bentuknya sudah ada', () => {
    const chosen = coveringEntries(
      new Map([
        ['a', new Set(['1', '2'])],
        ['b', new Set(['1', '2', '3'])],
        ['c', new Set(['3'])],
        ['d', new Set(['4'])],
      ]),
    );
    expect(chosen).toEqual(['b', 'd']);
  });

  it('fixture baik: yang dipilih memuat setiap bentuk semua entrinya, dari setiap koleksi', () => {
    const shapes = shapesOfSite(GOOD_SITE);
    const chosen = coveringEntries(shapes);
    const all = new Set([...shapes.values()].flatMap((set) => [...set]));
    const covered = new Set(chosen.flatMap((name) => [...(shapes.get(name) ?? [])]));
    expect(covered).toEqual(all);
    expect(new Set(chosen.map((name) => name.split('/')[0]))).toEqual(
      new Set([...shapes.keys()].map((name) => name.split('/')[0])),
    );
    expect(chosen.length).toBeLessThan(shapes.size);
    // The hostile title is a shape of its own: the editor must write it back unchanged.
    expect(chosen).toContain('berita/judul-berbahaya');
  });
});
