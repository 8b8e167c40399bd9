/**
 * `npm run papers`: only the paper-pages stage (sources → content/papers/),
 * for `npm run dev` and for checking a library without building the site.
 * Exits 1 on a wrong setting or any error in the sources; nothing is written then.
 */
import { StageFailure } from '../src/lib/reporter.ts';
import { printReport } from './lib/print-report.ts';
import { settingsOrExit } from './lib/settings-or-exit.ts';

const root = process.cwd();
const { settings, reporter } = settingsOrExit(root, process.env);
const { writePaperPages } = await import('./stages/write-paper-pages.ts');
try {
  const pages = await writePaperPages(settings, reporter, root);
  await printReport(reporter, root, settings.contentDir);
  console.log(pages.summary.join('\n'));
} catch (error) {
  await printReport(reporter, root, settings.contentDir);
  console.error(`\n${error instanceof StageFailure ? `build-papers: ${error.message}` : (error as Error).stack}.`);
  process.exit(1);
}
