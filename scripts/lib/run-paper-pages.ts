import { writePaperPages } from '../stages/write-paper-pages.ts';
import { StageFailure, type Reporter } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { printReport } from './print-report.ts';

/**
 * What `npm run papers` does once the settings are read: the paper-pages
 * stage, then the report (stderr) and the summary (stdout), or the report and
 * the failure line. Returns the exit status. The tests run it in their own
 * process and hold the command to the same output.
 */
export async function runPaperPages(settings: Settings, reporter: Reporter, root: string): Promise<number> {
  try {
    const pages = await writePaperPages(settings, reporter, root);
    await printReport(reporter, root, settings.contentDir);
    console.log(pages.summary.join('\n'));
    return 0;
  } catch (error) {
    await printReport(reporter, root, settings.contentDir);
    console.error(`\n${error instanceof StageFailure ? `build-papers: ${error.message}` : (error as Error).stack}.`);
    return 1;
  }
}
