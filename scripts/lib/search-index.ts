import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readSearchSource } from './write-search-source.ts';

/** A search index being built: started before the site is rendered, finished after. */
export interface PendingSearchIndex {
  index: pagefind.PagefindIndex;
  /** The errors of every page added so far. */
  added: Promise<string[]>;
  count: number;
  started: number;
}

const failed = (what: string, errors: readonly string[]) => new Error(`Search index: ${what} failed: ${errors.join('; ')}`);

/** Starts Pagefind on the small search pages (see write-search-source.ts); it indexes them while Astro renders. */
export async function startSearchIndex(sourceFile: string): Promise<PendingSearchIndex> {
  const started = performance.now();
  const { pages } = await readSearchSource(sourceFile);
  // Pagefind's default of one fragment file per page: packing them into fewer
  // files (its maxFragments option) wrote faster but made the metadata every
  // first search loads bigger (111 KB instead of 95 KB at ten thousand papers)
  // and every result fetch several papers' fragments.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw failed('starting Pagefind', errors);
  const added = Promise.all(pages.map((p) => index.addHTMLFile({ sourcePath: p.path, content: p.html }))).then((results) => results.flatMap((r) => r.errors));
  return { index, added, count: pages.length, started };
}

/**
 * Finishes the index: adds the built pages given (site-relative paths of
 * pages indexed from their full HTML: those with hand-written notes), then
 * writes the bundle to `<site>/pagefind/`. Returns the number of pages
 * indexed and the time since the start, in milliseconds.
 */
export async function finishSearchIndex(pending: PendingSearchIndex, site: string, builtPages: readonly string[]): Promise<{ pages: number; ms: number }> {
  try {
    const errors = await pending.added;
    if (errors.length > 0) throw failed('indexing the search pages', errors);
    for (const sourcePath of builtPages) {
      const result = await pending.index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') });
      if (result.errors.length > 0) throw failed(`indexing ${sourcePath}`, result.errors);
    }
    const written = await pending.index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw failed('writing the bundle', written.errors);
    return { pages: pending.count + builtPages.length, ms: performance.now() - pending.started };
  } finally {
    await pagefind.close();
  }
}

/** Stops Pagefind without writing anything (the build failed elsewhere). */
export async function abandonSearchIndex(): Promise<void> {
  await pagefind.close().catch(() => undefined);
}
