import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../content/limits.ts';
import type { FieldShape } from '../content/schemaFields.ts';
import { SCHEMAS, type CollectionId } from '../content/schemas.ts';
import { cmsConfig, decapPattern, schemaShape, type CmsSettings } from './config.ts';
import { guideFields } from './guideFields.ts';

const guide = readFileSync(new URL('../../../docs/panduan-editor.md', import.meta.url), 'utf8');
const settings: CmsSettings = {
  guide,
  programs: [{ value: 'tata-boga', label: 'Tata Boga' }],
  branch: 'main',
};
type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
const config = cmsConfig(settings) as { collections: { name: string; fields: Field[] }[] };
const collections = Object.keys(SCHEMAS) as CollectionId[];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The limits a Decap text pattern enforces, read back from `^[\s\S]{min,max}$`. */
function patternLimits(field: Field): { min?: number; max?: number } {
  const [source] = (field.pattern as [string, string] | undefined) ?? [];
  const match = source && /^\^\[\\s\\S\]\{(\d+),(\d*)\}\$$/.exec(source);
  if (!match) return {};
  return { min: Number(match[1]), ...(match[2] ? { max: Number(match[2]) } : {}) };
}

/** Every way one schema field and its editor field can disagree, as readable lines. */
function disagreements(shape: FieldShape, field: Field | undefined, within: boolean): string[] {
  if (!field) return [`${shape.path}: tidak ada di editor web`];
  const problems: string[] = [];
  const say = (what: string, schema: unknown, cms: unknown) => {
    if (JSON.stringify(schema) !== JSON.stringify(cms))
      problems.push(
        `${shape.path}: ${what} skema ${JSON.stringify(schema)}, editor ${JSON.stringify(cms)}`,
      );
  };
  say('wajib', within && shape.required, field.required);
  if (shape.kind === 'text') {
    if (shape.pattern) say('pola', decapPattern(shape.pattern), (field.pattern as string[])[0]);
    else say('batas', { min: shape.min, max: shape.max }, patternLimits(field));
  }
  if (shape.kind === 'number') {
    say('batas', [shape.min, shape.max], [field.min, field.max]);
    say('bilangan bulat', shape.integer === true, field.value_type === 'int');
  }
  if (shape.kind === 'list') say('jumlah', [shape.min, shape.max], [field.min, field.max]);
  if (shape.kind === 'choice')
    say(
      'pilihan',
      shape.options,
      (field.options as { value: string }[]).map((o) => o.value),
    );
  if (shape.kind === 'boolean') say('bawaan', shape.defaultValue ?? false, field.default);
  if (shape.kind === 'date') say('jenis', 'datetime', field.widget);
  if (shape.kind === 'image') say('jenis', 'image', field.widget);
  if (shape.kind === 'reference') say('jenis', 'select', field.widget);
  if (shape.kind === 'list' && shape.item?.kind === 'text' && field.field)
    problems.push(...disagreements({ ...shape.item, required: true }, field.field, true));
  // A row of a list of groups exists once added, so its own required fields are required.
  if (shape.kind === 'list' && shape.item?.kind === 'object')
    problems.push(...groupDisagreements(shape.item, field, true));
  if (shape.kind === 'object')
    problems.push(...groupDisagreements(shape, field, within && shape.required));
  return problems;
}

/** The fields of a group (or of each row of a list of groups) against the editor's. */
function groupDisagreements(shape: FieldShape, field: Field, within: boolean): string[] {
  const children = field.fields ?? [];
  return [
    ...(shape.fields ?? []).flatMap((child) =>
      disagreements(
        child,
        children.find((c) => c.name === child.name),
        within,
      ),
    ),
    ...children
      .filter((c) => !shape.fields?.some((s) => s.name === c.name))
      .map((extra) => `${shape.path}.${extra.name}: ada di editor web, tidak ada di skema`),
  ];
}

describe('konfigurasi editor web mengikuti skema', () => {
  it.each(collections)('%s: setiap kolom skema ada, dengan wajib dan batas yang sama', (name) => {
    const collection = config.collections.find((c) => c.name === name);
    expect(collection, `koleksi ${name} tidak ada`).toBeDefined();
    const fields = collection?.fields ?? [];
    const shapes = schemaShape(name);
    const problems = shapes.flatMap((shape) =>
      disagreements(
        shape,
        fields.find((field) => field.name === shape.name),
        true,
      ),
    );
    const extra = fields
      .filter(
        (field) => field.name !== 'body' && !shapes.some((shape) => shape.name === field.name),
      )
      .map((field) => `${field.name}: ada di editor web, tidak ada di skema`);
    expect([...problems, ...extra]).toEqual([]);
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it.each(collections)('%s: label dan petunjuk diambil dari tabel panduan editor', (name) => {
    const docs = guideFields(guide, name);
    const collection = config.collections.find((c) => c.name === name);
    const walk = (fields: Field[], prefix: string): [string, Field][] =>
      fields
        .filter((field) => field.name !== 'body')
        .flatMap((field) => {
          const path = prefix ? `${prefix}.${field.name}` : field.name;
          return [[path, field] as [string, Field], ...walk(field.fields ?? [], path)];
        });
    for (const [path, field] of walk(collection?.fields ?? [], '')) {
      const doc = docs.get(path);
      expect(doc, `${path} tidak ada di panduan`).toBeDefined();
      expect(field.label).toBe(doc?.label);
      expect(String(field.hint)).toMatch(new RegExp(`^${escapeRegExp(doc?.meaning ?? '')}`));
      if (field.widget === 'string' || field.widget === 'text')
        expect(field.hint).toBe(`${doc?.meaning} ${doc?.limits}`);
    }
  });

  it('program dipilih dari daftar, bukan diketik', () => {
    const berita = config.collections.find((c) => c.name === 'berita');
    expect(berita?.fields.find((field) => field.name === 'programs')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: settings.programs,
    });
  });

  it('evaluasi: angka per program sebagai daftar baris, program dipilih, angka bulat boleh kosong', () => {
    const evaluasi = config.collections.find((c) => c.name === 'evaluasi');
    const figures = evaluasi?.fields.find((field) => field.name === 'figures');
    expect(figures).toMatchObject({ widget: 'list', min: 1, max: 20, required: true });
    expect(figures?.field).toBeUndefined();
    const row = Object.fromEntries((figures?.fields ?? []).map((field) => [field.name, field]));
    expect(row.program).toMatchObject({
      widget: 'select',
      required: true,
      options: settings.programs,
    });
    expect(row.program).not.toHaveProperty('multiple');
    for (const name of ['enrolled', 'completed', 'certified', 'working'])
      expect(row[name], name).toMatchObject({
        widget: 'number',
        value_type: 'int',
        min: 0,
        max: LIMITS.count[1],
        required: false,
      });
    expect(row.enrolled).not.toHaveProperty('default');
  });

  it('evaluasi: periode bertanggal tanpa tanggal bawaan, laporan hanya https', () => {
    const evaluasi = config.collections.find((c) => c.name === 'evaluasi');
    const period = evaluasi?.fields.find((field) => field.name === 'period');
    for (const date of period?.fields?.filter((field) => field.name !== 'label') ?? [])
      expect(date).toMatchObject({ widget: 'datetime', required: true, default: '' });
    const report = evaluasi?.fields
      .find((field) => field.name === 'source')
      ?.fields?.find((field) => field.name === 'report');
    expect(report).toMatchObject({ widget: 'string', required: false });
    const [pattern] = report?.pattern as [string, string];
    expect(new RegExp(pattern).test('https://kanwil.contoh.go.id/laporan.pdf')).toBe(true);
    expect(new RegExp(pattern).test('http://kanwil.contoh.go.id/laporan.pdf')).toBe(false);
  });

  it('kolom yang belum dijelaskan panduan menghentikan pembuatan konfigurasi', () => {
    const withoutAlt = guide.replace(/^\| `cover\.alt` .*\n/m, '');
    expect(() => cmsConfig({ ...settings, guide: withoutAlt })).toThrow(
      'Panduan editor belum menjelaskan kolom cover.alt.',
    );
  });

  it('pola nama samaran dapat dibaca Decap tanpa bendera u', () => {
    const pattern = new RegExp(decapPattern(/^\p{Lu}\.(, \d{2})?$/u));
    expect(['R., 34', 'É.', 'M.'].every((alias) => pattern.test(alias))).toBe(true);
    expect(['Rudi, 34', 'r., 34', 'R'].some((alias) => pattern.test(alias))).toBe(false);
  });

  it('tanpa repositori: hanya decap-server di komputer ini; dengan repositori: GitHub', () => {
    expect(cmsConfig(settings)).toMatchObject({ backend: { name: 'proxy', branch: 'main' } });
    expect(cmsConfig(settings)).not.toHaveProperty('local_backend');
    expect(
      cmsConfig({ ...settings, repository: 'contoh/situs', authUrl: 'https://masuk.contoh.id' }),
    ).toMatchObject({
      backend: { name: 'github', repo: 'contoh/situs', base_url: 'https://masuk.contoh.id' },
      local_backend: { allowed_hosts: ['127.0.0.1', 'localhost'] },
      publish_mode: 'editorial_workflow',
    });
  });
});
