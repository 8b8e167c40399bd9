/**
 * What Astro's `astro:build:done` hook runs, in this order: the pages carried
 * over from the previous build, then the search index and the offline worker
 * (last: it precaches everything the others wrote), with the citation files
 * written meanwhile (the offline worker does not precache them).
 */
import type { SiteBuild } from '../../src/integrations/papershelf.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { Reporter } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { carryOver, carryOverLists } from '../lib/incremental-build.ts';
import { inProcessStage } from '../lib/run-stage.ts';
import { writeCitationFiles } from './copy-citation-files.ts';
import { indexSearch } from './index-search.ts';
import { writeOfflineWorker } from './write-offline-worker.ts';

/** Finishes the site Astro just wrote into `site`. */
export async function finishSite({ root, site, settings, build }: { root: string; site: string; settings: Settings; build: SiteBuild | undefined }): Promise<void> {
  // A plain `astro build` has no build reporter: its problems are printed here.
  const reporter = build?.reporter ?? new Reporter();
  if (build?.carry) {
    const { from, pages, lists } = build.carry;
    const carried = await inProcessStage('Unchanged pages', async () => (await carryOver(from, site, pages)) + (lists ? await carryOverLists(from, site) : 0));
    console.log(`  ${carried} pages carried over from the previous build`);
  }
  // The BibTeX files are written while the search index and the offline worker are finished:
  // they are no part of either (the offline copy fetches a .bib file when it is read).
  const bib = inProcessStage('Citation files', () => writeCitationFiles(root, site, settings));
  // Its failure is thrown where it is awaited, not reported as unhandled before then.
  bib.catch(() => undefined);
  console.log(await inProcessStage('Search index', () => indexSearch(site, build?.search)));
  const offline = await inProcessStage('Offline support', () => writeOfflineWorker(root, site, settings, reporter));
  console.log(`  ${await bib} BibTeX files`);
  console.log(offline.join('\n'));
  if (!build) for (const d of reporter.diagnostics) console.warn(formatDiagnostic(d));
}
