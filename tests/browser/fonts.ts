import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/**
 * Fonts phones fall back to when a page asks for the system's sans-serif, with the Debian package
 * that installs each on a test machine. DejaVu Sans is the wider of the two.
 */
export const PHONE_FONTS = [
  { family: 'Noto Sans', debianPackage: 'fonts-noto-core' },
  { family: 'DejaVu Sans', debianPackage: 'fonts-dejavu-core' },
] as const;

export type PhoneFont = (typeof PHONE_FONTS)[number];

/**
 * Throws, naming the package to install, when fontconfig does not know the family: Chromium would
 * silently draw another font, and a layout check would measure the wrong text.
 */
export function assertFontInstalled({ family, debianPackage }: PhoneFont): void {
  const advice =
    `pasang paket Debian ${debianPackage} (apt-get install ${debianPackage}). ` +
    `Font "${family}" is not installed: install the Debian package ${debianPackage}.`;
  let listed: string;
  try {
    listed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`fc-list tidak dapat dijalankan (${String(error)}); ${advice}`);
  }
  const families = listed.split('\n').flatMap((line) => line.split(',').map((name) => name.trim()));
  if (!families.includes(family)) {
    throw new Error(`Fon "${family}" tidak terpasang (fc-list tidak mencantumkannya): ${advice}`);
  }
}

const FONT_STYLESHEET = '/__uji-fon.css';

/**
 * Draws every element of the page in `family`. The stylesheet is served from the page's own
 * origin, so the site's Content-Security-Policy (`style-src 'self'`) stays as readers get it.
 */
export async function forceFont(page: Page, family: string): Promise<void> {
  await page.route(`**${FONT_STYLESHEET}`, (route) =>
    route.fulfill({
      contentType: 'text/css',
      body: `html, html *, html *::before, html *::after { font-family: "${family}" !important; }`,
    }),
  );
  await page.addStyleTag({ url: FONT_STYLESHEET });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** Families of the installed fonts Chromium really drew the text of `selector` with. */
export async function platformFontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`Tidak ada ${selector} di halaman.`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return [...new Set(fonts.map((font) => font.familyName))];
  } finally {
    await cdp.detach();
  }
}
