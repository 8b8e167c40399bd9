import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { searchSourcePage, searchSourcePath, type SearchSourcePaper } from '../../src/lib/search/search-source.ts';
import { writeFileAtomic } from './fs-output.ts';

/** The file of small search pages: where each page would be in the site, and its HTML. */
export interface SearchSource {
  pages: { path: string; html: string }[];
}

/**
 * Writes one small search page per paper (see {@link searchSourcePage}) into
 * one JSON file, which the site build hands to Pagefind while Astro renders.
 * One file rather than ten thousand: creating that many files cost seconds.
 * Writes only when the content changed; returns whether it wrote.
 */
export async function writeSearchSource(file: string, papers: readonly SearchSourcePaper[]): Promise<boolean> {
  const source: SearchSource = { pages: papers.map((paper) => ({ path: searchSourcePath(paper.data.slug), html: searchSourcePage(paper) })) };
  const text = `${JSON.stringify(source)}\n`;
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return false;
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
  return true;
}

/** Reads a file written by {@link writeSearchSource}. */
export async function readSearchSource(file: string): Promise<SearchSource> {
  return JSON.parse(await readFile(file, 'utf8')) as SearchSource;
}
