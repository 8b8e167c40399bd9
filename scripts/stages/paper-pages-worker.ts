/**
 * The paper-pages stage on a worker thread of the build (see
 * {@link writePaperPagesApart}): it posts back what the stage made and what it
 * reported, then ends, and its whole heap goes with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Reporter, StageFailure } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { writePaperPages } from './write-paper-pages.ts';

const { settings, root } = workerData as { settings: Settings; root: string };
const reporter = new Reporter();
try {
  const pages = await writePaperPages(settings, reporter, root);
  parentPort!.postMessage({ pages, diagnostics: reporter.diagnostics });
} catch (error) {
  const failure = error instanceof StageFailure ? error.message : undefined;
  parentPort!.postMessage({ failure, error: failure ? undefined : (error as Error).stack, diagnostics: reporter.diagnostics });
}
