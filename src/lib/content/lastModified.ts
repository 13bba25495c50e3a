import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCalendarDate, readFrontmatter } from './frontmatter.ts';
import { entryIdFromPath } from './paths.ts';

/** Collections whose entries have their own page at `/<collection>/<id>/`. */
const PAGED = ['berita', 'kisah', 'program', 'evaluasi'];

/**
 * When each entry page last changed, by its path: `updatedDate`, else `publishDate`. Read from
 * the files themselves because the sitemap is written outside Astro's content layer.
 */
export function lastModifiedByPath(root: string, contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const collection of PAGED) {
    const dir = path.join(root, contentDir, collection);
    let files: string[] = [];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        /\.mdx?$/.test(file),
      );
    } catch {
      continue;
    }
    for (const file of files) {
      try {
        const { data } = readFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
        const date = readCalendarDate(data.updatedDate ?? data.publishDate);
        if (date instanceof Date) dates.set(`/${collection}/${entryIdFromPath(file)}/`, date);
      } catch {
        // The content loader reports unreadable entries with a proper message; no date here.
      }
    }
  }
  return dates;
}
