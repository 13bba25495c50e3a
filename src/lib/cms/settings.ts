import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { readFrontmatter } from '../content/frontmatter.ts';
import { entryFiles, entryIdFromPath } from '../content/paths.ts';
import { SITE } from '../site.ts';
import { cmsConfig, type CmsSettings } from './config.ts';

/** `owner/name` from `https://github.com/owner/name`; other hosts are not supported here. */
export function githubRepository(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?$/.exec(url);
  return match ? match[1] : undefined;
}

/**
 * Programs an entry can refer to, read from the files themselves: the editor's list has to work
 * while content is being fixed, so an entry with a broken frontmatter is listed by its folder.
 */
async function programChoices(contentRoot: string): Promise<CmsSettings['programs']> {
  const folder = path.join(contentRoot, 'program');
  const choices = await Promise.all(
    (await entryFiles(folder)).map(async (file) => {
      const value = entryIdFromPath(path.relative(folder, file));
      try {
        const { data } = readFrontmatter(await readFile(file, 'utf8'));
        const title = typeof data.title === 'string' ? data.title : value;
        return { value, label: data.draft === true ? `${title} (draf)` : title };
      } catch {
        return { value, label: value };
      }
    }),
  );
  return choices.sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** What the web editor's configuration needs from the project: the guide, programs, repository. */
export async function cmsSettings(root: string, contentRoot: string): Promise<CmsSettings> {
  return {
    guide: await readFile(path.join(root, 'docs/panduan-editor.md'), 'utf8'),
    programs: await programChoices(contentRoot),
    repository: githubRepository(SITE.repository.url),
    branch: SITE.repository.branch,
    authUrl: SITE.cms.authUrl,
    authEndpoint: SITE.cms.authEndpoint,
  };
}

/** The text of /admin/config.yml. */
export async function cmsConfigFile(root: string, contentRoot: string): Promise<string> {
  const config = cmsConfig(await cmsSettings(root, contentRoot));
  return `# Dibuat oleh src/lib/cms/config.ts dari skema konten dan panduan editor; jangan diubah.\n${yaml.dump(
    config,
    { lineWidth: -1, noRefs: true },
  )}`;
}
