import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** Rules come from .htmlvalidate.json: the recommended set, nothing turned off. */
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** What html-validate finds in a built HTML file, one `line:column rule: message` each. */
export async function htmlErrors(file: string): Promise<string[]> {
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
    ),
  );
}
