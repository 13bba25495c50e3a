import type { Browser, CDPSession, Page } from 'playwright-core';

export interface View {
  width: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/**
 * One Chromium page for a whole test file, reused for every visit. `browser.newPage()` opens a new
 * context, so every visit paid for a new renderer process that compiled the site's scripts (and
 * axe) again: on the project's 2-core machine 20 visits with axe took 23–28 s that way and 7–9 s on
 * one reused page (2026-12-01, load 4–8).
 *
 * Before each visit `reset` puts back what a fresh page would have: an empty HTTP cache (so every
 * request of the page is made and seen again), the view's size and colour scheme, screen media,
 * and no routes. The site keeps no cookies or storage, so nothing else carries over.
 */
export class ReusedPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser): Promise<ReusedPage> {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    return new ReusedPage(page, cdp);
  }

  async reset({ width, height = 800, colorScheme = 'light' }: View): Promise<Page> {
    await Promise.all([
      this.cdp.send('Network.clearBrowserCache'),
      this.page.unrouteAll({ behavior: 'ignoreErrors' }),
      this.page.setViewportSize({ width, height }),
      this.page.emulateMedia({ media: 'screen', colorScheme }),
    ]);
    return this.page;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}
