/**
 * `npm run bench:related [papers...]`: times the related-papers computation
 * (candidates, then the pick of five per paper) on
 * synthetic corpora (10,000 papers by default) and prints wall time, heap
 * growth and peak resident memory. A benchmark, not a test: numbers depend on
 * the machine.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeSyntheticListing } from '../src/lib/bench/synthetic-corpus.ts';
import { pickRelated, relatePapers } from '../src/lib/related/related-papers.ts';
import { parseListing } from '../src/lib/sources/listing.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sample = await readFile(join(process.cwd(), 'content', 'sources', 'papers-listing.txt'), 'utf8');
const { records: material } = parseListing(sample, 'sample');
const corpusMaterial = { titles: material.map((r) => r.title), abstracts: material.map((r) => r.abstract.join(' ')) };
for (const size of sizes.length ? sizes : [10_000]) {
  const { records } = parseListing(makeSyntheticListing(corpusMaterial, size, 42), 'synthetic');
  const papers = records.map((r, i) => ({ slug: `p${i}`, title: r.title, abstract: r.abstract }));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  // No topics here: picking costs the same, and topic placement is timed by the build.
  const related = pickRelated(relatePapers(papers), () => []);
  const seconds = (performance.now() - started) / 1000;
  const heapAfter = process.memoryUsage().heapUsed;
  const filled = Object.values(related).filter((l) => l.length === 5).length;
  console.log(
    `${size} papers: ${seconds.toFixed(2)} s, heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MB, ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, ${filled} papers with 5 related`,
  );
}
