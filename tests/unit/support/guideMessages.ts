import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../setup/sites.ts';

/**
 * A message with what varies blanked out: paths, quoted values, attribute names, `{…}` contents,
 * element names, numbers and the description after a `U+…` code. What is left is the sentence an editor looks up.
 */
export function messageShape(message: string): string {
  return message
    .replace(/U\+[0-9A-F]{4}[^|\n]*/g, 'U+…')
    .replace(/\{[^}\n|]*\}/g, '{…}')
    .replace(/"[^"\n|]*"/g, '"…"')
    .replace(/[^\s|;,()"]*\/[^\s|;,()"]*/g, 'alamat')
    .replace(/\b\w+=(?=["{])/g, 'x=')
    .replace(/<[\w:]*>/g, '<…>')
    .replace(/\b[a-z]+:(?=\s)/g, 'x:')
    .replace(/\d+(?:[.,-]\d+)*/g, 'N')
    .replace(/\s+/g, ' ');
}

const guide = readFileSync(path.join(ROOT, 'docs/panduan-editor.md'), 'utf8');
const start = guide.indexOf('## Arti pesan kesalahan');
/** The editor guide's message tables, in the same shape. */
const documented = messageShape(
  guide.slice(start, guide.indexOf('\n## ', start + 1)).replace(/`/g, ''),
);

/** Whether the guide's message tables explain this message (its first 50 characters of shape). */
export const guideExplains = (message: string) =>
  documented.includes(messageShape(message).slice(0, 50));
