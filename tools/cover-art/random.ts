// The generator is shared with the benchmark corpus in scripts/, which runs on plain Node.
export { mulberry32 } from '../../scripts/lib/random.mjs';

// Seeds come from output paths, so every cover gets its own stable variation without a seed table
// that could drift out of sync with the file list.
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
