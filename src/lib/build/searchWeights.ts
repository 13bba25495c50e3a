/**
 * Template text must not win searches. Pagefind counts a word in an h2 six times (h1 seven, down
 * to h6 two; quadratic in the ranking), which is right for a page's own headings and wrong for the
 * ones a template or a writing guide repeats on every page of a kind ("Dukungan dalam nota
 * kesepahaman" on every program, "Topik" under every article). The same holds for boilerplate
 * paragraphs copied onto many pages ("Rincian materi, jadwal, tempat …"). Before the pages go to
 * Pagefind, a heading, paragraph or list item whose text is on several indexed pages gets a low
 * `data-pagefind-weight`, which replaces Pagefind's own heading weight. Only the copy given to
 * Pagefind changes; the published HTML stays as built.
 */

/** A block whose text is on at least this many pages is a template's, not a page's own. */
export const REPEATED_ON_PAGES = 3;
/** Weight of such a block: a word of ordinary text weighs 1, one in an h2 6. */
export const REPEATED_BLOCK_WEIGHT = 0.5;

/**
 * Headings, paragraphs and list items. Astro writes them closed, and headings and paragraphs
 * never nest; a nested list makes the outer item end early, which only shortens its text.
 */
const BLOCK = /<(h[1-6]|p|li)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const HAS_WEIGHT = /\sdata-pagefind-weight\s*=/i;
const BODY_START = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/gi;

/** What a block says, compared across pages: text only, spacing and case ignored. */
export function blockKey(inner: string): string {
  return inner
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('id');
}

/**
 * Where the `data-pagefind-body` elements of a page start and end, as [from, to) offsets. Only
 * their text is indexed: lists of other entries' titles ("Baca juga") sit outside them and must
 * not make those titles look repeated.
 */
export function bodyRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const start of html.matchAll(BODY_START)) {
    const tag = (start[1] ?? '').toLowerCase();
    const from = start.index ?? 0;
    if (ranges.some(([, to]) => from < to)) continue;
    const sameTag = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    sameTag.lastIndex = from + start[0].length;
    let depth = 1;
    let to = html.length;
    for (let match = sameTag.exec(html); match; match = sameTag.exec(html)) {
      depth += match[1] ? -1 : 1;
      if (depth === 0) {
        to = match.index + match[0].length;
        break;
      }
    }
    ranges.push([from, to]);
  }
  return ranges;
}

/** Texts of the indexed blocks of one page that carry no weight of their own, each once. */
export function blockKeys(html: string): Set<string> {
  const keys = new Set<string>();
  for (const [from, to] of bodyRanges(html)) {
    for (const [, , attributes = '', inner = ''] of html.slice(from, to).matchAll(BLOCK)) {
      if (HAS_WEIGHT.test(attributes)) continue;
      const key = blockKey(inner);
      if (key) keys.add(key);
    }
  }
  return keys;
}

/** Counts on how many pages each block text appears; feed it every indexed page once. */
export class BlockCounter {
  readonly #pages = new Map<string, number>();

  add(html: string): void {
    for (const key of blockKeys(html)) this.#pages.set(key, (this.#pages.get(key) ?? 0) + 1);
  }

  /** Block texts shared by at least `minPages` pages. */
  repeated(minPages = REPEATED_ON_PAGES): Set<string> {
    return new Set([...this.#pages].filter(([, pages]) => pages >= minPages).map(([key]) => key));
  }
}

/** The page with every repeated indexed block weighted down; everything else as it was. */
export function weighRepeatedBlocks(
  html: string,
  repeated: ReadonlySet<string>,
  weight = REPEATED_BLOCK_WEIGHT,
): string {
  if (repeated.size === 0) return html;
  const weigh = (part: string) =>
    part.replace(BLOCK, (whole, tag: string, attributes = '', inner: string) => {
      if (HAS_WEIGHT.test(attributes) || !repeated.has(blockKey(inner))) return whole;
      return `<${tag}${attributes} data-pagefind-weight="${weight}">${inner}</${tag}>`;
    });
  let result = '';
  let done = 0;
  for (const [from, to] of bodyRanges(html)) {
    result += html.slice(done, from) + weigh(html.slice(from, to));
    done = to;
  }
  return result + html.slice(done);
}
