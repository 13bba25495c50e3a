/**
 * Decap keeps a cleared field as an empty string and an emptied group as an object of them. The
 * schemas read an empty text or date as a mistake, not as "left out", so before saving, empty
 * values are removed the way an editor removes the line by hand. The body is never touched.
 */

type Path = (string | number)[];

const isGroup = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** `true` for what an editor would see as nothing: no value, blank text, groups of nothing. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isGroup(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

/**
 * Paths of the empty values in an entry's data, in an order that can be deleted one after the
 * other (later list items first). Empty lists stay: `programs: []` is a value.
 */
export function emptyPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value
      .flatMap((item, index) =>
        isEmptyValue(item) ? [[...path, index]] : emptyPaths(item, [...path, index]),
      )
      .reverse();
  }
  if (!isGroup(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    if (path.length === 0 && key === 'body') return [];
    return isEmptyValue(item) ? [[...path, key]] : emptyPaths(item, [...path, key]);
  });
}
