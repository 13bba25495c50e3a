/**
 * `content/padanan.yml`: the editors' list of equivalent words for the search page. Readers type
 * "napi", "lapas" or "MoU"; the site's articles say "warga binaan", "lembaga pemasyarakatan" and
 * "nota kesepahaman". Each group names the words the articles use (`istilah`, all searched) and
 * the readers' words that mean the same (`padanan`, replaced by the istilah when searching).
 *
 * The build (through the `padanan` collection's loader) and `npm run periksa` both check the file
 * here and report every mistake in Indonesian with line, field and fix, like the other content.
 */
import yaml from 'js-yaml';
import { searchPhrase, searchWords } from '../searchWords.ts';
import type { ContentProblem } from './messages.ts';

/** Where the list lives inside the content folder. */
export const PADANAN_FILE = 'padanan.yml';
/** The one entry of the `padanan` collection; the search page reads its `kelompok`. */
export const PADANAN_ENTRY = 'padanan';

/** One group as the search page receives it. */
export interface PadananGroup {
  /** The words the site's articles use, as the editor wrote them (shown to readers). */
  istilah: string[];
  /** The readers' words, normalised as the search reads them (lower case, no punctuation). */
  padanan: string[];
}

/** Every `istilah` is a search of its own; more than this makes one query slow on a phone. */
export const MAX_ISTILAH = 4;
export const MAX_PHRASE_WORDS = 5;
export const MAX_PHRASE_LENGTH = 60;
const FIELDS = ['istilah', 'padanan'] as const;
type Field = (typeof FIELDS)[number];

/** Letters (with their accents), digits, spaces, hyphens and apostrophes: what a word is made of. */
const WORD_CHARACTERS = /^[\p{L}\p{M}\p{N}\s'’-]+$/u;

const GUIDE = 'docs/panduan-editor.md, bagian "Padanan kata pencarian"';

/** The problem and fix texts, one place, so the editor guide's table can quote them. */
export const PADANAN_MESSAGES = {
  notAList: {
    problem: 'isi berkas ini harus berupa daftar kelompok padanan.',
    fix: 'Awali setiap kelompok dengan - istilah: di awal baris, lalu padanan: di baris berikutnya menjorok dua spasi, seperti contoh di awal berkas.',
  },
  notAGroup: {
    problem: 'kelompok ini tidak berisi istilah: dan padanan:.',
    fix: 'Tulis - istilah: lalu kata yang dipakai situs; di baris berikutnya, menjorok dua spasi, padanan: [kata pembaca, …].',
  },
  unknownField: (key: string) => ({
    problem: `kolom "${key}" tidak dikenal; kelompok padanan hanya punya istilah dan padanan.`,
    fix: 'Periksa ejaannya (istilah atau padanan), atau hapus baris itu.',
  }),
  missingIstilah: {
    problem: 'kolom wajib ini belum diisi.',
    fix: 'Tulis kata atau frasa yang dipakai tulisan di situs, misalnya istilah: warga binaan.',
  },
  notWords: (received: string) => ({
    problem: `isinya harus kata atau daftar kata, bukan ${received}.`,
    fix: 'Tulis satu kata, atau beberapa kata di antara kurung siku dan dipisahkan koma, misalnya padanan: [napi, narapidana].',
  }),
  emptyWord: {
    problem: 'ada kata yang masih kosong.',
    fix: 'Hapus tanda kutip kosong atau koma berlebih, atau isi kata yang dimaksud.',
  },
  badCharacter: (word: string, character: string) => ({
    problem: `kata "${word}" memuat tanda ${character} yang tidak dapat dicari.`,
    fix: `Tulis setiap kata terpisah dengan koma, misalnya [mou, memorandum of understanding], tanpa tanda / ( ) , . atau lainnya. Huruf besar dan kecil tidak dibedakan.`,
  }),
  tooShort: (word: string) => ({
    problem: `kata "${word}" terlalu pendek: minimal 2 huruf.`,
    fix: 'Tulis kata yang lengkap, atau hapus kata itu.',
  }),
  tooLong: (word: string) => ({
    problem: `frasa "${word}" terlalu panjang: paling banyak ${MAX_PHRASE_WORDS} kata dan ${MAX_PHRASE_LENGTH} karakter.`,
    fix: 'Persingkat frasa itu menjadi sebutan yang biasa diketik pembaca.',
  }),
  duplicate: (word: string, line: number) => ({
    problem: `kata "${word}" sudah ditulis di baris ${line}; setiap kata hanya boleh ada satu kali.`,
    fix: 'Hapus salah satunya. Bila dua kelompok memang bermakna sama, gabungkan keduanya menjadi satu kelompok.',
  }),
  tooManyIstilah: {
    problem: `daftar ini paling banyak ${MAX_ISTILAH} isi.`,
    fix: `Setiap istilah dicari tersendiri; sisakan paling banyak ${MAX_ISTILAH} yang benar-benar dipakai tulisan di situs.`,
  },
  nothingToJoin: {
    problem: 'kelompok ini hanya punya satu kata, jadi tidak ada yang disamakan.',
    fix: 'Tambahkan kata sehari-hari pembaca, misalnya padanan: [napi], atau hapus kelompok ini.',
  },
  usedOnSite: (word: string, entry: string) => ({
    problem: `kata "${word}" di padanan kini dipakai di ${entry}, tetapi pencarian tidak mencari kata padanan itu sendiri.`,
    fix: `Pindahkan "${word}" dari padanan ke istilah di kelompok yang sama, agar tulisan itu ikut ditemukan.`,
  }),
} as const;

/** js-yaml's reasons, as the mistakes editors make in this file. */
export const YAML_MISTAKES: { reason: RegExp; problem: string; fix: string }[] = [
  {
    reason: /non-printable|valid JSON character/,
    problem:
      'berkas memuat karakter tak terlihat (misalnya tab vertikal dari Shift+Enter di Word).',
    fix: 'Hapus baris ini dan ketik ulang kata-katanya, atau tempel sebagai teks biasa (Ctrl+Shift+V).',
  },
  {
    reason: /duplicated mapping key/,
    problem: 'ada kolom yang ditulis dua kali.',
    fix: 'Setiap kelompok hanya punya satu baris istilah: dan satu baris padanan:; gabungkan isinya ke satu daftar.',
  },
  {
    reason: /bad indentation|tabulation|indentation/,
    problem: 'jarak di awal baris (menjorok) tidak sesuai.',
    fix: 'Gunakan spasi, bukan tab: - istilah: di awal baris, padanan: di bawahnya menjorok dua spasi.',
  },
  {
    reason: /within a (?:single|double) quoted scalar|missed comma|flow collection/,
    problem: 'tanda kutip atau kurung siku tidak ditutup.',
    fix: 'Tutup setiap daftar di baris yang sama, misalnya padanan: [napi, narapidana], dan setiap " dengan ".',
  },
];
export const UNREADABLE = {
  problem: 'berkas padanan tidak dapat dibaca di sini.',
  fix: `Periksa tanda kutip, titik dua, dan jarak di awal baris; bandingkan dengan contoh di ${GUIDE}.`,
};

/** The outcome of checking the file: the groups to ship, every problem, and where each word is. */
export interface CheckedPadanan {
  groups: PadananGroup[];
  problems: ContentProblem[];
  /** Line of each padanan word (normalised), for messages about it found elsewhere. */
  padananLines: Map<string, number>;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'angka',
  boolean: 'true atau false',
  object: 'kelompok kolom',
  array: 'daftar di dalam daftar',
};
const typeOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : value instanceof Date ? 'tanggal' : typeof value;
const describeType = (value: unknown) => TYPE_NAMES[typeOf(value)] ?? typeOf(value);

/** Lines (1-based) where each top-level list item starts: `- …` at the start of a line. */
function itemLines(lines: string[]): number[] {
  return lines.flatMap((text, index) => (/^-(?:\s|$)/.test(text) ? [index + 1] : []));
}

/** Checks `content/padanan.yml`; `file` is its path as messages name it. */
export function checkPadanan(raw: string, file: string): CheckedPadanan {
  const problems: ContentProblem[] = [];
  const groups: PadananGroup[] = [];
  const padananLines = new Map<string, number>();
  const report = (
    line: number | undefined,
    field: string,
    found: { problem: string; fix: string },
  ) => problems.push({ file, field, ...(line ? { line } : {}), ...found });

  let data: unknown;
  try {
    data = yaml.load(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { mark, reason = '' } = error as { mark?: { line: number }; reason?: string };
    const mistake = YAML_MISTAKES.find((candidate) => candidate.reason.test(reason)) ?? UNREADABLE;
    report(mark ? mark.line + 1 : 1, '', mistake);
    return { groups, problems, padananLines };
  }
  // An empty file, or one holding only comments, simply joins no words.
  if (data === undefined || data === null) return { groups, problems, padananLines };
  if (!Array.isArray(data)) {
    report(1, '', PADANAN_MESSAGES.notAList);
    return { groups, problems, padananLines };
  }

  const lines = raw.split(/\r?\n/);
  const starts = itemLines(lines);
  /** Where each word was first written, to name it in the duplicate message. */
  const seen = new Map<string, number>();

  data.forEach((item: unknown, index) => {
    const start = starts[index] ?? 1;
    const end = starts[index + 1] ?? lines.length + 1;
    const fieldLine = (key: string) => {
      const pattern = new RegExp(`^(?:-\\s+|\\s+)${key}\\s*:`);
      for (let line = start; line < end; line += 1)
        if (pattern.test(lines[line - 1] ?? '')) return line;
      return start;
    };
    const wordLine = (key: string, word: string) => {
      const needle = word.toLocaleLowerCase('id');
      for (let line = fieldLine(key); line < end; line += 1)
        if ((lines[line - 1] ?? '').toLocaleLowerCase('id').includes(needle)) return line;
      return fieldLine(key);
    };

    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      report(start, '', PADANAN_MESSAGES.notAGroup);
      return;
    }
    const group = item as Record<string, unknown>;
    for (const key of Object.keys(group)) {
      if (!(FIELDS as readonly string[]).includes(key))
        report(fieldLine(key), key, PADANAN_MESSAGES.unknownField(key));
    }

    /** The words of one field, each checked; `undefined` when the field is unusable. */
    const wordsOf = (field: Field): string[] | undefined => {
      const value = group[field];
      if (value === undefined || value === null) return [];
      const list = Array.isArray(value) ? value : [value];
      if (typeof value !== 'string' && !Array.isArray(value)) {
        report(fieldLine(field), field, PADANAN_MESSAGES.notWords(describeType(value)));
        return undefined;
      }
      const words: string[] = [];
      for (const entry of list) {
        if (typeof entry !== 'string') {
          report(fieldLine(field), field, PADANAN_MESSAGES.notWords(describeType(entry)));
          continue;
        }
        const written = entry.trim().replace(/\s+/g, ' ');
        if (written === '') {
          report(fieldLine(field), field, PADANAN_MESSAGES.emptyWord);
          continue;
        }
        const line = wordLine(field, written);
        const bad = [...written].find((character) => !WORD_CHARACTERS.test(character));
        if (bad) {
          report(line, field, PADANAN_MESSAGES.badCharacter(written, bad));
          continue;
        }
        const phrase = searchPhrase(written);
        if (phrase.replace(/ /g, '').length < 2) {
          report(line, field, PADANAN_MESSAGES.tooShort(written));
          continue;
        }
        if (searchWords(phrase).length > MAX_PHRASE_WORDS || phrase.length > MAX_PHRASE_LENGTH) {
          report(line, field, PADANAN_MESSAGES.tooLong(written));
          continue;
        }
        const earlier = seen.get(phrase);
        if (earlier !== undefined) {
          report(line, field, PADANAN_MESSAGES.duplicate(written, earlier));
          continue;
        }
        seen.set(phrase, line);
        if (field === 'padanan') padananLines.set(phrase, line);
        words.push(field === 'istilah' ? written : phrase);
      }
      return words;
    };

    const istilah = wordsOf('istilah');
    const reportedBefore = problems.length;
    const padanan = wordsOf('padanan');
    const padananRefused = problems.length > reportedBefore;
    if (istilah === undefined || padanan === undefined) return;
    const wrote = (field: Field) => group[field] !== undefined && group[field] !== null;
    if (!wrote('istilah')) {
      report(start, 'istilah', PADANAN_MESSAGES.missingIstilah);
      return;
    }
    if (istilah.length > MAX_ISTILAH) {
      report(fieldLine('istilah'), 'istilah', PADANAN_MESSAGES.tooManyIstilah);
      return;
    }
    // A group whose every word was refused has been reported already.
    if (istilah.length === 0) return;
    if (padanan.length === 0 && istilah.length < 2) {
      if (!padananRefused) report(fieldLine('padanan'), 'padanan', PADANAN_MESSAGES.nothingToJoin);
      return;
    }
    groups.push({ istilah, padanan });
  });
  return { groups, problems, padananLines };
}

/**
 * Warnings for padanan words that an article now uses: the search replaces a padanan word by its
 * istilah and never looks for the word itself, so that article would not be found through it.
 */
export function padananUsedOnSite(
  checked: CheckedPadanan,
  file: string,
  entries: readonly { file: string; raw: string }[],
): ContentProblem[] {
  if (checked.padananLines.size === 0) return [];
  const texts = entries.map((entry) => ({
    file: entry.file,
    text: ` ${searchWords(entry.raw).join(' ')} `,
  }));
  return [...checked.padananLines].flatMap(([word, line]) => {
    const user = texts.find((entry) => entry.text.includes(` ${word} `));
    return user
      ? [
          {
            file,
            field: 'padanan',
            line,
            severity: 'peringatan' as const,
            ...PADANAN_MESSAGES.usedOnSite(word, user.file),
          },
        ]
      : [];
  });
}
