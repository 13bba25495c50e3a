import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FRONTMATTER, readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { parseBody, type BodyNode } from '../../../src/lib/content/mdxBody.ts';

/**
 * Characters that make a YAML writer quote or escape a value, or a Markdown writer escape text:
 * where Decap's serialisers take another path. Non-ASCII letters and long values (which a YAML
 * writer may fold) are shapes of their own.
 */
const SPECIAL = /[:#'"<>&{}[\]*_\\`|~!%@,]/g;
/** js-yaml folds plain values past 80 columns by default. */
const LONG_VALUE = 80;

function textClasses(value: string): string[] {
  const classes = new Set(value.match(SPECIAL) ?? []);
  if (/[^\x00-\x7f]/.test(value)) classes.add('non-ascii');
  if (value.length > LONG_VALUE) classes.add('panjang');
  if (value !== value.trim()) classes.add('spasi-tepi');
  return [...classes];
}

/** Every field path of the parsed frontmatter, with its value's type and text classes. */
function dataShapes(value: unknown, path: string, into: Set<string>): void {
  if (Array.isArray(value)) {
    into.add(`data:${path}:daftar`);
    for (const item of value) dataShapes(item, `${path}[]`, into);
  } else if (value instanceof Date) {
    into.add(`data:${path}:tanggal`);
  } else if (value && typeof value === 'object') {
    if (path) into.add(`data:${path}:objek`);
    for (const [key, child] of Object.entries(value))
      dataShapes(child, path ? `${path}.${key}` : key, into);
  } else {
    into.add(`data:${path}:${typeof value}`);
    if (typeof value === 'string')
      for (const found of textClasses(value)) into.add(`data:${path}:teks:${found}`);
  }
}

/** How a YAML value is written: quoted, plain, as a `[…]` or `{…}` on one line, or nested below. */
function yamlStyle(value: string): string {
  if (value === '') return 'bersarang';
  const first = value[0];
  if (first === '"') return 'kutip-ganda';
  if (first === "'") return 'kutip-tunggal';
  if (first === '[') return 'daftar-sebaris';
  if (first === '{') return 'objek-sebaris';
  if (first === '|' || first === '>') return 'blok';
  return 'polos';
}

/** How each key and list item of the frontmatter is written, named by its path (`figures[].note`). */
function yamlShapes(yaml: string, into: Set<string>): void {
  const open: { column: number; path: string; item: boolean }[] = [];
  for (const line of yaml.split(/\r?\n/)) {
    const match = /^( *)(- )?(?:([A-Za-z_]+):(?: +|$))?(.*)$/.exec(line);
    if (!match || !line.trim()) continue;
    const [, spaces = '', item, key, rest = ''] = match;
    const column = spaces.length;
    // A `- ` item may sit at its key's own column; a sibling key or item closes what is open.
    const closes = (top: (typeof open)[number]) =>
      top.column > column || (top.column === column && (!item || top.item));
    while (open.length && closes(open[open.length - 1]!)) open.pop();
    let path = open.at(-1)?.path ?? '';
    if (item) {
      path = `${path}[]`;
      open.push({ column, path, item: true });
    }
    if (key) path = path ? `${path}.${key}` : key;
    const value = rest.trim();
    into.add(`yaml:${path}:${yamlStyle(value)}`);
    if (key && value === '') open.push({ column: column + (item ? 2 : 0), path, item: false });
  }
}

/** A node as the shape names it: JSX by its component, headings by level, lists by kind. */
function label(node: BodyNode & { depth?: number; ordered?: boolean }): string {
  if (node.type.startsWith('mdxJsx')) return `${node.type}:${node.name ?? 'fragmen'}`;
  if (node.type === 'heading') return `heading${node.depth ?? ''}`;
  if (node.type === 'list') return node.ordered ? 'list-bernomor' : 'list-butir';
  if (node.type === 'link')
    return /^[a-z][a-z\d+.-]*:/i.test(node.url ?? '') ? 'link-luar' : 'link-dalam';
  return node.type;
}

/** Every parent–child pair of the body's tree, JSX attributes, and the text classes of its text. */
function bodyShapes(node: BodyNode, into: Set<string>): void {
  for (const { name, value } of node.attributes ?? []) {
    const kind =
      value === null || value === undefined
        ? 'tanpa-nilai'
        : typeof value === 'string'
          ? 'teks'
          : 'ekspresi';
    into.add(`badan:${label(node)}@${name ?? '{…}'}:${kind}`);
    if (typeof value === 'string')
      for (const found of textClasses(value)) into.add(`badan:atribut:teks:${found}`);
  }
  if (node.type === 'text' && node.value)
    for (const found of textClasses(node.value)) into.add(`badan:teks:${found}`);
  for (const child of node.children ?? []) {
    into.add(`badan:${label(node)}>${label(child)}`);
    bodyShapes(child, into);
  }
}

/**
 * The shapes of one entry file that the web editor reads and writes differently, named with its
 * collection: its fields and their types, how each is written in YAML, what its body is built of,
 * and the characters its texts hold. Two entries with the same shapes take the same paths through
 * Decap's form and serialisers.
 */
export function entryShapes(collection: string, raw: string): Set<string> {
  const found = new Set<string>();
  dataShapes(readFrontmatter(raw).data, '', found);
  yamlShapes(FRONTMATTER.exec(raw)?.[1] ?? '', found);
  bodyShapes(parseBody(raw), found);
  return new Set([...found].map((shape) => `${collection}/${shape}`));
}

/**
 * Entries whose shapes together are every shape of `entries`, chosen greedily (the entry that adds
 * most shapes first, the earlier name on a tie): a small set, not always the smallest. Returns
 * the names sorted.
 */
export function coveringEntries(entries: Map<string, Set<string>>): string[] {
  const uncovered = new Set([...entries.values()].flatMap((shapes) => [...shapes]));
  const chosen: string[] = [];
  const names = [...entries.keys()].sort();
  while (uncovered.size > 0) {
    let best = '';
    let gain = 0;
    for (const name of names) {
      const adds = [...(entries.get(name) ?? [])].filter((shape) => uncovered.has(shape)).length;
      if (adds > gain) [best, gain] = [name, adds];
    }
    for (const shape of entries.get(best) ?? []) uncovered.delete(shape);
    chosen.push(best);
  }
  return chosen.sort();
}

/** The shapes of every entry (`collection/id/index.mdx`) of a content folder, by `collection/id`. */
export function shapesOfSite(source: string): Map<string, Set<string>> {
  const shapes = new Map<string, Set<string>>();
  for (const collection of readdirSync(source, { withFileTypes: true })) {
    if (!collection.isDirectory()) continue;
    for (const id of readdirSync(path.join(source, collection.name)).sort()) {
      const file = path.join(source, collection.name, id, 'index.mdx');
      if (existsSync(file))
        shapes.set(
          `${collection.name}/${id}`,
          entryShapes(collection.name, readFileSync(file, 'utf8')),
        );
    }
  }
  return shapes;
}
