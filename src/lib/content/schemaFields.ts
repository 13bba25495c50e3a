import { z, type ZodTypeAny } from 'astro/zod';
import type { SchemaTools } from './schemas.ts';

/** Strips the wrappers that do not change a field's path: optional, default, refinements. */
function unwrap(schema: ZodTypeAny): ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema._def.innerType);
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return schema;
}

/**
 * Every frontmatter field a schema accepts, as editors write its path: `cover.alt`,
 * `subject.consent.date`. Lists are written by their own name (`tags`, not `tags.0`), and the
 * fields of a list of groups under it (`figures.enrolled`: `enrolled` in every row of `figures`).
 */
export function fieldPaths(schema: ZodTypeAny, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return fieldPaths(inner.element, prefix);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, ZodTypeAny>).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(field, path)];
  });
}

const IMAGE = 'berkas-gambar';
const REFERENCE = 'rujukan:';

/**
 * Stand-ins for Astro's `image()` and `reference()` that leave a mark a reader of the schema can
 * find. A reference still becomes `{ id, collection }` as Astro's does, because rules over a
 * list of references (no program twice) compare those ids when the web editor checks an entry.
 */
export const DESCRIBING_TOOLS: SchemaTools = {
  image: (() => z.string().describe(IMAGE)) as unknown as SchemaTools['image'],
  reference: ((collection: string) =>
    z
      .string()
      .describe(`${REFERENCE}${collection}`)
      .transform((id) => ({ id, collection }))) as unknown as SchemaTools['reference'],
};

/** What a schema says about one field, enough to build a form for it. */
export interface FieldShape {
  /** Key in its object, for example `alt`. */
  name: string;
  /** Path as editors write it, for example `cover.alt`. */
  path: string;
  /** `true` when the entry is refused without it (no default, not optional). */
  required: boolean;
  /** Value the schema fills in when the field is left out. */
  defaultValue?: unknown;
  kind:
    | 'text'
    | 'date'
    | 'boolean'
    | 'number'
    | 'choice'
    | 'list'
    | 'object'
    | 'image'
    | 'reference';
  /** Shortest text or list, smallest number. */
  min?: number;
  /** Longest text or list, largest number. */
  max?: number;
  /** Numbers: whole numbers only. */
  integer?: boolean;
  /** Texts: the pattern the trimmed text must match. */
  pattern?: RegExp;
  /** Choices: the accepted values, in schema order. */
  options?: readonly string[];
  /** References: the collection referred to. */
  collection?: string;
  /** Lists: the shape of one item. */
  item?: FieldShape;
  /** Objects: their fields, in schema order. */
  fields?: FieldShape[];
}

/** Optional and default wrappers make a field not required; refinements do not change that. */
function wrapping(schema: ZodTypeAny): { required: boolean; defaultValue?: unknown } {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return { ...wrapping(schema.unwrap()), required: false };
  if (schema instanceof z.ZodDefault)
    return { required: false, defaultValue: schema._def.defaultValue() };
  if (schema instanceof z.ZodEffects) return wrapping(schema.innerType());
  return { required: true };
}

function describeField(schema: ZodTypeAny, name: string, path: string): FieldShape {
  const inner = unwrap(schema);
  const base = { name, path, ...wrapping(schema) };
  const description = inner.description ?? '';
  if (inner instanceof z.ZodString) {
    if (description === IMAGE) return { ...base, kind: 'image' };
    if (description.startsWith(REFERENCE))
      return { ...base, kind: 'reference', collection: description.slice(REFERENCE.length) };
    const shape: FieldShape = { ...base, kind: 'text' };
    for (const check of inner._def.checks) {
      if (check.kind === 'min') shape.min = check.value;
      if (check.kind === 'max') shape.max = check.value;
      if (check.kind === 'regex') shape.pattern = check.regex;
    }
    return shape;
  }
  if (inner instanceof z.ZodNumber) {
    const shape: FieldShape = { ...base, kind: 'number' };
    for (const check of inner._def.checks) {
      if (check.kind === 'min') shape.min = check.value;
      if (check.kind === 'max') shape.max = check.value;
      if (check.kind === 'int') shape.integer = true;
    }
    return shape;
  }
  if (inner instanceof z.ZodArray)
    return {
      ...base,
      kind: 'list',
      min: inner._def.minLength?.value,
      max: inner._def.maxLength?.value,
      item: describeField(inner.element, name, path),
    };
  if (inner instanceof z.ZodObject)
    return { ...base, kind: 'object', fields: describeFields(inner, path) };
  if (inner instanceof z.ZodEnum) return { ...base, kind: 'choice', options: inner.options };
  if (inner instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (inner instanceof z.ZodDate) return { ...base, kind: 'date' };
  throw new Error(`Kolom ${path}: jenis skema ${inner.constructor.name} belum dikenal.`);
}

/** The fields of an object schema built with `DESCRIBING_TOOLS`, in the order the schema lists them. */
export function describeFields(schema: ZodTypeAny, prefix = ''): FieldShape[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('Skema entri harus berupa objek.');
  return Object.entries(inner.shape as Record<string, ZodTypeAny>).map(([key, field]) =>
    describeField(field, key, prefix ? `${prefix}.${key}` : key),
  );
}
