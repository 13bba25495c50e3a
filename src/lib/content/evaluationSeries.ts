/**
 * Rules that hold across evaluation entries, which no single entry's schema can see: the periods
 * of the series do not overlap, and a program's category decides whether a certificate figure can
 * exist. `npm run periksa` and the build (its content loader, `storedSeries.ts`) both call
 * `seriesProblems`, so an editor reads the same message in either place.
 */
import type { ContentProblem } from './messages.ts';

/** What the rules need of one evaluation entry: its file, period and figures as written. */
export interface SeriesEntry {
  /** Path of the entry file from the project root, as messages name it. */
  file: string;
  /** The entry's address, for example `semester-i-2027`. */
  id: string;
  /** Drafts are checked too, so that an editor learns of an overlap while still writing. */
  draft?: boolean;
  period: { label: string; start: Date; end: Date };
  figures: { program: string; certified?: number | null }[];
}

/** A program's category, by its folder name; `undefined` for an unknown program. */
export type CategoryOf = (programId: string) => 'vokasional' | 'kepribadian' | undefined;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The day after `date`, where a period that follows it should start. */
const nextDay = (date: Date) => new Date(date.getTime() + 24 * 60 * 60 * 1000);

const describePeriod = (entry: SeriesEntry) =>
  `"${entry.period.label}" (${day(entry.period.start)} s.d. ${day(entry.period.end)})`;

/** Of two entries, the one whose period comes later: it is the one the editor is likely adding. */
function later(a: SeriesEntry, b: SeriesEntry): [earlier: SeriesEntry, later: SeriesEntry] {
  const order =
    a.period.start.getTime() - b.period.start.getTime() ||
    a.period.end.getTime() - b.period.end.getTime() ||
    (a.file < b.file ? -1 : 1);
  return order <= 0 ? [a, b] : [b, a];
}

function overlapProblems(entries: readonly SeriesEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  entries.forEach((a, index) => {
    for (const b of entries.slice(index + 1)) {
      if (a.period.start > b.period.end || b.period.start > a.period.end) continue;
      const [first, second] = later(a, b);
      problems.push({
        file: second.file,
        field: 'period.start',
        problem: `periode ${describePeriod(second)} di ${second.file} bertumpang tindih dengan periode ${describePeriod(first)} di ${first.file}${first.draft ? ' (draf)' : ''}, sehingga peserta yang sama dapat terhitung dua kali.`,
        fix: `Mulai periode ini sesudah periode yang lain berakhir, misalnya start: ${day(nextDay(first.period.end))}, atau perbaiki tanggal periode yang salah. Bila kedua berkas mengevaluasi periode yang sama, gabungkan menjadi satu berkas.`,
      });
    }
  });
  return problems;
}

function certificateProblems(entry: SeriesEntry, categoryOf: CategoryOf): ContentProblem[] {
  return entry.figures.flatMap(({ program, certified }, index) =>
    certified != null && categoryOf(program) === 'kepribadian'
      ? [
          {
            file: entry.file,
            field: `figures.${index}.certified`,
            problem: `program pembinaan kepribadian tidak memberi sertifikat; hapus baris certified pada program "${program}".`,
            fix: `Hapus baris certified di bawah "- program: ${program}"; situs menulis "tidak berlaku" di tempatnya. Bila program ini sebenarnya memberi sertifikat, perbaiki category di content/program/${program}/index.mdx.`,
          },
        ]
      : [],
  );
}

/**
 * Every problem across the evaluation entries given: two periods that overlap (once per pair, on
 * the entry whose period comes later, naming both files) and a `certified` figure for a character
 * program. Drafts count like published entries.
 */
export function seriesProblems(entries: SeriesEntry[], categoryOf: CategoryOf): ContentProblem[] {
  return [
    ...overlapProblems(entries),
    ...entries.flatMap((entry) => certificateProblems(entry, categoryOf)),
  ];
}
