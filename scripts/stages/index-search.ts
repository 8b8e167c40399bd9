/**
 * Stage: the Pagefind search index. With a build plan, Pagefind indexes the
 * small search pages of the paper-pages stage (notes included), starting as
 * Astro starts rendering when memory allows (before Astro otherwise), and
 * writes the bundle once.
 * Without one (a plain `astro build`) it indexes every built page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SiteBuild } from '../../src/integrations/papershelf.ts';
import { segmentCjkInHtml } from '../../src/lib/search/segment-cjk.ts';
import { abandonSearchIndex, finishSearchIndex, startSearchIndex as start, type PendingSearchIndex } from '../lib/search-index.ts';
import { listSiteFiles } from '../lib/site-files.ts';

let pending: PendingSearchIndex | undefined;

/** Starts indexing the search pages while Astro renders (from `astro:build:start`). */
export async function startSearchIndex(search: SiteBuild['search']): Promise<void> {
  pending = await start(search.source, search.draft);
}

/**
 * Indexes the search pages and writes the bundle before Astro starts, then
 * stops Pagefind: for sites too big for Pagefind and Astro to hold their
 * memory at once. The search pages come from the paper-pages stage, so the
 * index needs nothing Astro makes; {@link indexSearch} moves it into the site.
 */
export async function indexSearchFirst(search: SiteBuild['search']): Promise<string> {
  pending = await start(search.source, search.draft);
  await pending.drafted;
  await pagefind.close();
  return `  ${pending.count} pages indexed before the Astro site, in ${((performance.now() - pending.started) / 1000).toFixed(1)} s`;
}

/** Indexes every built page of `site` from its HTML, as the Pagefind CLI would. */
async function indexBuiltPages(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Search index: starting Pagefind failed: ${errors.join('; ')}`);
  try {
    const pages = listSiteFiles(site).filter((f) => f.endsWith('.html'));
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: segmentCjkInHtml(await readFile(join(site, sourcePath), 'utf8')) });
      if (added.errors.length > 0) throw new Error(`Search index: indexing ${sourcePath} failed: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Search index: writing the bundle failed: ${written.errors.join('; ')}`);
    return { pages: pages.length, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** Finishes the index into `<site>/pagefind/` and returns the log line. */
export async function indexSearch(site: string, search: SiteBuild['search'] | undefined): Promise<string> {
  if (!search) {
    const done = await indexBuiltPages(site);
    return `  ${done.pages} built pages indexed`;
  }
  const done = await finishSearchIndex(pending ?? (await start(search.source, search.draft)), site);
  pending = undefined;
  return `  ${done.pages} pages indexed, ${(done.ms / 1000).toFixed(1)} s since Pagefind started${search.alongside ? ' alongside the Astro site' : ' before the Astro site'}`;
}

/** Stops Pagefind without writing anything (the build failed elsewhere). */
export async function stopSearchIndex(): Promise<void> {
  pending = undefined;
  await abandonSearchIndex();
}
