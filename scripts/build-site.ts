/**
 * `npm run build`: the whole site, stage by stage, in this process.
 *
 *   1. settings      validated before anything runs (src/lib/settings/)
 *   2. paper pages   sources → content/papers/*.mdx and data files (stages/write-paper-pages.ts)
 *   3. render plan   what changed since the last build (stages/plan-render.ts); a site too
 *                    big for Pagefind to index beside Astro is indexed here, before it
 *   4. Astro site    Astro's build() into a staging folder (stages/render-site.ts); its
 *                    build-done hook carries over unchanged pages, writes the citation
 *                    files, the search index and the offline worker (stages/finish-site.ts)
 *   5. swap          the staging folder replaces the output folder (stages/swap-output.ts)
 *
 * Every stage reports to one reporter, printed once at the end. A failed
 * build never leaves a half-written site: the output folder is replaced only
 * when every stage succeeded.
 */
import { StageFailure } from '../src/lib/reporter.ts';
import { printReport } from './lib/print-report.ts';
import { settingsOrExit } from './lib/settings-or-exit.ts';

const root = process.cwd();
const started = performance.now();
const { settings, reporter } = settingsOrExit(root, process.env);

// The stages load only once the settings are known to be good, so a wrong setting fails at once.
const { inProcessStage } = await import('./lib/run-stage.ts');
const { failOnStall } = await import('./lib/fail-on-stall.ts');
const { writePaperPagesApart } = await import('./stages/write-paper-pages.ts');
const { planRender } = await import('./stages/plan-render.ts');
const { renderSite } = await import('./stages/render-site.ts');
const { indexSearchFirst, stopSearchIndex } = await import('./stages/index-search.ts');
const { outputPaths, swapOutput, discardStaging, hadOutput } = await import('./stages/swap-output.ts');

const out = outputPaths(root, settings);
const hadSite = hadOutput(out);
// What became of the output when the build fails: the one sentence every failure ends with.
const afterwards = hadSite ? `The previous site in ${settings.outDir}/ is unchanged.` : `No site was written to ${settings.outDir}/.`;
failOnStall(afterwards);
try {
  const pages = await inProcessStage('Paper pages', () => writePaperPagesApart(settings, reporter, root));
  console.log(pages.summary.join('\n'));
  const { build, signed, log } = await planRender(root, settings, pages, out, reporter);
  if (log.length) console.log(`\n${log.join('\n')}`);
  await discardStaging(root, out);
  if (!build.search.alongside) console.log(await inProcessStage('Search index', () => indexSearchFirst(build.search)));
  await inProcessStage('Astro site', () => renderSite(root, settings, out.staging, build));
  await swapOutput(root, out, signed);
  await printReport(reporter, root, settings.contentDir);
  console.log(`\nSite built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${settings.outDir}/ (base path ${settings.base})`);
  process.exit(0);
} catch (error) {
  await stopSearchIndex();
  await discardStaging(root, out).catch(() => undefined);
  await printReport(reporter, root, settings.contentDir);
  const what = error instanceof StageFailure ? `build: ${error.message}` : `${(error as Error).message}`;
  console.error(`\n${what}. ${afterwards}`);
  process.exit(1);
}
