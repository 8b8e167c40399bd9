import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { segmentCjkInHtml } from '../../src/lib/search/segment-cjk.ts';
import { readSearchSource } from './write-search-source.ts';

/** A search index being built: started before the site is rendered, finished after. */
export interface PendingSearchIndex {
  index: pagefind.PagefindIndex;
  /** Settles when every search page is indexed and the bundle is written to `draft`. */
  drafted: Promise<void>;
  /** Where the bundle of the search pages alone is written while Astro renders. */
  draft: string;
  count: number;
  started: number;
}

/**
 * Memory Astro and Pagefind each need per paper page, measured at ten
 * thousand pages (about 1.2 GB each), with room to spare.
 */
const BYTES_PER_PAGE = 150 * 1024;

/**
 * Whether Pagefind may index while Astro renders: only when both fit in
 * memory at once with a third to spare (two processes of `pages` ×
 * {@link BYTES_PER_PAGE}); a bigger site indexes after Astro instead.
 */
export function searchFitsAlongside(pages: number, memory: number): boolean {
  return 2 * pages * BYTES_PER_PAGE <= (memory * 2) / 3;
}

const failed = (what: string, errors: readonly string[]) => new Error(`Search index: ${what} failed: ${errors.join('; ')}`);

/**
 * Starts Pagefind on the small search pages (see write-search-source.ts): it
 * indexes them and writes the bundle into `draft` (a folder outside the site,
 * which Astro empties when it starts) while Astro renders. Every page reaches
 * Pagefind with its Chinese and Japanese split into words (see segment-cjk.ts).
 */
export async function startSearchIndex(sourceFile: string, draft: string): Promise<PendingSearchIndex> {
  const started = performance.now();
  const { pages } = await readSearchSource(sourceFile);
  // Pagefind's default of one fragment file per page: packing them into fewer
  // files (its maxFragments option) wrote faster but made the metadata every
  // first search loads bigger (111 KB instead of 95 KB at ten thousand papers)
  // and every result fetch several papers' fragments.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw failed('starting Pagefind', errors);
  await rm(draft, { recursive: true, force: true });
  const drafted = (async () => {
    // Chinese and Japanese get spaces between words first: Pagefind breaks them only on zh/ja pages.
    const results = await Promise.all(pages.map((p) => index.addHTMLFile({ sourcePath: p.path, content: segmentCjkInHtml(p.html) })));
    const added = results.flatMap((r) => r.errors);
    if (added.length > 0) throw failed('indexing the search pages', added);
    const written = await index.writeFiles({ outputPath: draft });
    if (written.errors.length > 0) throw failed('writing the bundle', written.errors);
  })();
  // Failures surface in finishSearchIndex; until then they must not end the process.
  drafted.catch(() => undefined);
  return { index, drafted, draft, count: pages.length, started };
}

/**
 * Finishes the index into `<site>/pagefind/`: the bundle written alongside
 * Astro is moved in place. It is written once, whatever the site holds: pages
 * with a hand-written note are indexed from search pages that hold the note's
 * words. Returns the number of pages indexed and the time since the start, in milliseconds.
 */
export async function finishSearchIndex(pending: PendingSearchIndex, site: string): Promise<{ pages: number; ms: number }> {
  try {
    await pending.drafted;
    await rename(pending.draft, join(site, 'pagefind'));
    return { pages: pending.count, ms: performance.now() - pending.started };
  } finally {
    await pagefind.close();
  }
}

/** Stops Pagefind without writing anything (the build failed elsewhere). */
export async function abandonSearchIndex(): Promise<void> {
  await pagefind.close().catch(() => undefined);
}
