/**
 * Decap's rich-text editor writes text back as it is, trusting it to be Markdown (it even turns
 * text into raw `html` nodes so that nothing is escaped). In MDX, `{` and `}` open an expression
 * and `<` before anything but a tag name is an error. Text an editor typed, or wrote escaped as
 * `\{`, must stay text, so those characters are escaped when the body is written; braces already
 * escaped and real tags (`<Galeri>`) are left alone. This runs in Decap's own remark
 * (remark-stringify 6), after Decap's own plugins.
 */

type Visitor = (node: { value: string }, parent?: unknown) => string;

interface Remark6Processor {
  Compiler?: { prototype: { visitors: Record<string, Visitor | undefined> } };
}

/** `\{`, `\}` and `\<` where MDX would read the character as code. */
export const escapeMdxText = (text: string) =>
  text.replace(/(?<!\\)[{}]/g, '\\$&').replace(/(?<!\\)<(?![A-Za-z/!])/g, '\\<');

export function remarkMdxText(this: Remark6Processor): void {
  // Decap also runs its plugins when reading Markdown, where there is nothing to write.
  const visitors = this.Compiler?.prototype.visitors;
  if (!visitors) return;
  for (const type of ['text', 'html']) {
    const write = visitors[type];
    if (write) visitors[type] = (node, parent) => escapeMdxText(write(node, parent));
  }
}
