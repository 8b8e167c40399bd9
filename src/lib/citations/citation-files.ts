import type { PaperData } from '../paper-schema.ts';
import { paperPath, withBase } from '../urls.ts';
import { citationOf } from './paper-citation.ts';
import { renderBibtex } from './render-bibtex.ts';

/** The data file next to the generated pages holding every paper's BibTeX file text, by slug. */
export const CITATIONS_FILE = '_citations.json';

/**
 * Every paper's `papers/<slug>.bib` text, by slug: the one producer of those
 * files. The paper-pages stage writes them into {@link CITATIONS_FILE}; the
 * site build copies them into the output and `astro dev` serves them from it.
 * `site` and `base` are the settings the page URLs are built with.
 */
export function citationFiles(papers: readonly PaperData[], { site, base }: { site: string; base: string }): Record<string, string> {
  return Object.fromEntries(papers.map((p) => [p.slug, renderBibtex(citationOf(p, new URL(withBase(base, paperPath(p.slug)), site).href))]));
}
