/**
 * Words screen readers announce around footnotes (`teks[^1]` and `[^1]: catatan`), which the
 * Markdown renderer writes in English unless told: "Footnotes", "Back to reference 1".
 */
import type { AstroUserConfig } from 'astro';

type RemarkRehypeOptions = NonNullable<NonNullable<AstroUserConfig['markdown']>['remarkRehype']>;

export const FOOTNOTE_OPTIONS = {
  footnoteLabel: 'Catatan kaki',
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `Kembali ke rujukan ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
} satisfies RemarkRehypeOptions;
