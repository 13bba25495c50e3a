import { getRssString, type RSSOptions } from '@astrojs/rss';

/**
 * `text` with only characters XML 1.0 allows. One forbidden character makes a reader drop the
 * whole feed, and @astrojs/rss writes them through as they are.
 */
export function xmlText(text: string): string {
  return (
    text
      // Word's Shift+Enter arrives as a vertical tab between two words: a space keeps them apart.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
      // Noncharacters and halves of broken surrogate pairs: U+FFFD shows something was there.
      .replace(/[\ufffe\uffff]|\p{Cs}/gu, '\ufffd')
  );
}

/**
 * The RSS 2.0 document for `options`. The finished document is cleaned rather than each field, so
 * no field, today's or a later one, can bring a forbidden character in; markup itself never
 * contains one.
 */
export async function feedXml(options: RSSOptions): Promise<string> {
  return xmlText(await getRssString(options));
}
