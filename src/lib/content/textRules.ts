/**
 * Characters that editors paste without seeing them, and why each one is refused or warned about.
 * Shared by the frontmatter schemas (single-line fields) and the body policy (running text).
 */

/** A character an editor cannot see, named so that they can find and delete it. */
export interface HiddenCharacter {
  /** The character as `U+000B`. */
  code: string;
  /** Indonesian description, including where it usually comes from. */
  name: string;
}

const NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'baris baru',
  0x0b: 'tab vertikal, biasanya dari Shift+Enter di Microsoft Word',
  0x0c: 'pemisah halaman dari Microsoft Word',
  0x0d: 'akhir baris Windows',
  0x1b: 'kode escape',
  0x7f: 'karakter hapus (DEL)',
  0x202a: 'penanda arah teks kiri-ke-kanan (LRE)',
  0x202b: 'penanda arah teks kanan-ke-kiri (RLE)',
  0x202c: 'penutup penanda arah teks (PDF)',
  0x202d: 'pemaksa arah teks kiri-ke-kanan (LRO)',
  0x202e: 'pemaksa arah teks kanan-ke-kiri (RLO), yang membalik urutan huruf yang tampil',
  0x2066: 'pengisolasi arah teks (LRI)',
  0x2067: 'pengisolasi arah teks (RLI)',
  0x2068: 'pengisolasi arah teks (FSI)',
  0x2069: 'penutup pengisolasi arah teks (PDI)',
};

/** A character as its code point, `U+000B`, the way character tables and editors name it. */
export const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const describe = (character: string): HiddenCharacter => ({
  code: codePoint(character),
  name: NAMES[character.codePointAt(0) ?? 0] ?? 'karakter kendali yang tidak terlihat',
});

/**
 * Control characters (C0, DEL, C1) break feeds and XML, and bidi overrides or isolates make text
 * display in an order other than the one stored (the "Trojan Source" trick), so a published line
 * could read differently from what reviewers approved.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_IN_RUNNING_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** The first forbidden character in a single-line field (where tab and newline are mistakes too). */
export function forbiddenInLine(value: string): HiddenCharacter | undefined {
  const found = CONTROL.exec(value)?.[0];
  return found === undefined ? undefined : describe(found);
}

/** The first forbidden character in running text, where tab and newlines are ordinary. */
export function forbiddenInText(value: string): HiddenCharacter | undefined {
  const found = CONTROL_IN_RUNNING_TEXT.exec(value)?.[0];
  return found === undefined ? undefined : describe(found);
}

/**
 * Anything a reader would see: not whitespace, not a format character such as a zero-width space
 * or joiner, not a variation selector or combining grapheme joiner, not a Hangul filler.
 */
const VISIBLE =
  /[^\s\p{Cf}\p{Zs}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/u;

/** `true` when the text shows nothing at all, for example only zero-width spaces. */
export const isInvisible = (value: string) => !VISIBLE.test(value);

/** Pairs of typographic quotes that Word adds around a pasted value. */
const SMART_QUOTES = /^\s*(?:“[\s\S]*”|„[\s\S]*[“”]|«[\s\S]*»|‘[\s\S]*’)\s*$/u;

/** `true` when the whole value sits inside typographic quotes, as Word pastes it. */
export const isWrappedInSmartQuotes = (value: string) => SMART_QUOTES.test(value);

/**
 * Longest word that still wraps on a 360 px phone in the largest heading size: longer ones push
 * the page sideways or get broken mid-word.
 */
export const LONGEST_WORD = 30;

/** The first word longer than {@link LONGEST_WORD} characters, if any. */
export function overlongWord(value: string): string | undefined {
  return value.split(/[\s\u00ad-]+/u).find((word) => [...word].length > LONGEST_WORD);
}
