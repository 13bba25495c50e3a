import path from 'node:path';
import { checkBodyTree } from './bodyPolicy.ts';
import type { BodyAttributeNode, BodyNode, Program } from './mdxBody.ts';
import { ContentError, formatProblems } from './messages.ts';
import { contentDir } from './paths.ts';

interface CompiledFile {
  path?: string;
  cwd?: string;
  data: { astro?: { frontmatter?: { subject?: { consent?: unknown } } } };
}

const program = (body: Program['body']): Program =>
  ({ type: 'Program', sourceType: 'module', comments: [], body }) as Program;

/** `import name from "./foto.jpg"`, written by the build rather than by an editor. */
function imageImport(name: string, src: string): BodyNode {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          attributes: [],
          source: { type: 'Literal', value: src, raw: JSON.stringify(src) },
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
        },
      ]),
    },
  };
}

function identifierValue(name: string): BodyAttributeNode['value'] {
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: name,
    data: {
      estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }]),
    },
  };
}

/**
 * `<Gambar src="./foto.jpg">` as an editor writes it becomes an import the build optimises, the
 * same way Astro treats `![alt](./foto.jpg)`, so no editor ever writes an import line.
 */
function importComponentImages(tree: BodyNode): void {
  const imports: BodyNode[] = [];
  const visit = (node: BodyNode) => {
    if (node.type.startsWith('mdxJsx') && node.name === 'Gambar') {
      const src = node.attributes?.find((attribute) => attribute.name === 'src');
      if (src && typeof src.value === 'string') {
        const name = `__gambar${imports.length}`;
        imports.push(imageImport(name, src.value.startsWith('.') ? src.value : `./${src.value}`));
        src.value = identifierValue(name);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  tree.children?.unshift(...imports);
}

/**
 * The build's gate for MDX bodies: the content policy runs on the parsed body before MDX turns
 * it into code, so nothing an editor writes is ever evaluated. It refuses what `periksa` refuses
 * (both call `checkBodyTree`), then turns image paths in components into imports.
 */
export function remarkContentPolicy() {
  // Typed loosely: remark hands over its own mdast and vfile types, read here through BodyNode.
  return (root: object, vfile: object) => {
    const tree = root as BodyNode;
    const file = vfile as CompiledFile;
    const cwd = file.cwd ?? process.cwd();
    const relative = path.relative(cwd, file.path ?? '').replace(/\\/g, '/');
    const inContent = path.relative(contentDir, relative).replace(/\\/g, '/');
    const collection = inContent.startsWith('..') ? '' : (inContent.split('/')[0] ?? '');
    const { problems } = checkBodyTree(tree, {
      file: relative,
      collection,
      hasConsent: Boolean(file.data.astro?.frontmatter?.subject?.consent),
    });
    if (problems.length > 0) throw new ContentError(formatProblems(problems));
    importComponentImages(tree);
  };
}
