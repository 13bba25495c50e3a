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

/** Parses an entry's body; throws the parser's own message (see `parseErrors.ts`) on bad syntax. */
export function parseBody(raw: string, format: 'mdx' | 'md' = 'mdx'): BodyNode {
  return processors[format].parse(bodySource(raw)) as unknown as BodyNode;
}
