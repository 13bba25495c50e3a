/**
 * Where a field stands in an entry's frontmatter, for messages and pull-request annotations: an
 * editor is sent to the line to change, not to the group that holds it.
 */

/**
 * Line of a frontmatter field, so that messages point where the editor must look: each step of
 * the field's path is looked up inside the previous one, so `cover.alt` is the `alt:` line under
 * `cover:` and `figures.3.working` the `working:` line of the fourth `- ` item. Where a step is not
 * written on a line of its own (`cover: { … }`, a list written `[…]`, a field left out), the line
 * of the last step found.
 */
export function lineOfField(raw: string, field: string): number | undefined {
  const lines = raw.split('\n');
  const closing = lines.findIndex((line, position) => position > 0 && line.trim() === '---');
  const end = closing < 0 ? lines.length : closing;
  let found: number | undefined;
  /** Where the current node's children start, and the indent they must exceed. */
  let scope = { start: 1, indent: -1, item: undefined as number | undefined };
  for (const step of field.split('.')) {
    const index = /^\d+$/.test(step)
      ? itemLine(lines, scope, end, Number(step))
      : keyLine(lines, scope, end, step);
    if (index === undefined) break;
    found = index;
    scope = { start: index + 1, indent: indentOf(lines[index] ?? ''), item: undefined };
    if (/^\d+$/.test(step)) scope.item = index;
  }
  return found === undefined ? undefined : found + 1;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => !line.trim() || line.trimStart().startsWith('#');
/** A list item's line: `- value`, or a lone `-` with its value on the lines below. */
const isItem = (line: string) => /^-(?:\s|$)/.test(line.trimStart());
/** What follows an item's `- `: its first key, when written on the same line. */
const afterDash = (line: string) => line.trimStart().slice(1).trimStart();
/** Whether `text` starts with `key:`, also written `"key":`, `'key':` or `key :`. */
const startsWithKey = (text: string, key: string) =>
  new RegExp(`^(?:"${key}"|'${key}'|${key})\\s*:(?:\\s|$)`).test(text);

/** The line of `key:` among the children of a scope; a list item's first key shares its line. */
function keyLine(
  lines: string[],
  scope: { start: number; indent: number; item: number | undefined },
  end: number,
  key: string,
): number | undefined {
  let childIndent: number | undefined;
  if (scope.item !== undefined) {
    const item = lines[scope.item] ?? '';
    const first = afterDash(item);
    if (startsWithKey(first, key)) return scope.item;
    // The item's other keys stand where its first one does, whatever the lines of its value.
    if (first && !first.startsWith('#')) childIndent = item.length - first.length;
  }
  for (let index = scope.start; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    if (indent <= scope.indent) return undefined;
    // Only the scope's own keys: `name:` under `subject:` is not the top-level `name`.
    if (indent === (childIndent ??= indent) && startsWithKey(line.trimStart(), key)) return index;
  }
  return undefined;
}

/**
 * The line of the `number`-th (from 0) `- ` item under a key. YAML lets the items of a key stand
 * at the key's own indent (`figures:` then `- program: …`), so those count too.
 */
function itemLine(
  lines: string[],
  scope: { start: number; indent: number },
  end: number,
  number: number,
): number | undefined {
  let seen = -1;
  let itemIndent: number | undefined;
  for (let index = scope.start; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    const item = isItem(line);
    if (indent < scope.indent || (indent === scope.indent && !item)) return undefined;
    if (!item || indent !== (itemIndent ??= indent)) continue;
    if (++seen === number) return index;
  }
  return undefined;
}
