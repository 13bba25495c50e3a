/**
 * `npm run periksa`: checks all content in seconds, without building the site, and lists every
 * problem at once in Indonesian with file, line and fix. Exits non-zero on any error; warnings
 * are listed but do not fail. In GitHub Actions each problem is also annotated on the changed
 * file in the pull request.
 *
 * It then says whether readers will see each entry: every draft and scheduled entry, and every
 * entry among the files named on the command line (the pull-request check names the changed
 * files), so that an article that passes but is not yet public never goes unnoticed.
 *
 *   npm run periksa [-- content/berita/abc/index.mdx …]
 *
 * Everything printed may carry an editor's text, and GitHub Actions obeys any log line that
 * starts with `::`. So values never break a line (`printable`), the listing runs with workflow
 * commands switched off, and annotations escape their data as GitHub's own toolkit does.
 */
import { randomUUID } from 'node:crypto';
import { checkContent, type EntryStatus } from '../src/lib/content/checkContent.ts';
import { formatMomentInMaluku } from '../src/lib/dates.ts';
import { printable, type ContentProblem } from '../src/lib/content/messages.ts';
import { contentDir } from '../src/lib/content/paths.ts';

const started = performance.now();
const { problems, entries, statuses } = await checkContent(process.cwd(), contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
const errors = problems.filter((problem) => problem.severity !== 'peringatan');
const warnings = problems.filter((problem) => problem.severity === 'peringatan');

const inActions = process.env.GITHUB_ACTIONS === 'true';
const describe = (problem: ContentProblem) =>
  printable(`${problem.field ? `Kolom "${problem.field}": ` : ''}${problem.problem}`);
const where = (problem: ContentProblem) =>
  problem.line ? `baris ${problem.line}${problem.column ? `:${problem.column}` : ''}` : 'berkas';

const resumeToken = randomUUID();
if (inActions) console.log(`::stop-commands::${resumeToken}`);
for (const file of [...new Set(problems.map((problem) => problem.file))].sort()) {
  console.log(`\n${printable(file)}`);
  const inFile = problems
    .filter((problem) => problem.file === file)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const problem of inFile) {
    const kind = problem.severity === 'peringatan' ? 'PERINGATAN' : 'GALAT';
    console.log(`  ${where(problem).padEnd(9)} ${kind}  ${describe(problem)}`);
    console.log(`  ${''.padEnd(9)} Perbaikan: ${printable(problem.fix)}`);
  }
}

const touched = process.argv.slice(2).map((file) => file.replace(/\\/g, '/').replace(/^\.\//, ''));
const isTouched = ({ file }: EntryStatus) =>
  touched.some(
    (name) =>
      file === name ||
      file.startsWith(`${name.replace(/\/$/, '')}/`) ||
      name.startsWith(`${file.replace(/\/index\.mdx?$/, '')}/`),
  );
const STATE_LABEL = { draf: 'DRAF', terjadwal: 'TERJADWAL', terbit: 'TERBIT' } as const;
const describeStatus = ({ state, liveAt }: EntryStatus) => {
  if (state === 'draf') return 'tidak tampil di situs publik (draft: true).';
  if (state === 'terjadwal' && liveAt) return `tampil ${formatMomentInMaluku(liveAt)}.`;
  return liveAt ? `tampil sejak ${formatMomentInMaluku(liveAt)}.` : 'tampil di situs.';
};
const reported = statuses.filter((status) => status.state !== 'terbit' || isTouched(status));
if (reported.length > 0) {
  console.log('\nStatus entri:');
  for (const status of reported.sort((a, b) => a.file.localeCompare(b.file))) {
    console.log(
      `  ${STATE_LABEL[status.state].padEnd(10)} ${printable(status.file)}: ${describeStatus(status)}`,
    );
  }
}
if (inActions) console.log(`::${resumeToken}::`);

/** A table on the pull request's check page, for editors who do not read logs. */
async function writeStepSummary(file: string): Promise<void> {
  const { appendFile } = await import('node:fs/promises');
  const cell = (text: string) =>
    printable(text).replace(/[|<>&`]/g, (character) => `&#${character.charCodeAt(0)};`);
  const rows = problems.map(
    (problem) =>
      `| ${problem.severity === 'peringatan' ? 'Peringatan' : 'Galat'} | ${cell(problem.file)} ${where(problem)} | ${cell(describe(problem))} | ${cell(problem.fix)} |`,
  );
  const heading =
    errors.length > 0
      ? `### Konten belum dapat diterbitkan: ${errors.length} galat, ${warnings.length} peringatan`
      : `### Konten siap dibangun (${warnings.length} peringatan)`;
  const table = rows.length
    ? ['| Jenis | Berkas | Masalah | Perbaikan |', '| --- | --- | --- | --- |', ...rows].join('\n')
    : '';
  await appendFile(file, `${heading}\n\n${table}\n`);
}

if (process.env.GITHUB_STEP_SUMMARY) await writeStepSummary(process.env.GITHUB_STEP_SUMMARY);

if (inActions) {
  // Annotations make each problem appear on the right line of the pull request's changed files.
  const data = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  for (const problem of problems) {
    const level = problem.severity === 'peringatan' ? 'warning' : 'error';
    const line = problem.line ? `,line=${problem.line}` : '';
    console.log(
      `::${level} file=${property(problem.file)}${line},title=Konten::${data(`${describe(problem)} Perbaikan: ${printable(problem.fix)}`)}`,
    );
  }
}

console.log(
  `\n${entries} entri diperiksa dalam ${seconds} detik: ${errors.length} galat, ${warnings.length} peringatan.`,
);
if (errors.length > 0) {
  console.log(
    'Perbaiki setiap GALAT di atas; situs tidak dapat diterbitkan sebelum semuanya beres.',
  );
  process.exitCode = 1;
} else {
  console.log('Konten siap dibangun.');
}
