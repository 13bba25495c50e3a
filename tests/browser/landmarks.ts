import type { Page } from 'playwright-core';

export interface Landmark {
  role: string;
  name: string;
}

const LANDMARK_ROLES = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'main',
  'navigation',
  'region',
  'search',
]);
/** A form or a section is a landmark only when it has a name. */
const NAMED_ONLY = new Set(['form', 'region']);

/** The page's landmarks as Chromium's accessibility tree gives them to screen readers. */
export async function landmarksOf(page: Page): Promise<Landmark[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
      }))
      .filter(({ role, name }) => LANDMARK_ROLES.has(role) && (name || !NAMED_ONLY.has(role)));
  } finally {
    await cdp.detach();
  }
}

/**
 * Landmarks a screen reader's landmark list cannot tell apart: same role, same name. Each is
 * given once, as `role "name" ×count`.
 */
export function indistinguishable(landmarks: Landmark[]): string[] {
  const counts = new Map<string, number>();
  for (const { role, name } of landmarks) {
    const key = `${role} "${name}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}
