import { z, type ZodTypeAny } from 'astro/zod';

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
 * `subject.consent.date`. Lists are written by their own name (`tags`, not `tags.0`).
 */
export function fieldPaths(schema: ZodTypeAny, prefix = ''): string[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, ZodTypeAny>).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(field, path)];
  });
}
