import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { citationOf, type CitablePaper } from '../../src/lib/citations/paper-citation.ts';
import { renderBibtex } from '../../src/lib/citations/render-bibtex.ts';
import { inBatches } from './fs-output.ts';

/**
 * Writes every paper's BibTeX file (`papers/<slug>.bib`) into a built site,
 * from the site's own `papers.json`. The site's `[slug].bib.ts` route renders
 * the same text with the same functions, but as ten thousand Astro routes it
 * cost the build seconds; plain files are written in a fraction of that.
 * `siteUrl` is the public origin (`SITE_URL`). Returns how many were written.
 */
export async function writeBibFiles(site: string, siteUrl: string): Promise<number> {
  const { papers } = JSON.parse(await readFile(join(site, 'papers.json'), 'utf8')) as { papers: (CitablePaper & { url: string })[] };
  await inBatches(papers, (paper) =>
    // Where Astro would write the route's file: the slug as it is, not URL-encoded.
    writeFile(join(site, 'papers', `${paper.slug}.bib`), renderBibtex(citationOf(paper, new URL(paper.url, siteUrl).href))),
  );
  return papers.length;
}
