/**
 * Stage: what this build renders. When nothing every page shows has changed
 * since the last build into the same output folder, only new and changed
 * paper pages are rendered and the others are carried over from that build;
 * the list pages too when their lists are unchanged.
 */
import { totalmem } from 'node:os';
import type { SiteBuild } from '../../src/integrations/papershelf.ts';
import { FULL_RENDER } from '../../src/lib/build/build-plan.ts';
import { pagesToRender } from '../../src/lib/incremental/page-signatures.ts';
import type { Reporter } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { readManifest, signBuild, type BuildManifest } from '../lib/incremental-build.ts';
import { searchFitsAlongside } from '../lib/search-index.ts';
import type { PaperPages } from './write-paper-pages.ts';

/** Where a build writes: the output folder, the staging folder Astro renders into, and the manifest of the last build. */
export interface OutputPaths {
  outDir: string;
  staging: string;
  manifest: string;
}

/** Decides the build plan; returns it with the signatures to keep for the next build. */
export async function planRender(root: string, settings: Settings, pages: PaperPages, out: OutputPaths, reporter: Reporter): Promise<{ build: SiteBuild; signed: Omit<BuildManifest, 'output'>; log: string[] }> {
  const signed = await signBuild(root, settings, pages.signatures, pages.noteFiles);
  const plan = pagesToRender(await readManifest(out.manifest, out.outDir), signed);
  const pageCount = Object.keys(signed.pages).length;
  // Pagefind indexes the small search pages while Astro renders, when memory allows both at once.
  const alongside = searchFitsAlongside(pageCount, totalmem());
  const log: string[] = [];
  if (!alongside) log.push(`${pageCount} pages: the search index is built before the Astro site, so the two never hold memory at once.`);
  if (!plan.all) log.push(`Incremental build: ${plan.render.length} paper page(s) to render, ${plan.reuse.length} unchanged; topic and all-papers pages ${plan.reuseLists ? 'unchanged' : 'rendered'}.`);
  const build: SiteBuild = {
    plan: plan.all ? FULL_RENDER : { render: plan.render, reuseLists: plan.reuseLists },
    ...(plan.all ? {} : { carry: { from: out.outDir, pages: plan.reuse, lists: plan.reuseLists } }),
    search: { source: pages.searchSource, alongside, draft: `${out.staging}-search` },
    reporter,
  };
  return { build, signed, log };
}
