import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { searchSourcePage, searchSourcePath, type SearchSourcePaper } from '../../src/lib/search/search-source.ts';
import { writeFileAtomic } from './fs-output.ts';

/** Files read or written at once: enough to keep the disk busy, few enough to stay far from open-file limits. */
const BATCH = 64;

/**
 * Makes `dir` hold one small search page per paper (see {@link searchSourcePage}),
 * writing only pages whose text changed and removing those of papers that are
 * gone. Pagefind indexes this folder while Astro renders the site. Returns how
 * many pages were written.
 */
export async function writeSearchSource(dir: string, papers: readonly SearchSourcePaper[]): Promise<number> {
  const wanted = new Set(papers.map((p) => p.data.slug));
  const existing = await readdir(join(dir, 'papers')).catch(() => [] as string[]);
  await Promise.all(existing.filter((slug) => !wanted.has(slug)).map((slug) => rm(join(dir, 'papers', slug), { recursive: true, force: true })));
  let written = 0;
  for (let i = 0; i < papers.length; i += BATCH) {
    await Promise.all(
      papers.slice(i, i + BATCH).map(async (paper) => {
        const path = join(dir, searchSourcePath(paper.data.slug));
        const text = searchSourcePage(paper);
        if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return;
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, text);
        written++;
      }),
    );
  }
  return written;
}
