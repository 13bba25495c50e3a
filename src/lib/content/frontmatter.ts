import yaml from 'js-yaml';

export interface Frontmatter {
  /** The parsed fields. */
  data: Record<string, unknown>;
  /** Number of lines before the body starts. */
  bodyStart: number;
}

/**
 * Splits an MDX file's frontmatter from its body and parses it as Astro does (js-yaml). Throws
 * when there is no frontmatter; YAML errors keep js-yaml's `mark` with the line.
 */
export function readFrontmatter(raw: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(raw);
  if (!match) throw new Error('frontmatter tidak ditemukan');
  const data = yaml.load(match[1] ?? '');
  if (!data || typeof data !== 'object') throw new Error('frontmatter kosong');
  return { data: data as Record<string, unknown>, bodyStart: match[0].split('\n').length - 1 };
}
