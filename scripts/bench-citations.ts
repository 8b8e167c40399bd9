/**
 * `node scripts/bench-citations.ts [papers...]`: times what the build does to
 * cite each paper (its BibTeX entry, highlighted, and its formatted citations
 * in every bundled CSL style, engines included) on synthetic corpora (10,000
 * papers by default). A benchmark, not a test: numbers depend on the machine
 * and its load.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { highlightBibtex } from '../src/data/highlight.ts';
import { makeSyntheticListing } from '../src/lib/bench/synthetic-corpus.ts';
import { siteStyles } from '../src/lib/citations/citation-styles.ts';
import { cslItemOf } from '../src/lib/citations/csl-item.ts';
import { formatCitations } from '../src/lib/citations/format-citations.ts';
import { citationOf } from '../src/lib/citations/paper-citation.ts';
import { renderBibtex } from '../src/lib/citations/render-bibtex.ts';
import { planPages } from '../src/lib/papers/plan-pages.ts';
import { parseListing } from '../src/lib/sources/listing.ts';
import { FALLBACK_TOPIC } from '../src/lib/topics/taxonomy.ts';

const root = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sample = await readFile(join(root, 'content', 'sources', 'papers-listing.txt'), 'utf8');
const { records: material } = parseListing(sample, 'sample');
const corpus = { titles: material.map((r) => r.title), abstracts: material.map((r) => r.abstract.join(' ')) };
const csl = join(root, 'src', 'data', 'csl');
const files = await Promise.all(['apa', 'ieee', 'chicago-author-date'].map(async (id) => ({ name: `${id}.csl`, xml: await readFile(join(csl, `${id}.csl`), 'utf8') })));
const locales = new Map([['en-US', await readFile(join(csl, 'locales-en-US.xml'), 'utf8')]]);
// The highlighter loads once per build; its start is not part of citing.
await highlightBibtex('@misc{k,\n  title = {T}\n}');
for (const size of sizes.length ? sizes : [10_000]) {
  const { records } = parseListing(makeSyntheticListing(corpus, size, 42), 'synthetic');
  const papers = planPages(records, [FALLBACK_TOPIC]).pages.map((p) => p.data);
  const url = (slug: string) => `https://example.org/papers/${slug}/`;
  const started = performance.now();
  for (const p of papers) await highlightBibtex(renderBibtex(citationOf(p, url(p.slug))).trimEnd());
  const bibtex = performance.now();
  formatCitations(papers.map((p) => cslItemOf(p, url(p.slug))), siteStyles(files, 'apa'), locales);
  const done = performance.now();
  console.log(`${size} papers: BibTeX and highlighting ${((bibtex - started) / 1000).toFixed(2)} s, formatted citations (${files.length} styles) ${((done - bibtex) / 1000).toFixed(2)} s`);
}
