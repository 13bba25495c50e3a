/**
 * A simple Indonesian stem, shared by the word check before a search (`searchExpand.ts`) and the
 * suggestions after one that found nothing (`searchSuggest.ts`).
 */
const PREFIXES = [
  'meng',
  'meny',
  'mem',
  'men',
  'me',
  'ber',
  'per',
  'pem',
  'pen',
  'pe',
  'ter',
  'di',
  'ke',
  'se',
];
const PARTICLES = ['lah', 'nya'];
const SUFFIXES = ['kan', 'an', 'i'];
/** A stem shorter than this is more likely a wrong cut than a root ("kerja" is not "ke-rja"). */
export const MIN_STEM = 3;

/**
 * A simple Indonesian stem: particles -lah and -nya, then one of -kan, -an, -i, then up to two
 * prefixes (me-, mem-, men-, meng-, meny-, ber-, di-, ke-, pe-, pem-, pen-, per-, se-, ter-).
 * It does not restore the letter a nasal prefix swallows ("menulis" → "ulis"); both sides of a
 * comparison are cut the same way, which is all suggestions need.
 */
export function stem(word: string): string {
  let start = 0;
  let end = word.length;
  for (const particle of PARTICLES) {
    if (end - particle.length >= MIN_STEM && word.endsWith(particle, end)) end -= particle.length;
  }
  for (const suffix of SUFFIXES) {
    if (end - suffix.length >= MIN_STEM && word.endsWith(suffix, end)) {
      end -= suffix.length;
      break;
    }
  }
  for (let round = 0; round < 2; round += 1) {
    let cut = 0;
    for (const prefix of PREFIXES) {
      if (end - start - prefix.length >= MIN_STEM && word.startsWith(prefix, start)) {
        cut = prefix.length;
        break;
      }
    }
    if (cut === 0) break;
    start += cut;
  }
  return start === 0 && end === word.length ? word : word.slice(start, end);
}
