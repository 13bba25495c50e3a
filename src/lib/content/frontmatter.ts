import yaml from 'js-yaml';
import type { ContentProblem } from './messages.ts';

export interface Frontmatter {
  /** The parsed fields. */
  data: Record<string, unknown>;
  /** Number of lines before the body starts. */
  bodyStart: number;
}

/** The frontmatter block between two `---` lines at the top of a file, its YAML captured. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/**
 * Splits an MDX file's frontmatter from its body and parses it as Astro does (js-yaml). Throws
 * when there is no frontmatter; YAML errors keep js-yaml's `mark` with the line.
 */
export function readFrontmatter(raw: string): Frontmatter {
  const match = FRONTMATTER.exec(raw);
  if (!match) throw new Error('frontmatter tidak ditemukan');
  const data = yaml.load(match[1] ?? '');
  if (!data || typeof data !== 'object') throw new Error('frontmatter kosong');
  return { data: data as Record<string, unknown>, bodyStart: match[0].split('\n').length };
}

/**
 * A frontmatter value read as a calendar date the way the build reads it: YAML already gives
 * `2026-11-27` as a date, and the quoted `"2026-11-27"` becomes the same date. Anything else
 * (`27-11-2026`, `kemarin`) is returned as it is so that validation reports it.
 */
export const readCalendarDate = (value: unknown): unknown =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
    ? new Date(`${value.trim()}T00:00:00Z`)
    : value;

/** js-yaml's reasons, as the mistakes editors make that cause them. */
const YAML_MISTAKES: { reason: RegExp; problem: string; fix: string }[] = [
  {
    reason: /non-printable|valid JSON character/,
    problem:
      'frontmatter memuat karakter tak terlihat (misalnya tab vertikal dari Shift+Enter di Word).',
    fix: 'Hapus baris ini dan ketik ulang nilainya dalam satu baris, atau tempel sebagai teks biasa (Ctrl+Shift+V).',
  },
  {
    reason: /duplicated mapping key/,
    problem: 'ada kolom yang ditulis dua kali.',
    fix: 'Hapus salah satu baris kolom yang sama; setiap kolom hanya boleh muncul sekali.',
  },
  {
    reason: /bad indentation|tabulation|indentation/,
    problem: 'jarak di awal baris (menjorok) tidak sesuai.',
    fix: 'Gunakan spasi, bukan tab: dua spasi untuk kolom di bawah cover: atau subject:, empat spasi di bawah consent:.',
  },
  {
    reason: /within a (?:single|double) quoted scalar|missed comma|flow collection/,
    problem: 'tanda kutip atau kurung siku tidak ditutup.',
    fix: 'Pastikan setiap nilai yang dibuka dengan " ditutup dengan " di baris yang sama, dan setiap daftar [ ditutup dengan ].',
  },
];

/**
 * A quoted value whose own quote mark closes it early, `title: "Pelatihan "Sablon" Kaos"`: js-yaml
 * calls that bad indentation, which would send an editor looking at the line's spaces.
 */
const QUOTE_CLOSED_EARLY = /^\s*[\w.-]+:\s*(["'])(?:(?!\1).)*\1\s*[^\s#]/;
const QUOTE_MISTAKE = {
  problem: 'tanda kutip di dalam teks menutup nilainya terlalu awal.',
  fix: 'Apit teksnya dengan tanda kutip ganda, dan di dalamnya pakai kutip tunggal atau kutip miring, misalnya title: "Pelatihan \'Sablon\' Kaos" atau title: "Jum\'at Berkah".',
};

const COLON_MISTAKE = {
  problem: 'frontmatter tidak dapat dibaca di sini.',
  fix: 'Periksa tanda kutip, titik dua, dan jarak di awal baris; setiap teks yang memuat titik dua ditulis di antara tanda kutip, misalnya title: "Pelatihan: Hari Pertama".',
};

/**
 * Why an entry's frontmatter cannot be read, in Indonesian with its line, or `undefined` when it
 * can. The build and `npm run periksa` both report it this way.
 */
export function frontmatterProblem(file: string, raw: string): ContentProblem | undefined {
  try {
    readFrontmatter(raw);
    return undefined;
  } catch (error) {
    if ((error as Error).message === 'frontmatter tidak ditemukan') {
      return {
        file,
        field: '',
        line: 1,
        problem:
          'frontmatter tidak ditemukan: berkas harus dimulai dengan baris --- dan ditutup dengan --- lagi.',
        fix: 'Salin frontmatter dari entri lain atau buat entri baru dengan npm run baru.',
      };
    }
    const { mark, reason = '' } = error as { mark?: { line: number }; reason?: string };
    const markedLine = mark ? (raw.split('\n')[mark.line + 1] ?? '') : '';
    const mistake = QUOTE_CLOSED_EARLY.test(markedLine)
      ? QUOTE_MISTAKE
      : (YAML_MISTAKES.find((candidate) => candidate.reason.test(reason)) ?? COLON_MISTAKE);
    return {
      file,
      field: '',
      line: mark ? mark.line + 2 : 1,
      problem: mistake.problem,
      fix: mistake.fix,
    };
  }
}
