import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is disabled. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Has Chromium load axe into every document `page` opens from now on, for a file that checks many
 * pages: sending axe's 550 KB through Playwright for each check cost about 0,2 s a visit, loaded
 * with the document about 0,03 s (`pages.test.ts`, 110 visits: 45–47 s → 40–42 s, 2026-12-02).
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(AXE_SOURCE);
}

/** axe over the whole document with the WCAG 2.0–2.2 A and AA rules; loads axe if needed. */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: tags },
      },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  }, AXE_TAGS);
}
