import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { siteStyles } from '../../../src/lib/citations/citation-styles.ts';
import { cslItemOf } from '../../../src/lib/citations/csl-item.ts';
import { createCitationFormatter } from '../../../src/lib/citations/format-citations.ts';
import type { CitablePaper } from '../../../src/lib/citations/paper-citation.ts';

const CSL = join(import.meta.dirname, '..', '..', '..', 'src', 'data', 'csl');
const styles = siteStyles(['apa', 'ieee', 'chicago-author-date'].map((id) => ({ name: `${id}.csl`, xml: readFileSync(join(CSL, `${id}.csl`), 'utf8') })), 'apa');
const locales = new Map([['en-US', readFileSync(join(CSL, 'locales-en-US.xml'), 'utf8')]]);
const format = createCitationFormatter(styles, locales);

/** Title words rich in what title casing and punctuation rules look at. */
const word = fc.constantFrom('deep', 'Learning', 'of', 'the', 'a', 'on', 'in', 'and', 'for', 'via', 'to', 'vs.', 'e.g.', 'BERT', 'GPUs', 'self-supervised', 'Multi-Task', 'iPhone', 'x86', '3D', 'N-body', '$k$-means', '$\\alpha$', '(GNNs)', '[v2]', 'Über', 'naïve', 'señal', 'модели', '深度', 'A/B', 'state-of-the-art', 'Part', 'I:', 'II', 'what?', 'yes!', 'done.', 'end,', 'one;', 'x—y', '1978–2014', '50%', '#1', '+', '*', '_x_', 'O(n)', 'why:');
const title = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));

/** Papers of several shapes around a title: alone, a journal article, a paper in proceedings, a preprint. */
const paper = fc.tuple(title, title, fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 999 })).map(([t, venue, shape, n]): CitablePaper => {
  const base = { slug: `p${n}`, title: t };
  if (shape === 0) return base;
  if (shape === 1) return { ...base, kind: 'article', authors: ['Ana Pérez', 'Jan van der Berg'], date: '2021-05', venue, volume: '12', issue: '3', pages: '1--20', doi: `10.1000/x${n}` };
  if (shape === 2) return { ...base, kind: 'inproceedings', authors: ['OpenML Collective'], organizations: ['OpenML Collective'], editors: ['Li Wei'], date: '2019', venue, publisher: venue };
  return { ...base, authors: ['Jared Kaplan'], date: '2020-01-23', arxiv: `2001.${String(10000 + n)}` };
});

describe('formatCitations with templates', () => {
  test('returns for every paper exactly what citeproc gives it alone, in every style', () => {
    fc.assert(
      fc.property(fc.uniqueArray(paper, { minLength: 1, maxLength: 12, selector: (p) => p.slug }), (papers) => {
        const items = papers.map((p) => cslItemOf(p, `https://example.org/papers/${p.slug}/`));
        const fast = format(items);
        for (const item of items) expect(fast.get(item.id), item.title).toEqual(format([item], { templates: false }).get(item.id));
      }),
      { numRuns: 150 },
    );
  });
});
