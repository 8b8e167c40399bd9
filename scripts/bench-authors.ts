/**
 * Times what the build and the author pages compute about people, on
 * synthetic corpora (1,000, 10,000 and 20,000 papers by default): grouping the
 * author names into people, the author index, every person's co-authors and
 * the year pages. Prints one line per corpus; run on an idle machine.
 */
import { makeSyntheticAuthors } from '../src/lib/bench/synthetic-authors.ts';
import { seededRandom } from '../src/lib/bench/synthetic-corpus.ts';
import type { PaperData } from '../src/lib/paper-schema.ts';
import { paginateYears } from '../src/lib/papers/year-groups.ts';
import { paginateAuthorIndex } from '../src/lib/people/author-pages.ts';
import { groupAuthors } from '../src/lib/people/group-authors.ts';
import { coAuthors, indexPeople } from '../src/lib/people/people-index.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** Milliseconds `run` takes, best of three (the first run also warms the JIT). */
function time<T>(run: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    value = run();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, value };
}

for (const size of sizes.length ? sizes : [1000, 10000, 20000]) {
  const random = seededRandom(7);
  const papers: PaperData[] = makeSyntheticAuthors(size, 42).map((authors, i) => ({
    title: `Paper ${i + 1}`, slug: `paper-${i + 1}`, authors, date: `${2000 + Math.floor(random() * 25)}-0${1 + Math.floor(random() * 9)}`,
    topics: ['t'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'content/sources/bench.bib', line: i + 1 },
  }));
  const names = papers.reduce((n, p) => n + p.authors!.length, 0);
  const grouped = time(() => groupAuthors(papers));
  const index = indexPeople(grouped.value.people);
  const bySlug = new Map(papers.map((p) => [p.slug, p.authors]));
  const authorIndex = time(() => paginateAuthorIndex(index.people));
  const others = time(() => index.people.reduce((n, person) => n + coAuthors(person, index, (s) => bySlug.get(s)).length, 0));
  const years = time(() => paginateYears(papers));
  const total = grouped.ms + authorIndex.ms + others.ms + years.ms;
  console.log(
    `${size} papers, ${names} author names → ${index.people.length} people (${grouped.value.diagnostics.length} ambiguous): ` +
      `group ${grouped.ms.toFixed(0)} ms, index ${authorIndex.ms.toFixed(0)} ms, co-authors ${others.ms.toFixed(0)} ms, years ${years.ms.toFixed(0)} ms; ` +
      `${total.toFixed(0)} ms in all, ${((1000 * total) / names).toFixed(1)} µs per author name`,
  );
}
