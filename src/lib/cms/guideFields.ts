/**
 * The editor guide (docs/panduan-editor.md) is where every field is explained to editors, in a
 * table per collection under "## Kolom <koleksi>". The web editor shows the same words as its
 * labels and hints, read from those tables, so an explanation is written once and both routes
 * teach the same thing.
 */

/** One row of a "## Kolom <koleksi>" table. */
export interface GuideField {
  /** The field's name in the web editor ("Di editor web"). */
  label: string;
  /** "Wajib?" as the guide says it: `wajib`, `tidak`, or a condition. */
  required: string;
  /** What the field means ("Arti"). */
  meaning: string;
  /** Limits and default ("Batas dan bawaan"). */
  limits: string;
  /** An example value, as written in frontmatter ("Contoh"). */
  example: string;
}

const COLUMNS = ['Kolom', 'Di editor web', 'Wajib?', 'Arti', 'Batas dan bawaan', 'Contoh'];

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The fields the guide documents for `collection`, by path (`cover.alt`). */
export function guideFields(guide: string, collection: string): Map<string, GuideField> {
  const heading = `## Kolom ${collection}\n`;
  const start = guide.indexOf(heading);
  if (start < 0) throw new Error(`Panduan editor tidak punya bagian "## Kolom ${collection}".`);
  const end = guide.indexOf('\n## ', start + heading.length);
  const rows = guide
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const [header, , ...body] = rows;
  if (!header || cells(header).join('|') !== COLUMNS.join('|'))
    throw new Error(
      `Tabel "## Kolom ${collection}" di panduan editor harus berkolom: ${COLUMNS.join(', ')}.`,
    );
  return new Map(
    body.map((row) => {
      const [field = '', label = '', required = '', meaning = '', limits = '', example = ''] =
        cells(row);
      return [field.replace(/`/g, ''), { label, required, meaning, limits, example }];
    }),
  );
}
