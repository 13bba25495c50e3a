import path from 'node:path';
import { formatProblems, type ContentProblem } from './messages.ts';

interface Node {
  type: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** MDX components that show an image and therefore need alt text. */
const IMAGE_COMPONENTS = new Set(['Gambar', 'img']);

function altOf(node: Node): string | undefined {
  if (node.type === 'image') return node.alt ?? '';
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name &&
    IMAGE_COMPONENTS.has(node.name)
  ) {
    const attribute = node.attributes?.find((attr) => attr.name === 'alt');
    if (!attribute) return '';
    return typeof attribute.value === 'string' ? attribute.value : 'ekspresi';
  }
  return undefined;
}

function collect(node: Node, found: Node[]): void {
  const alt = altOf(node);
  if (alt !== undefined && alt.trim() === '') found.push(node);
  node.children?.forEach((child) => collect(child, found));
}

/**
 * Stops the build when an image in an article body has no alt text: a reader using a screen reader
 * would otherwise hear only a file name or nothing at all.
 */
export function remarkRequireAlt() {
  return (tree: Node, file: { path?: string; cwd?: string }) => {
    const found: Node[] = [];
    collect(tree, found);
    if (found.length === 0) return;
    const relative = path.relative(file.cwd ?? process.cwd(), file.path ?? '').replace(/\\/g, '/');
    const problems: ContentProblem[] = found.map((node) => {
      const line = node.position?.start.line;
      const what =
        node.type === 'image' ? `gambar ![](${node.url ?? ''})` : `komponen <${node.name}>`;
      return {
        file: relative,
        field: '',
        problem: `${what}${line ? ` di baris ${line}` : ''} tidak punya teks alt.`,
        fix:
          node.type === 'image'
            ? 'Tulis isi gambar di antara kurung siku, misalnya ![Peserta menata hasil anyaman](./anyaman.jpg).'
            : 'Tambahkan alt="…" yang menggambarkan isi gambar, misalnya alt="Peserta menata hasil anyaman".',
      };
    });
    throw new Error(formatProblems(problems));
  };
}
