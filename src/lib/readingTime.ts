/** Indonesian readers of news average around 200 words a minute on a phone. */
const WORDS_PER_MINUTE = 200;

/** Words a reader will read in an MDX body: markup, imports and component tags are not counted. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`~|{}-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}

/** `4 menit baca`. */
export function readingTimeLabel(body: string): string {
  return `${readingMinutes(body)} menit baca`;
}
