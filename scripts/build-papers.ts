/**
 * `npm run papers`: only the paper-pages stage (sources → content/papers/),
 * for `npm run dev` and for checking a library without building the site.
 * Exits 1 on a wrong setting or any error in the sources; nothing is written then.
 */
import { Reporter, StageFailure } from '../src/lib/reporter.ts';
import { readSettings } from '../src/lib/settings/read-settings.ts';
import { printReport } from './lib/print-report.ts';

const root = process.cwd();
const reporter = new Reporter();
const read = readSettings(process.env);
reporter.add(...read.diagnostics);
if (!read.settings) {
  for (const line of reporter.report('-').lines.slice(0, -1)) console.error(line);
  console.error('\nNothing was written: fix the settings above and run again.');
  process.exit(1);
}
const { writePaperPages } = await import('./stages/write-paper-pages.ts');
try {
  const pages = await writePaperPages(read.settings, reporter, root);
  await printReport(reporter, root, read.settings.contentDir);
  console.log(pages.summary.join('\n'));
} catch (error) {
  await printReport(reporter, root, read.settings.contentDir);
  console.error(`\n${error instanceof StageFailure ? `build-papers: ${error.message}` : (error as Error).stack}.`);
  process.exit(1);
}
