/**
 * `npm run build`: pages from sources, the Astro site, the Pagefind index,
 * the service worker for offline use.
 * Astro and Pagefind write into a staging folder that replaces the output
 * folder only when every stage succeeded, so a failed build never leaves a
 * half-written site behind.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pagesToRender } from '../src/lib/incremental/page-signatures.ts';
import { searchSourcePath } from '../src/lib/search/search-source.ts';
import { siteOptions } from '../src/lib/site-options.ts';
import { listFiles } from './lib/fs-output.ts';
import { carryOver, carryOverLists, hashOutput, readManifest, signBuild, writeManifest } from './lib/incremental-build.ts';
import { projectPaths } from './lib/project-paths.ts';
import { discardFolder, replaceFolder } from './lib/replace-folder.ts';
import { astroProgress, inProcessStage, runStage } from './lib/run-stage.ts';
import { abandonSearchIndex, finishSearchIndex, searchFitsAlongside, startSearchIndex } from './lib/search-index.ts';
import { writeBibFiles } from './lib/write-bib-files.ts';

const root = process.cwd();
const options = siteOptions(process.env);
const paths = projectPaths(root);
const outDir = resolve(root, options.outDir);
// Astro keeps its intermediate files next to the output only when the output is
// inside the project; staging there gives every output folder its own, so two
// builds into different folders never share them.
const outKey = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
const staging = join(root, '.papershelf', 'staging', outKey);
const contentDir = resolve(root, options.contentDir);
const trash = join(root, '.papershelf', 'trash');
const manifestPath = join(root, '.papershelf', 'manifests', `${outKey}.json`);
const renderListPath = join(root, '.papershelf', 'manifests', `${outKey}.render.json`);
// Run the tools' own entry files with this Node (24), never through their
// `#!/usr/bin/env node` shims, which would pick up an older system Node.
const node = process.execPath;
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const started = performance.now();
// Only a folder that was there before this build can be said to be unchanged after a failure.
const hadSite = existsSync(outDir);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  await runStage('Paper pages', node, [join(root, 'scripts', 'build-papers.ts')]);
  await discardFolder(staging, trash);
  // Incremental: when nothing every page shows has changed since the last
  // build into this folder, only new and changed paper pages are rendered and
  // the others are carried over from that build.
  const signed = await signBuild(root, contentDir);
  const plan = pagesToRender(await readManifest(manifestPath, outDir), signed);
  // Pagefind indexes the small search pages the build script wrote while
  // Astro renders the site, when memory allows both at once.
  const pageCount = Object.keys(signed.pages).length;
  const alongside = searchFitsAlongside(pageCount, totalmem());
  const startSearch = () => startSearchIndex(paths.searchSource, `${staging}-search`);
  const search = alongside ? await startSearch() : undefined;
  if (!alongside) console.log(`\n${pageCount} pages: the search index is built after the Astro site, so the two never hold memory at once.`);
  const astroEnv: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: staging, PAPERSHELF_BIB_FILES: 'script' };
  if (!plan.all) {
    await mkdir(dirname(renderListPath), { recursive: true });
    await writeFile(renderListPath, JSON.stringify(plan.render));
    astroEnv.PAPERSHELF_RENDER_ONLY = renderListPath;
    if (plan.reuseLists) astroEnv.PAPERSHELF_REUSE_LISTS = '1';
    console.log(`\nIncremental build: ${plan.render.length} paper page(s) to render, ${plan.reuse.length} unchanged; topic and all-papers pages ${plan.reuseLists ? 'unchanged' : 'rendered'}.`);
  }
  await runStage('Astro site', node, [astro, 'build'], astroEnv, astroProgress());
  if (!plan.all) await carryOver(outDir, staging, plan.reuse);
  if (!plan.all && plan.reuseLists) await carryOverLists(outDir, staging);
  const bibFiles = await inProcessStage('Citation files', () => writeBibFiles(staging, options.site));
  console.log(`  ${bibFiles} BibTeX files`);
  // Pages with a hand-written note are indexed from their built HTML, which holds the note.
  const noted = (await listFiles(paths.notes, ['.mdx', '.md'])).map((n) => searchSourcePath(n.replace(/\.mdx?$/, ''))).filter((p) => existsSync(join(staging, p)));
  const indexed = await inProcessStage('Search index', async () => finishSearchIndex(search ?? (await startSearch()), staging, noted));
  console.log(`  ${indexed.pages} pages indexed, ${seconds(indexed.ms)} since Pagefind started${alongside ? ' alongside the Astro site' : ''}`);
  await runStage('Offline support', node, [join(root, 'scripts', 'build-offline.ts'), staging]);
  await replaceFolder(staging, outDir, trash);
  await writeManifest(manifestPath, { ...signed, output: (await hashOutput(outDir)) ?? '' });
  console.log(`\nSite built in ${seconds(performance.now() - started)}: ${options.outDir}/ (base path ${options.base})`);
} catch (error) {
  await abandonSearchIndex();
  await rm(staging, { recursive: true, force: true });
  await rm(`${staging}-search`, { recursive: true, force: true });
  await rm(manifestPath, { force: true });
  console.error(`\n${(error as Error).message}. ${hadSite ? `The previous site in ${options.outDir}/ is unchanged.` : `No site was written to ${options.outDir}/.`}`);
  process.exit(1);
}
