import { problemFromIssue, type ContentProblem } from './messages.ts';
import { DESCRIBING_TOOLS } from './schemaFields.ts';
import { SCHEMAS, type CollectionId } from './schemas.ts';

/**
 * The frontmatter rules of a collection over an entry's fields, with the messages
 * `npm run periksa` gives, for places that have the fields but not the files: the web editor
 * checks an entry with it before saving. Images are checked as paths and references as names
 * here; whether the files and programs exist stays with `periksa` and the build.
 */
export function dataProblems(collection: CollectionId, data: unknown, file = ''): ContentProblem[] {
  const result = SCHEMAS[collection](DESCRIBING_TOOLS).safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => problemFromIssue(file, issue, data));
}

export const isCollectionId = (name: string): name is CollectionId => Object.hasOwn(SCHEMAS, name);
