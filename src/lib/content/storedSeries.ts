import { seriesProblems, type SeriesEntry } from './evaluationSeries.ts';
import type { ContentProblem } from './messages.ts';
import { scaffoldPrograms } from './scaffold.ts';

/** An evaluation entry as the content loader stores it, after its schema has read it. */
export interface StoredEvaluation {
  id: string;
  /** The entry file, from the project root. */
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

/** A figure's program: a reference (`{ id, collection }`) once the schema has read it. */
const programId = (program: unknown) =>
  typeof program === 'string' ? program : (program as { id: string }).id;

/**
 * The rules across evaluation entries (`evaluationSeries.ts`) over what the loader stored,
 * with program categories read from `contentRoot`/program/ as `npm run baru` reads them: the
 * program collection may load after this one. Drafts count, as they do in `npm run periksa`.
 */
export async function storedSeriesProblems(
  entries: Iterable<StoredEvaluation>,
  contentRoot: string,
): Promise<ContentProblem[]> {
  const series: SeriesEntry[] = [...entries].map(({ id, filePath, data }) => {
    const period = data.period as SeriesEntry['period'];
    const figures = (data.figures ?? []) as { program: unknown; certified?: number | null }[];
    return {
      file: filePath ?? id,
      id,
      draft: data.draft === true,
      period,
      figures: figures.map((row) => ({
        program: programId(row.program),
        certified: row.certified,
      })),
    };
  });
  if (series.length === 0) return [];
  const categories = new Map(
    (await scaffoldPrograms(contentRoot)).map(({ id, category }) => [id, category]),
  );
  return seriesProblems(series, (id) => categories.get(id));
}
