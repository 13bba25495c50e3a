import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { FRONTMATTER } from './frontmatter.ts';

/** The parts of an MDX syntax tree node the body policy reads. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: string | null;
  url?: string;
  alt?: string | null;
  /** A heading's level: 1 for `#`, 2 for `##`. */
  depth?: number;
  attributes?: BodyAttributeNode[];
  children?: BodyNode[];
  position?: { start: { line: number; column: number } };
  data?: { estree?: Program | null };
}

export interface BodyAttributeNode {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?:
    | string
    | null
    | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: Program | null } };
  position?: { start: { line: number; column: number } };
}

/** The ESTree program MDX attaches to imports, exports and `{…}` expressions. */
export interface Program {
  type: 'Program';
  body: EstreeNode[];
}

export interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/**
 * The parsers the build uses: for `.mdx` remark-parse with MDX and GFM, as `@astrojs/mdx` sets
 * them up; for `.md` remark-parse with GFM, as Astro's Markdown pipeline does. So `periksa` and
 * the build see the same tree and the same syntax errors.
 */
const processors = {
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
};

/**
 * The file as the build's MDX compiler sees it: frontmatter blanked out but its lines kept, so
 * that positions in the tree are lines of the file the editor opens.
 */
export function bodySource(raw: string): string {
  const match = FRONTMATTER.exec(raw);
  const text = raw.replace(/^\uFEFF/, '');
  if (!match) return text;
  const length = match[0].replace(/^\uFEFF/, '').length;
  return text.slice(0, length).replace(/[^\r\n]/g, ' ') + text.slice(length);
}

/**
 * Trees already parsed, by format and text; the oldest go first past `KEPT_TREES`. Parsing is about
 * half of what checking an entry costs, and the same text comes back where one process checks
 * many copies of a site that differ in one file (the content tests: 46 copies, 6,8 s → 3,7–4,0
 * s, 2026-12-02). The rules only read the trees.
 */
const parsed = new Map<string, BodyNode>();
const KEPT_TREES = 500;

/** Parses an entry's body; throws the parser's own message (see `parseErrors.ts`) on bad syntax. */
export function parseBody(raw: string, format: 'mdx' | 'md' = 'mdx'): BodyNode {
  const key = `${format}\0${raw}`;
  let tree = parsed.get(key);
  if (!tree) {
    tree = processors[format].parse(bodySource(raw)) as unknown as BodyNode;
    parsed.set(key, tree);
    if (parsed.size > KEPT_TREES) parsed.delete(parsed.keys().next().value as string);
  }
  return tree;
}
