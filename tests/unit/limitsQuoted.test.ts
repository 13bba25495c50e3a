/**
 * Every limit an editor reads is the limit the rules enforce: in `docs/panduan-editor.md` (its
 * field tables closely, and every "N–M karakter", "paling banyak N karakter", cover width and
 * image size anywhere in it), in `npm run periksa`'s advice, in the templates of `npm run baru`
 * and in the body components' documentation. They all quote `src/lib/content/limits.ts`; this
 * catches a number typed by hand. The limits of search synonyms (`padanan.yml`) are not here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_COMPONENTS } from '../../src/lib/content/bodyComponents.ts';
import { LIMITS, span } from '../../src/lib/content/limits.ts';
import { fixFor } from '../../src/lib/content/messages.ts';
import { scaffoldEntry, scaffoldEvaluation } from '../../src/lib/content/scaffold.ts';
import {
  describeFields,
  DESCRIBING_TOOLS,
  type FieldShape,
} from '../../src/lib/content/schemaFields.ts';
import { SCHEMAS, type CollectionId } from '../../src/lib/content/schemas.ts';
import { ROOT } from '../setup/sites.ts';

const COLLECTION_IDS = Object.keys(SCHEMAS) as CollectionId[];

/**
 * A collection's fields by the path messages use: `cover.alt`, `tags.*` for one topic,
 * `figures.*.note` for a field in every row of `figures` (also `figures.note`, as the guide writes it).
 */
function fieldsOf(collection: CollectionId): Map<string, FieldShape> {
  const fields = new Map<string, FieldShape>();
  const add = (shape: FieldShape, key: string) => {
    fields.set(key, shape);
    if (shape.kind === 'list' && shape.item) {
      fields.set(`${key}.*`, shape.item);
      for (const field of shape.item.fields ?? []) {
        add(field, `${key}.*.${field.name}`);
        add(field, `${key}.${field.name}`);
      }
    }
    for (const field of shape.fields ?? []) add(field, `${key}.${field.name}`);
  };
  for (const shape of describeFields(SCHEMAS[collection](DESCRIBING_TOOLS))) add(shape, shape.path);
  return fields;
}
const FIELDS = new Map(COLLECTION_IDS.map((collection) => [collection, fieldsOf(collection)]));

/** The range the schema gives a field itself, written `min–max`, when it sets both ends. */
const ownRange = (shape: FieldShape) =>
  shape.min !== undefined && shape.max !== undefined ? [`${shape.min}–${shape.max}`] : [];
/** The ranges the schema gives a field: its own, and its items' for a list. */
function rangesOf(shape: FieldShape): string[] {
  return [...ownRange(shape), ...(shape.kind === 'list' && shape.item ? rangesOf(shape.item) : [])];
}
/** Every largest value the schema gives a field or its items. */
function maximaOf(shape: FieldShape): number[] {
  const own = shape.max === undefined ? [] : [shape.max];
  return [...own, ...(shape.kind === 'list' && shape.item ? maximaOf(shape.item) : [])];
}

/** The limits a text quotes: ranges `10–120`, and `paling banyak 200` or `maksimal 200`. */
function quoted(text: string): { ranges: string[]; maxima: number[] } {
  return {
    ranges: [...text.matchAll(/(\d+)–(\d+)/g)].map((match) => `${match[1]}–${match[2]}`),
    maxima: [...text.matchAll(/(?:paling banyak|maksimal) (\d+)/gi)].map((match) =>
      Number(match[1]),
    ),
  };
}

/** The fields with this path, in every collection that has one. */
const shapesAt = (key: string) =>
  COLLECTION_IDS.flatMap((collection) => FIELDS.get(collection)?.get(key) ?? []);

function expectQuotesOf(text: string, shapes: FieldShape[], where: string): void {
  const { ranges, maxima } = quoted(text);
  const allowed = shapes.flatMap(rangesOf);
  for (const range of ranges) expect(allowed, `${where}: "${range}" di "${text}"`).toContain(range);
  for (const max of maxima)
    expect(shapes.flatMap(maximaOf), `${where}: ${max} di "${text}"`).toContain(max);
}

describe('batas yang dibaca editor sama dengan batas skema', () => {
  const guide = readFileSync(path.join(ROOT, 'docs/panduan-editor.md'), 'utf8');

  it.each(COLLECTION_IDS)('tabel "## Kolom %s" di panduan', (collection) => {
    const start = guide.indexOf(`## Kolom ${collection}`);
    const end = guide.indexOf('\n## ', start + 1);
    const rows = [...guide.slice(start, end).matchAll(/^\| `([a-zA-Z.]+)` *\|(.*)$/gm)];
    expect(rows.length).toBeGreaterThan(0);
    const fields = FIELDS.get(collection);
    for (const [, key = '', rest = ''] of rows) {
      const shape = fields?.get(key);
      expect(shape, `${collection}: kolom ${key}`).toBeDefined();
      // Every cell but the last, which holds an example value.
      const cells = rest.split('|').slice(0, -2).join('|');
      expectQuotesOf(cells, shape ? [shape] : [], `${collection} ${key}`);
      // A limit the schema sets on both ends is always told.
      for (const range of shape ? rangesOf(shape) : [])
        expect(quoted(cells).ranges, `${collection} ${key}: ${cells}`).toContain(range);
    }
  });

  it('saran perbaikan periksa untuk setiap kolom', () => {
    const keys = new Set(
      COLLECTION_IDS.flatMap((collection) => [...FIELDS.get(collection)!.keys()]),
    );
    let checked = 0;
    for (const key of keys) {
      const shapes = shapesAt(key);
      const fix = fixFor(key.split('.').map((part) => (part === '*' ? 0 : part)));
      expectQuotesOf(fix, shapes, key);
      // A message that quotes a range quotes the range of every collection with this field.
      if (quoted(fix).ranges.length > 0) {
        checked += 1;
        for (const range of shapes.flatMap(ownRange))
          expect(quoted(fix).ranges, `${key}: ${fix}`).toContain(range);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('petunjuk di templat npm run baru', () => {
    const templates: [CollectionId, string][] = [
      ...(['berita', 'program', 'kisah'] as const).map((collection): [CollectionId, string] => [
        collection,
        scaffoldEntry(collection, 'Judul Uji Batas Kolom', '2026-12-02').mdx,
      ]),
      ['evaluasi', scaffoldEvaluation('Semester I 2027', '2026-12-02', []).mdx],
    ];
    const checked: string[] = [];
    for (const [collection, mdx] of templates) {
      const parents: string[] = [];
      for (const line of mdx.split('\n---\n')[0]!.split('\n')) {
        const match = /^( *)([a-zA-Z]+):([^#]*)(?:#(.*))?$/.exec(line);
        if (!match) continue;
        const [, indent = '', key = '', , comment = ''] = match;
        parents.length = indent.length / 2;
        const fieldPath = [...parents, key].join('.');
        parents.push(key);
        const shape = FIELDS.get(collection)?.get(fieldPath);
        if (!shape) continue;
        checked.push(fieldPath);
        expectQuotesOf(comment, [shape], `${collection} ${fieldPath}`);
      }
      if (collection !== 'evaluasi') expect(mdx).toContain(`lebar minimal ${LIMITS.coverWidth} px`);
    }
    expect(checked).toEqual(expect.arrayContaining(['tags', 'cover.alt', 'period.label']));
  });

  it('dokumentasi atribut komponen: <Gambar> sama dengan sampul, batas lain sama dengan aturannya', () => {
    const cover = FIELDS.get('berita')!;
    for (const name of ['alt', 'caption', 'credit'] as const) {
      const attribute = BODY_COMPONENTS.Gambar.attributes[name];
      expect(attribute.max, name).toBe(cover.get(`cover.${name}`)!.max);
    }
    for (const [component, { attributes }] of Object.entries(BODY_COMPONENTS))
      for (const [name, attribute] of Object.entries(attributes)) {
        const { ranges, maxima } = quoted(attribute.doc);
        const max = 'max' in attribute ? attribute.max : undefined;
        for (const value of maxima) expect(value, `<${component} ${name}>`).toBe(max);
        for (const range of ranges) expect(range, `<${component} ${name}>`).toBe(span(LIMITS.alt));
      }
  });

  it('setiap batas yang disebut di mana pun dalam panduan adalah batas yang berlaku', () => {
    const shapes = [...FIELDS.values()].flatMap((fields) => [...fields.values()]);
    const attributes = Object.values(BODY_COMPONENTS).flatMap(({ attributes }) =>
      Object.values(attributes),
    );
    const ranges = new Set(shapes.flatMap(rangesOf));
    const maxima = new Set([
      ...shapes.flatMap(maximaOf),
      ...attributes.flatMap((attribute) => ('max' in attribute ? [attribute.max] : [])),
    ]);
    const minima = new Set(shapes.flatMap((shape) => (shape.min === undefined ? [] : [shape.min])));
    const found = (pattern: RegExp) =>
      [...guide.matchAll(pattern)].map((match) => Number(match[1]?.replace('.', '')));
    for (const [, min, max] of guide.matchAll(/(\d+)–(\d+) karakter/g))
      expect(ranges, `${min}–${max} karakter`).toContain(`${min}–${max}`);
    for (const value of found(/(?:paling banyak|maksimal) (\d+) karakter/g))
      expect(maxima, `paling banyak ${value} karakter`).toContain(value);
    for (const value of found(/minimal (\d+) karakter/g))
      expect(minima, `minimal ${value} karakter`).toContain(value);
    for (const value of found(/(?:minimal|paling sedikit) ([\d.]+) (?:px|piksel)/g))
      expect(value).toBe(LIMITS.coverWidth);
    // Whole megabytes only: "12,4 MB" in an example message is a file's size, not a limit.
    for (const value of found(/(?<![\d,])(\d+) MB/g))
      expect([LIMITS.imageWarnMb, LIMITS.imageMaxMb]).toContain(value);
  });
});
